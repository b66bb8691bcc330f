import { useMemo, useState } from 'react';
import { App, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { text, useClusterChange, useClusterNodes, useLabelBindings, type BindingRow, type ClusterScope, type NodeRow } from './api';
import { AddNodesModal } from './AddNodesModal';
import { useClustersT } from './useClustersT';
import type { ClustersTranslate } from './messages';

export function nodeColumns(t: ClustersTranslate, bindings: readonly BindingRow[], extra: ResourceColumn<NodeRow>[] = []): ResourceColumn<NodeRow>[] {
  return [
    { key: 'id', title: t('node.id'), width: 200, ellipsis: true, render: (n) => <Typography.Text strong>{text(n.InstanceId)}</Typography.Text>, sortValue: (n) => text(n.InstanceId), searchText: (n) => `${text(n.InstanceId)} ${text(n.InstanceName)}` },
    { key: 'name', title: t('node.name'), width: 160, ellipsis: true, render: (n) => text(n.InstanceName), sortValue: (n) => text(n.InstanceName) },
    { key: 'ip', title: t('node.privateIp'), width: 130, render: (n) => text(n.EcsPrivateIp), searchText: (n) => `${text(n.EcsPrivateIp)} ${text(n.EcsPublicIp)} ${text(n.EcsEip)}` },
    {
      key: 'labels',
      title: t('node.labels'),
      width: 220,
      render: (n) => (
        <Flex gap={4} wrap>
          {bindings
            .filter((b) => text(b.InstanceId) === text(n.InstanceId))
            .map((b) => (
              <Tag key={`${text(b.LabelKey)}=${text(b.LabelValue)}`}>{`${text(b.LabelKey).replace(/^label\.jst\.com\//, '')}=${text(b.LabelValue)}`}</Tag>
            ))}
        </Flex>
      ),
      searchText: (n) => bindings.filter((b) => text(b.InstanceId) === text(n.InstanceId)).map((b) => `${text(b.LabelKey)}=${text(b.LabelValue)}`).join(' '),
    },
    { key: 'public', title: t('node.publicIp'), width: 130, render: (n) => text(n.EcsEip) || text(n.EcsPublicIp) || '—' },
    { key: 'config', title: t('node.config'), width: 130, render: (n) => text(n.EcsConfiguration) || `${text(n.EcsCpu)} vCPU ${text(n.EcsMemory)} MB`, sortValue: (n) => Number(n.EcsCpu) || 0 },
    { key: 'type', title: t('node.type'), width: 140, render: (n) => text(n.InstanceType), filterValue: (n) => text(n.InstanceType) },
    { key: 'zone', title: t('node.zone'), width: 140, render: (n) => text(n.EcsZone), filterValue: (n) => text(n.EcsZone) },
    { key: 'os', title: t('node.os'), width: 160, ellipsis: true, render: (n) => text(n.OSName) || text(n.EcsOsType), filterValue: (n) => text(n.EcsOsType) },
    { key: 'expires', title: t('node.expires'), width: 150, render: (n) => text(n.EcsExpiredTime) },
    ...extra,
  ];
}

/** 5.4.3 ListClusterNode, with add (5.4.8 then 5.4.5) and remove (5.4.6, typed confirmation). */
export function NodesTab({ scope, accountName, creating }: { scope: ClusterScope; accountName?: string; creating: boolean }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const nodes = useClusterNodes(scope);
  const bindings = useLabelBindings(scope);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string>();
  const [changeError, setChangeError] = useState<unknown>();
  const remove = useClusterChange(scope, (api, id: string, r) => api.RemoveClusterNode({ ClusterInstanceId: scope.clusterId, EcsInstanceIdList: [id] }, r));
  const errorScope = { account: accountName, region: scope.region };
  const columns = useMemo(
    () =>
      nodeColumns(t, bindings.data ?? [], [
        {
          key: 'actions',
          title: t('common.actions'),
          width: 80,
          fixed: 'right',
          render: (n) => (
            <Tooltip title={t('node.remove')}>
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('node.remove')} ${text(n.InstanceId)}`} onClick={() => setRemoving(text(n.InstanceId))} />
            </Tooltip>
          ),
        },
      ]),
    [t, bindings.data],
  );
  return (
    <Flex vertical gap={8}>
      {changeError ? <ErrorAlert error={changeError} scope={errorScope} /> : null}
      {nodes.error ? <ErrorAlert error={nodes.error} scope={errorScope} onRetry={() => void nodes.refetch()} /> : null}
      <ResourceTable
        ariaLabel={t('tab.nodes')}
        urlPrefix="n"
        height={420}
        rows={nodes.data ?? []}
        columns={columns}
        rowKey={(n) => text(n.InstanceId)}
        loading={nodes.isLoading}
        emptyText={t('node.none')}
        toolbar={
          <Tooltip title={creating ? t('node.addWhileCreating') : undefined}>
            <Button type="primary" icon={<PlusOutlined />} disabled={creating} onClick={() => setAdding(true)}>
              {t('node.add')}
            </Button>
          </Tooltip>
        }
      />
      <AddNodesModal
        open={adding}
        scope={scope}
        accountName={accountName}
        onClose={() => setAdding(false)}
        onAdded={(ids) => {
          setAdding(false);
          message.success(t('node.added', { count: ids.length }));
        }}
      />
      <DangerConfirm
        open={!!removing}
        kind={t('node.kind')}
        name={removing ?? ''}
        onCancel={() => setRemoving(undefined)}
        onConfirm={async () => {
          if (!removing) return;
          try {
            await remove.mutateAsync(removing);
            setChangeError(undefined);
            message.success(t('node.removed', { id: removing }));
          } catch (error) {
            setChangeError(error);
          }
          setRemoving(undefined);
        }}
      />
    </Flex>
  );
}
