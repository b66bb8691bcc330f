import { useEffect, useState } from 'react';
import { Alert, Modal, Table, Typography } from 'antd';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { text, useAvailableNodes, useClusterChange, type ClusterScope, type NodeRow } from './api';
import { useClustersT } from './useClustersT';

/** Lists the eligible ECS instances first (ListAvailableClusterNode), then adds the chosen ones (AddClusterNode). */
export function AddNodesModal({ open, scope, accountName, onClose, onAdded }: { open: boolean; scope: ClusterScope; accountName?: string; onClose: () => void; onAdded: (ids: string[]) => void }) {
  const t = useClustersT();
  const available = useAvailableNodes(scope, open);
  const [chosen, setChosen] = useState<string[]>([]);
  const add = useClusterChange(scope, (api, ids: string[], r) => api.AddClusterNode({ ClusterInstanceId: scope.clusterId, EcsInstanceIdList: ids }, r));
  useEffect(() => {
    if (!open) {
      setChosen([]);
      add.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const rows = available.data ?? [];
  return (
    <Modal
      open={open}
      width={860}
      title={t('node.addTitle')}
      okText={t('node.addCount', { count: chosen.length })}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: chosen.length === 0, loading: add.isPending }}
      onCancel={onClose}
      onOk={async () => {
        const ok = await add.mutateAsync(chosen).then(() => true, () => false);
        if (ok) onAdded(chosen);
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('node.addHelp')}</Typography.Paragraph>
      {available.error ? <ErrorAlert error={available.error} scope={{ account: accountName, region: scope.region }} onRetry={() => void available.refetch()} /> : null}
      {!available.isLoading && !available.error && rows.length === 0 ? <Alert type="info" showIcon title={t('node.noneAvailable')} /> : null}
      <Table<NodeRow>
        size="small"
        aria-label={t('node.available')}
        data-testid="available-nodes"
        rowKey={(n) => text(n.InstanceId)}
        loading={available.isLoading}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
        rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys.map(String)) }}
        onRow={(n) => ({
          onClick: () => setChosen((c) => (c.includes(text(n.InstanceId)) ? c.filter((x) => x !== text(n.InstanceId)) : [...c, text(n.InstanceId)])),
        })}
        columns={[
          { key: 'id', title: t('node.id'), render: (_, n) => text(n.InstanceId) },
          { key: 'name', title: t('node.name'), render: (_, n) => text(n.InstanceName) },
          { key: 'ip', title: t('node.privateIp'), render: (_, n) => text(n.EcsPrivateIp) },
          { key: 'config', title: t('node.config'), render: (_, n) => text(n.EcsConfiguration) },
          { key: 'zone', title: t('node.zone'), render: (_, n) => text(n.EcsZone) },
          { key: 'vpc', title: t('field.VpcId'), render: (_, n) => text(n.VpcId) },
        ]}
      />
      {add.error ? <ErrorAlert error={add.error} scope={{ account: accountName, region: scope.region }} /> : null}
    </Modal>
  );
}
