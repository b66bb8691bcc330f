import { Card, Col, Descriptions, Flex, Progress, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { links } from '../shared/links';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { text, type ClusterDetail, type ClusterRow, type ClusterScope } from './api';
import { percentOf, ratioPercent } from './rules';
import { useClustersT } from './useClustersT';
import { businessLabel } from './messages';

type Item = Record<string, unknown>;

/** A capacity bar: the document's percent field, else used ÷ total; the raw values beside it. */
function CapacityBar({ label, percent, used, total, testId }: { label: string; percent: number | undefined; used: string; total: string; testId: string }) {
  const status = percent === undefined ? 'normal' : percent >= 90 ? 'exception' : 'normal';
  return (
    <div data-testid={testId}>
      <Flex justify="space-between">
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text type="secondary">{used && total ? `${used} / ${total}` : used || total || '—'}</Typography.Text>
      </Flex>
      <Progress percent={percent ?? 0} status={status} size="small" format={() => (percent === undefined ? '—' : `${percent}%`)} aria-label={label} />
    </div>
  );
}

/** 5.4.4 QueryClusterDetail: basic information, network, workload as bars, and the applications on it. */
export function OverviewTab({ scope, detail, cluster }: { scope: ClusterScope; detail: UseQueryResult<ClusterDetail>; cluster?: ClusterRow }) {
  const t = useClustersT();
  if (detail.error) return <ErrorAlert error={detail.error} scope={{ region: scope.region }} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  const b = d?.BasicInfo ?? {};
  const net = d?.NetInfo ?? {};
  const w = d?.WorkLoad ?? {};
  const inst = d?.InstanceInfo ?? {};
  const allocated = (inst.AllocatedPodInfoList ?? []) as Item[];
  const available = ((inst.AvailablePodInfoList ?? []) as Item[]).reduce((n, i) => n + (Number(i.availablePodCount) || 0), 0);
  const pods = Number(w.AllocateAllPodCount ?? inst.AllocatePodCount ?? 0);
  const env = text(b.EnvType);
  return (
    <Flex vertical gap={12} data-testid="overview">
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('overview.capacity')} loading={detail.isLoading}>
            <Flex vertical gap={8}>
              <CapacityBar testId="bar-cpu-request" label={t('overview.cpuRequest')} percent={percentOf(w.CpuRequestPercent) ?? ratioPercent(w.CpuRequest, w.CpuTotal)} used={text(w.CpuRequest)} total={text(w.CpuTotal)} />
              <CapacityBar testId="bar-cpu-use" label={t('overview.cpuUse')} percent={percentOf(w.CpuUsePercent) ?? ratioPercent(w.CpuUse, w.CpuTotal)} used={text(w.CpuUse)} total={text(w.CpuCapacityTotal || w.CpuTotal)} />
              <CapacityBar testId="bar-mem-request" label={t('overview.memRequest')} percent={percentOf(w.MemRequestPercent) ?? ratioPercent(w.MemRequest, w.MemTotal)} used={text(w.MemRequest)} total={text(w.MemTotal)} />
              <CapacityBar testId="bar-mem-use" label={t('overview.memUse')} percent={percentOf(w.MemUsePercent) ?? ratioPercent(w.MemUse, w.MemTotal)} used={text(w.MemUse)} total={text(w.MemCapacityTotal || w.MemTotal)} />
              <CapacityBar testId="bar-pods" label={t('overview.pods')} percent={ratioPercent(pods, pods + available)} used={String(pods)} total={String(pods + available)} />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('overview.summary')} loading={detail.isLoading}>
            <Row gutter={12}>
              <Col span={6}><Statistic title={t('overview.nodes')} value={Number(w.AllNodeCount ?? (b.EcsIds ?? []).length)} /></Col>
              <Col span={6}><Statistic title={t('overview.apps')} value={Number(inst.AppCount ?? 0)} /></Col>
              <Col span={6}><Statistic title={t('overview.podsAllocated')} value={pods} /></Col>
              <Col span={6}><Statistic title={t('overview.podsAvailable')} value={available} /></Col>
            </Row>
            <Flex gap={8} style={{ marginTop: 12 }} wrap>
              <Tag>{t('overview.cpuLevel', { level: text(w.CpuLevel) || '—' })}</Tag>
              <Tag>{t('overview.memLevel', { level: text(w.MemLevel) || '—' })}</Tag>
            </Flex>
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('overview.basic')} loading={detail.isLoading}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('field.ClusterTitle')}>{text(b.ClusterName)}</Descriptions.Item>
          <Descriptions.Item label={t('field.ClusterInstanceId')}>{text(b.ClusterInstanceId)}</Descriptions.Item>
          <Descriptions.Item label={t('field.BusinessCode')}>{text(b.BusinessCode) ? `${text(b.BusinessCode)} · ${businessLabel(t, text(b.BusinessCode))}` : ''}</Descriptions.Item>
          <Descriptions.Item label={t('field.ClusterEnvType')}>{env === '1' || env === 'PRO' ? t('env.PRO') : env === '' ? '' : t('env.TEST')}</Descriptions.Item>
          <Descriptions.Item label={t('field.RegionId')}>{[text(b.RegionId), text(b.RegionName)].filter((v, i, a) => v && a.indexOf(v) === i).join(' · ')}</Descriptions.Item>
          <Descriptions.Item label={t('field.VpcId')}>{text(b.VpcId)}</Descriptions.Item>
          <Descriptions.Item label={t('field.Vswitchids')}>{((b.Vswitchs ?? []) as unknown[]).map(text).join(', ')}</Descriptions.Item>
          <Descriptions.Item label={t('overview.mainUser')}>{[text(b.UserNick), text(b.MainUserId)].filter(Boolean).join(' · ')}</Descriptions.Item>
          <Descriptions.Item label={t('overview.logComponent')}>{b.HasInstallLogController ? t('common.yes') : b.InstallLogInProcess ? t('overview.installing') : t('common.no')}</Descriptions.Item>
          <Descriptions.Item label={t('overview.arms')}>{b.HasInstallArmsPilot ? t('common.yes') : b.InstallArmsInProcess ? t('overview.installing') : t('common.no')}</Descriptions.Item>
          <Descriptions.Item label={t('field.NetPlug')}>{text(net.NetPlugType) || text(cluster?.NetPlug)}</Descriptions.Item>
          <Descriptions.Item label={t('field.PodCIDR')}>{text(net.ProdCIDR)}</Descriptions.Item>
          <Descriptions.Item label={t('field.ServiceCIDR')}>{text(net.ServiceCIDR)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('overview.allocated')}>
        <Table<Item>
          size="small"
          rowKey={(r) => `${text(r.appId)}/${text(r.envId)}`}
          dataSource={allocated}
          loading={detail.isLoading}
          pagination={allocated.length > 10 ? { pageSize: 10, size: 'small' } : false}
          locale={{ emptyText: t('overview.noApps') }}
          columns={[
            { key: 'app', title: t('overview.app'), render: (_, r) => (text(r.appId) ? <Link to={links.alibabaApp(scope.accountId, text(r.appId), { env: text(r.envId) || undefined })}>{`${text(r.appName)} (${text(r.appId)})`}</Link> : text(r.appName)) },
            { key: 'env', title: t('overview.env'), render: (_, r) => `${text(r.envName)} (${text(r.envId)})` },
            { key: 'pods', title: t('overview.podCount'), width: 90, render: (_, r) => text(r.podCount) },
            // The example misspells cpuRequest as "cupRequest"; either is read.
            { key: 'cpu', title: t('overview.cpuRequestCol'), width: 110, render: (_, r) => text(r.cpuRequest ?? r.cupRequest) },
            { key: 'mem', title: t('overview.memRequestCol'), width: 110, render: (_, r) => text(r.memRequest) },
          ]}
        />
      </Card>
    </Flex>
  );
}
