import { Card, Descriptions, Flex, Typography } from 'antd';
import { useI18n } from '../../../app/i18n/useI18n';
import { CapacityBar } from '../../../ui/metric-chart';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../shared/format';
import { useNodes, useRequestLimits, isMoving, type ClusterRef } from '../api/queries';
import type { ClusterRow } from '../api/types';
import { ClusterStatus } from '../components/status';
import { useClustersT } from '../useClustersT';
import { capacityOf, cores, gib, nodeLimits } from './limits';

/** Status, attributes, and CPU/memory requests and limits (DescribeClusterRequestLimitInfo) as bars. */
export function OverviewTab({ cluster: c, clusterRef, active }: { cluster: ClusterRow; clusterRef: ClusterRef; active: boolean }) {
  const t = useClustersT();
  const { lang } = useI18n();
  const ready = c.status !== 'Creating' && c.status !== 'Deleting';
  const limits = useRequestLimits(clusterRef, active && ready);
  const nodes = useNodes(clusterRef, isMoving(c), active);
  const l = limits.data;
  const perNode = nodeLimits(l, nodes.data);
  const dash = '—';
  return (
    <Flex vertical gap={12}>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('field.status')}>
          <ClusterStatus status={c.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('field.nodeStatus')}>{c.nodeStatus ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('field.nodeNum')}>{c.nodeNum ?? 0}</Descriptions.Item>
        <Descriptions.Item label={t('field.clusterDesc')}>{c.description || dash}</Descriptions.Item>
        <Descriptions.Item label={t('field.projectId')}>{c.projectId ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('field.clusterCIDR')}>{c.clusterCIDR ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('field.vpcId')}>{c.unVpcId ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('field.k8sVersion')}>{c.k8sVersion ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('field.os')}>{c.os ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('field.region')}>{c.region ?? clusterRef.region}</Descriptions.Item>
        <Descriptions.Item label={t('field.totalCpu')}>{cores(c.totalCpu) ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('field.totalMem')}>{gib(c.totalMem) ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('field.endpoint')}>{c.clusterExternalEndpoint || t('access.off')}</Descriptions.Item>
        <Descriptions.Item label={t('field.created')}>{formatDate(c.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.updated')}>{formatDate(c.updatedAt)}</Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('limits.title')}>
        {!ready && <Typography.Text type="secondary">{t('limits.notYet')}</Typography.Text>}
        {limits.error && <ErrorAlert error={limits.error} scope={{ account: clusterRef.accountId, region: clusterRef.region }} onRetry={() => limits.refetch()} />}
        {l && (
          <Flex vertical gap={12} data-testid="request-limits">
            <CapacityBar label={t('limits.cpu')} unit="cores" locale={lang} capacity={capacityOf(cores(c.totalCpu), l.totalCpuRequest ?? 0, l.totalCpuLimit ?? 0)} request={l.totalCpuRequest ?? 0} limit={l.totalCpuLimit ?? 0} />
            <CapacityBar label={t('limits.mem')} unit="GiB" locale={lang} capacity={capacityOf(gib(c.totalMem), l.totalMemRequest ?? 0, l.totalMemLimit ?? 0)} request={l.totalMemRequest ?? 0} limit={l.totalMemLimit ?? 0} />
            {perNode.length > 0 && <Typography.Text strong>{t('limits.perNode')}</Typography.Text>}
            {perNode.map((n) => (
              <Flex key={n.ip} gap={16} wrap>
                <div style={{ flex: '1 1 320px' }}>
                  <CapacityBar label={`${n.node?.instanceName ?? n.ip} (${n.ip}) · CPU`} unit="cores" locale={lang} capacity={capacityOf(n.cpu, n.cpuRequest, n.cpuLimit)} request={n.cpuRequest} limit={n.cpuLimit} />
                </div>
                <div style={{ flex: '1 1 320px' }}>
                  <CapacityBar label={`${n.node?.instanceName ?? n.ip} (${n.ip}) · ${t('limits.memShort')}`} unit="GiB" locale={lang} capacity={capacityOf(n.mem, n.memRequest, n.memLimit)} request={n.memRequest} limit={n.memLimit} />
                </div>
              </Flex>
            ))}
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
