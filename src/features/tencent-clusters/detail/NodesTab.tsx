import { useMemo, useState } from 'react';
import { App, Button, Flex, Tooltip } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable } from '../../../ui/resource-table/ResourceTable';
import { isMoving, useClusterChange, useNodes, type ClusterRef } from '../api/queries';
import { taskStore } from '../api/tasks';
import type { ClusterRow, NodeRow } from '../api/types';
import { useClustersT } from '../useClustersT';
import { AddNodesModal } from './AddNodesModal';
import { DrainModal } from './DrainModal';
import { NodeLabelsModal } from './NodeLabelsModal';
import { nodeColumns, type RemoveMode } from './nodeColumns';

/** DescribeClusterInstances with the node actions: labels, drain, cordon/uncordon, remove; and adding nodes. */
export function NodesTab({ cluster, clusterRef: ref, active }: { cluster: ClusterRow; clusterRef: ClusterRef; active: boolean }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const nodes = useNodes(ref, isMoving(cluster), active);
  const [adding, setAdding] = useState(false);
  const [labelling, setLabelling] = useState<NodeRow>();
  const [draining, setDraining] = useState<NodeRow>();
  const [removing, setRemoving] = useState<{ node: NodeRow; mode: RemoveMode }>();
  const [changeError, setChangeError] = useState<unknown>();
  const scope = { account: ref.accountId, region: ref.region };
  const schedulable = useClusterChange(ref, (s, v: { node: NodeRow; unschedulable: boolean }) =>
    s.client.ModifyClusterNodeSchedulable({ clusterId: ref.clusterId, instanceIds: [v.node.instanceId!], unschedulable: v.unschedulable ? 1 : 0 }, s.region),
  );
  const remove = useClusterChange(ref, (s, v: { node: NodeRow; mode: RemoveMode }) =>
    s.client.DeleteClusterInstances({ clusterId: ref.clusterId, instanceIds: [v.node.instanceId!], ...(v.mode === 'default' ? {} : { nodeDeleteMode: v.mode }) }, s.region),
  );
  const canAdd = cluster.status === 'Running' || cluster.status === 'Scaling';
  const columns = useMemo(
    () =>
      nodeColumns(
        t,
        {
          labels: setLabelling,
          drain: setDraining,
          remove: (node, mode) => setRemoving({ node, mode }),
          schedulable: async (node, unschedulable) => {
            try {
              await schedulable.mutateAsync({ node, unschedulable });
              setChangeError(undefined);
              message.success(t(unschedulable ? 'node.cordonedMsg' : 'node.uncordonedMsg', { name: node.instanceName ?? node.instanceId ?? '' }));
            } catch (error) {
              setChangeError(error);
            }
          },
        },
        () => cluster.status === 'Deleting',
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, cluster.status],
  );

  return (
    <Flex vertical gap={8}>
      {changeError !== undefined && <ErrorAlert error={changeError} scope={scope} />}
      {nodes.error && <ErrorAlert error={nodes.error} scope={scope} onRetry={() => nodes.refetch()} />}
      <ResourceTable
        ariaLabel={t('tab.nodes')}
        urlPrefix="node"
        rows={nodes.data ?? []}
        columns={columns}
        rowKey={(n) => n.instanceId ?? ''}
        loading={nodes.isLoading}
        emptyText={t('node.empty')}
        toolbar={
          <Flex gap={6}>
            <Button icon={<ReloadOutlined spin={nodes.isFetching} />} aria-label={t('common.refresh')} onClick={() => nodes.refetch()} />
            <Tooltip title={canAdd ? undefined : t('node.addWhy', { status: cluster.status ?? '' })}>
              <Button type="primary" icon={<PlusOutlined />} disabled={!canAdd} onClick={() => setAdding(true)}>
                {t('node.add')}
              </Button>
            </Tooltip>
          </Flex>
        }
      />
      <AddNodesModal open={adding} cluster={cluster} clusterRef={ref} onClose={() => setAdding(false)} />
      <NodeLabelsModal node={labelling} clusterRef={ref} onClose={() => setLabelling(undefined)} />
      <DrainModal node={draining} clusterRef={ref} onClose={() => setDraining(undefined)} />
      <DangerConfirm
        open={!!removing}
        kind={`${t('kind.node')} (${removing ? t(`mode.${removing.mode}`) : ''})`}
        name={removing?.node.instanceId ?? ''}
        onCancel={() => setRemoving(undefined)}
        onConfirm={async () => {
          const v = removing!;
          setRemoving(undefined);
          try {
            const r = await remove.mutateAsync(v);
            taskStore.track(r, { kind: 'removeNodes', accountId: ref.accountId, region: ref.region, clusterId: ref.clusterId, detail: v.node.instanceId });
            setChangeError(undefined);
            message.success(t('node.removing', { id: v.node.instanceId ?? '' }));
          } catch (error) {
            setChangeError(error);
          }
        }}
      />
    </Flex>
  );
}
