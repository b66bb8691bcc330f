import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Button, Dropdown, Flex, Tabs, Typography } from 'antd';
import { DeleteOutlined, DownOutlined, EditOutlined, FolderOutlined, ReloadOutlined } from '@ant-design/icons';
import { regionFromSegment } from '../../shared/links';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { EmptyState, LoadingState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { CopyButton } from '../../../ui/CopyButton';
import { useCluster, useClusterChange, type ClusterRef } from '../api/queries';
import { taskStore } from '../api/tasks';
import { ClusterStatus } from '../components/status';
import { TaskList } from '../components/TaskList';
import { useUrlParam } from '../components/useUrlParam';
import { EditClusterModal, ProjectModal } from '../detail/EditClusterModals';
import { OverviewTab } from '../detail/OverviewTab';
import { NodesTab } from '../detail/NodesTab';
import { NamespacesTab } from '../detail/NamespacesTab';
import { ScalingTab } from '../detail/ScalingTab';
import { RegistriesTab } from '../detail/RegistriesTab';
import { AccessTab } from '../detail/AccessTab';
import { useClustersT } from '../useClustersT';

export const TABS = ['overview', 'nodes', 'namespaces', 'scaling', 'registries', 'access'] as const;
type Mode = 'default' | 'RemoveOnly' | 'Return';

/** One Tencent cluster: its tabs (?tab=), its long operations' progress, and the cluster-wide actions. */
export default function ClusterDetailPage() {
  const t = useClustersT();
  const { message } = App.useApp();
  const params = useParams();
  const ref: ClusterRef = { accountId: params.accountId ?? '', region: regionFromSegment(params.region), clusterId: params.clusterId ?? '' };
  const [tab, setTab] = useUrlParam('tab', 'overview');
  const cluster = useCluster(ref);
  const c = cluster.data;
  const [editing, setEditing] = useState<'attributes' | 'project'>();
  const [deleteMode, setDeleteMode] = useState<Mode>();
  const [changeError, setChangeError] = useState<unknown>();
  const remove = useClusterChange(ref, (s, mode: Mode) => s.client.DeleteCluster({ clusterId: ref.clusterId, ...(mode === 'default' ? {} : { nodeDeleteMode: mode }) }, s.region));
  const scope = { account: ref.accountId, region: ref.region };
  const activeTab = (TABS as readonly string[]).includes(tab) ? tab : 'overview';
  const status = c?.status ?? '';
  const deletable = ['Running', 'Isolated', 'Abnormal'].includes(status);

  if (cluster.isLoading) return <LoadingState />;
  if (cluster.error) return <ErrorAlert error={cluster.error} scope={scope} onRetry={() => cluster.refetch()} />;
  if (!c)
    return (
      <Flex vertical gap={12}>
        <TaskList accountId={ref.accountId} region={ref.region} clusterId={ref.clusterId} />
        <EmptyState description={<span data-testid="cluster-gone">{t('detail.gone', { id: ref.clusterId })}</span>} />
        <Link to="/clusters">{t('detail.backToList')}</Link>
      </Flex>
    );

  const items = [
    { key: 'overview', label: t('tab.overview'), children: <OverviewTab cluster={c} clusterRef={ref} active={activeTab === 'overview'} /> },
    { key: 'nodes', label: t('tab.nodes'), children: <NodesTab cluster={c} clusterRef={ref} active={activeTab === 'nodes'} /> },
    { key: 'namespaces', label: t('tab.namespaces'), children: <NamespacesTab cluster={c} clusterRef={ref} active={activeTab === 'namespaces'} /> },
    { key: 'scaling', label: t('tab.scaling'), children: <ScalingTab cluster={c} clusterRef={ref} active={activeTab === 'scaling'} /> },
    { key: 'registries', label: t('tab.registries'), children: <RegistriesTab cluster={c} clusterRef={ref} active={activeTab === 'registries'} /> },
    { key: 'access', label: t('tab.access'), children: <AccessTab cluster={c} clusterRef={ref} active={activeTab === 'access'} /> },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }} data-testid="cluster-name">
          {c.clusterName}
        </Typography.Title>
        <span data-testid="cluster-status">
          <ClusterStatus status={c.status} />
        </span>
        <Typography.Text type="secondary">
          {c.clusterId} <CopyButton text={c.clusterId ?? ''} />
        </Typography.Text>
        <Typography.Text type="secondary">
          {ref.accountId} · {ref.region}
        </Typography.Text>
        <Flex gap={6} style={{ marginLeft: 'auto' }} wrap>
          <Button icon={<ReloadOutlined spin={cluster.isFetching} />} aria-label={t('common.refresh')} onClick={() => cluster.refetch()} />
          <Button icon={<EditOutlined />} onClick={() => setEditing('attributes')} disabled={status === 'Deleting'}>
            {t('detail.edit')}
          </Button>
          <Button icon={<FolderOutlined />} onClick={() => setEditing('project')} disabled={status === 'Deleting'}>
            {t('detail.project')}
          </Button>
          <Dropdown
            disabled={!deletable}
            trigger={['click']}
            menu={{
              items: (['default', 'Return', 'RemoveOnly'] as Mode[]).map((m) => ({ key: m, label: t(`mode.${m}`), danger: m === 'Return' })),
              onClick: ({ key }) => setDeleteMode(key as Mode),
            }}
          >
            <Button danger icon={<DeleteOutlined />} data-testid="cluster-delete" title={deletable ? undefined : t('detail.deleteWhy', { status })}>
              {t('detail.delete')} <DownOutlined />
            </Button>
          </Dropdown>
        </Flex>
      </Flex>
      {changeError !== undefined && <ErrorAlert error={changeError} scope={scope} />}
      <TaskList accountId={ref.accountId} region={ref.region} clusterId={ref.clusterId} />
      <Tabs activeKey={activeTab} onChange={(k) => setTab(k === 'overview' ? undefined : k)} items={items} destroyOnHidden />
      <EditClusterModal open={editing === 'attributes'} cluster={c} clusterRef={ref} onClose={() => setEditing(undefined)} />
      <ProjectModal open={editing === 'project'} cluster={c} clusterRef={ref} onClose={() => setEditing(undefined)} />
      <DangerConfirm
        open={!!deleteMode}
        kind={`${t('kind.cluster')} (${deleteMode ? t(`mode.${deleteMode}`) : ''})`}
        name={c.clusterName ?? c.clusterId ?? ''}
        onCancel={() => setDeleteMode(undefined)}
        onConfirm={async () => {
          const mode = deleteMode!;
          setDeleteMode(undefined);
          try {
            const r = await remove.mutateAsync(mode);
            taskStore.track(r, { kind: 'deleteCluster', accountId: ref.accountId, region: ref.region, clusterId: ref.clusterId, detail: c.clusterName });
            setChangeError(undefined);
            message.success(t('detail.deleting', { name: c.clusterName ?? '' }));
          } catch (error) {
            setChangeError(error);
          }
        }}
      />
    </Flex>
  );
}
