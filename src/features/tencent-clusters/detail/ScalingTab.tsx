import { useMemo, useState } from 'react';
import { App, Badge, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PauseOutlined, PlayCircleOutlined, PlusOutlined, ReloadOutlined, SettingOutlined, TagsOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { useAsgs, useClusterChange, type ClusterRef } from '../api/queries';
import type { AsgRow, ClusterRow } from '../api/types';
import { ASG_BADGE } from '../components/status';
import type { ClustersMessageKey } from '../messages';
import { useClustersT } from '../useClustersT';
import { AsgLabelsModal, AsgRangeModal, CreateAsgModal, ScaleDownModal } from './AsgModals';

/** DescribeClusterAsg with create, range, labels, scale-down settings, enable, disable and delete. */
export function ScalingTab({ cluster, clusterRef: ref, active }: { cluster: ClusterRow; clusterRef: ClusterRef; active: boolean }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const ready = cluster.status !== 'Creating' && cluster.status !== 'Deleting';
  const groups = useAsgs(ref, active && ready);
  const [creating, setCreating] = useState(false);
  const [scaleDown, setScaleDown] = useState(false);
  const [ranging, setRanging] = useState<AsgRow>();
  const [labelling, setLabelling] = useState<AsgRow>();
  const [deleting, setDeleting] = useState<AsgRow>();
  const [changeError, setChangeError] = useState<unknown>();
  const scope = { account: ref.accountId, region: ref.region };
  const toggle = useClusterChange(ref, (s, v: { id: string; enable: boolean }) =>
    v.enable ? s.client.call('enableClusterAsg', { clusterId: ref.clusterId, autoScalingGroupIds: [v.id] }, s.region) : s.client.DisableClusterAsg({ clusterId: ref.clusterId, autoScalingGroupIds: [v.id] }, s.region),
  );
  const remove = useClusterChange(ref, (s, id: string) => s.client.DeleteClusterAsg({ clusterId: ref.clusterId, autoScalingGroupIds: [id] }, s.region));
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setChangeError(undefined);
      message.success(done);
    } catch (error) {
      setChangeError(error);
    }
  };
  const columns = useMemo<ResourceColumn<AsgRow>[]>(
    () => [
      {
        key: 'name',
        title: t('asg.name'),
        width: 250,
        sortValue: (g) => g.autoScalingGroupName,
        searchText: (g) => `${g.autoScalingGroupName ?? ''} ${g.autoScalingGroupId}`,
        render: (g) => (
          <Flex vertical>
            <Typography.Text strong ellipsis>
              {g.autoScalingGroupName}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {g.autoScalingGroupId}
            </Typography.Text>
          </Flex>
        ),
      },
      {
        key: 'status',
        title: t('asg.status'),
        width: 120,
        filterValue: (g) => g.status,
        filterLabel: (v) => t(`asg.status.${v}` as ClustersMessageKey),
        render: (g) => <Badge status={ASG_BADGE[g.status ?? ''] ?? 'default'} text={g.status ? t(`asg.status.${g.status}` as ClustersMessageKey) : '—'} />,
      },
      { key: 'range', title: t('asg.range'), width: 110, render: (g) => `${g.minSize ?? 0} – ${g.maxSize ?? 0}` },
      { key: 'nodes', title: t('asg.nodes'), width: 120, sortValue: (g) => g.instanceNum, render: (g) => `${g.instanceNum ?? 0} / ${g.desiredCapacity ?? 0}` },
      {
        key: 'labels',
        title: t('asg.labels'),
        width: 240,
        filterValue: (g) => Object.entries(g.label).map(([k, v]) => `${k}=${v}`),
        render: (g) => (
          <Flex gap={2} wrap>
            {Object.entries(g.label).map(([k, v]) => (
              <Tag key={k} style={{ marginInlineEnd: 0 }}>
                {k}={v}
              </Tag>
            ))}
          </Flex>
        ),
      },
      { key: 'launch', title: t('asg.launchConfig'), width: 200, ellipsis: true, render: (g) => g.launchConfigurationName },
      { key: 'scaleDown', title: t('asg.scaleDown'), width: 100, render: (g) => (g.scaleDownEnabled ? t('common.on') : t('common.off')) },
      {
        key: 'actions',
        title: t('common.actions'),
        width: 170,
        fixed: 'right',
        render: (g) => {
          const name = g.autoScalingGroupName ?? g.autoScalingGroupId;
          const enabled = g.status === 'enabled' || g.status === 'enabling';
          return (
            <Flex gap={4}>
              <Tooltip title={t('asg.editRange')}>
                <Button size="small" icon={<EditOutlined />} aria-label={`${t('asg.editRange')} ${name}`} onClick={() => setRanging(g)} />
              </Tooltip>
              <Tooltip title={t('asg.editLabels')}>
                <Button size="small" icon={<TagsOutlined />} aria-label={`${t('asg.editLabels')} ${name}`} onClick={() => setLabelling(g)} />
              </Tooltip>
              <Tooltip title={enabled ? t('asg.disable') : t('asg.enable')}>
                <Button
                  size="small"
                  icon={enabled ? <PauseOutlined /> : <PlayCircleOutlined />}
                  aria-label={`${enabled ? t('asg.disable') : t('asg.enable')} ${name}`}
                  onClick={() => run(() => toggle.mutateAsync({ id: g.autoScalingGroupId, enable: !enabled }), t(enabled ? 'asg.disabling' : 'asg.enabling', { name }))}
                />
              </Tooltip>
              <Tooltip title={t('asg.delete')}>
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('asg.delete')} ${name}`} onClick={() => setDeleting(g)} />
              </Tooltip>
            </Flex>
          );
        },
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t],
  );
  return (
    <Flex vertical gap={8}>
      {changeError !== undefined && <ErrorAlert error={changeError} scope={scope} />}
      {groups.error && <ErrorAlert error={groups.error} scope={scope} onRetry={() => groups.refetch()} />}
      <ResourceTable
        ariaLabel={t('tab.scaling')}
        urlPrefix="asg"
        rows={groups.data ?? []}
        columns={columns}
        rowKey={(g) => g.autoScalingGroupId}
        loading={groups.isLoading}
        emptyText={t('asg.empty')}
        toolbar={
          <Flex gap={6}>
            <Button icon={<ReloadOutlined spin={groups.isFetching} />} aria-label={t('common.refresh')} onClick={() => groups.refetch()} />
            <Tooltip title={(groups.data ?? []).length === 0 ? t('asg.scaleDownNeedsGroup') : t('asg.scaleDownHelp')}>
              <Button icon={<SettingOutlined />} disabled={(groups.data ?? []).length === 0} onClick={() => setScaleDown(true)}>
                {t('asg.scaleDownSettings')}
              </Button>
            </Tooltip>
            <Button type="primary" icon={<PlusOutlined />} disabled={!(cluster.status === 'Running' || cluster.status === 'Scaling')} onClick={() => setCreating(true)}>
              {t('asg.create')}
            </Button>
          </Flex>
        }
      />
      <CreateAsgModal open={creating} clusterRef={ref} cluster={cluster} onClose={() => setCreating(false)} />
      <ScaleDownModal open={scaleDown} clusterRef={ref} enabled={(groups.data ?? []).some((g) => g.scaleDownEnabled)} onClose={() => setScaleDown(false)} />
      <AsgRangeModal group={ranging} clusterRef={ref} onClose={() => setRanging(undefined)} />
      <AsgLabelsModal group={labelling} clusterRef={ref} onClose={() => setLabelling(undefined)} />
      <DangerConfirm
        open={!!deleting}
        kind={t('kind.asg')}
        name={deleting?.autoScalingGroupName ?? deleting?.autoScalingGroupId ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          const g = deleting!;
          setDeleting(undefined);
          await run(() => remove.mutateAsync(g.autoScalingGroupId), t('asg.deleted', { name: g.autoScalingGroupName ?? g.autoScalingGroupId }));
        }}
      />
    </Flex>
  );
}
