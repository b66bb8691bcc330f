import { useEffect, useMemo, useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Tooltip } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../../shared/format';
import { useClusterChange, useNamespaces, type ClusterRef } from '../api/queries';
import type { ClusterRow, NamespaceRow } from '../api/types';
import { namespaceProblem } from '../rules';
import { useClustersT } from '../useClustersT';

/** Namespaces Kubernetes keeps for itself: the service refuses to delete them. */
export const SYSTEM_NAMESPACES = new Set(['default', 'kube-system', 'kube-public']);

/** DescribeClusterNameSpaces, CreateClusterNamespace, ModifyNamespaceDescription, DeleteClusterNamespace. */
export function NamespacesTab({ cluster, clusterRef: ref, active }: { cluster: ClusterRow; clusterRef: ClusterRef; active: boolean }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const ready = cluster.status !== 'Creating' && cluster.status !== 'Deleting';
  const list = useNamespaces(ref, active && ready);
  const [editing, setEditing] = useState<NamespaceRow | 'new'>();
  const [deleting, setDeleting] = useState<NamespaceRow>();
  const [changeError, setChangeError] = useState<unknown>();
  const scope = { account: ref.accountId, region: ref.region };
  const remove = useClusterChange(ref, (s, name: string) => s.client.DeleteClusterNamespace({ clusterId: ref.clusterId, names: [name] }, s.region));
  const columns = useMemo<ResourceColumn<NamespaceRow>[]>(
    () => [
      { key: 'name', title: t('ns.name'), width: 220, sortValue: (n) => n.name, searchText: (n) => `${n.name} ${n.description ?? ''}`, render: (n) => <strong>{n.name}</strong> },
      { key: 'status', title: t('ns.status'), width: 120, filterValue: (n) => n.status, render: (n) => n.status },
      { key: 'description', title: t('ns.description'), width: 320, ellipsis: true, render: (n) => n.description },
      { key: 'created', title: t('field.created'), width: 160, sortValue: (n) => dateSortValue(n.createdAt), render: (n) => formatDate(n.createdAt) },
      {
        key: 'actions',
        title: t('common.actions'),
        width: 100,
        fixed: 'right',
        render: (n) => (
          <Flex gap={4}>
            <Tooltip title={t('ns.editDescription')}>
              <Button size="small" icon={<EditOutlined />} aria-label={`${t('ns.editDescription')} ${n.name}`} onClick={() => setEditing(n)} />
            </Tooltip>
            <Tooltip title={SYSTEM_NAMESPACES.has(n.name ?? '') ? t('ns.protected') : t('ns.delete')}>
              <span>
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('ns.delete')} ${n.name}`} disabled={SYSTEM_NAMESPACES.has(n.name ?? '')} onClick={() => setDeleting(n)} />
              </span>
            </Tooltip>
          </Flex>
        ),
      },
    ],
    [t],
  );
  return (
    <Flex vertical gap={8}>
      {changeError !== undefined && <ErrorAlert error={changeError} scope={scope} />}
      {list.error && <ErrorAlert error={list.error} scope={scope} onRetry={() => list.refetch()} />}
      <ResourceTable
        ariaLabel={t('tab.namespaces')}
        urlPrefix="ns"
        rows={list.data ?? []}
        columns={columns}
        rowKey={(n) => n.name ?? ''}
        loading={list.isLoading}
        emptyText={ready ? undefined : t('limits.notYet')}
        toolbar={
          <Flex gap={6}>
            <Button icon={<ReloadOutlined spin={list.isFetching} />} aria-label={t('common.refresh')} onClick={() => list.refetch()} />
            <Button type="primary" icon={<PlusOutlined />} disabled={!ready} onClick={() => setEditing('new')}>
              {t('ns.create')}
            </Button>
          </Flex>
        }
      />
      <NamespaceModal target={editing} clusterRef={ref} onClose={() => setEditing(undefined)} />
      <DangerConfirm
        open={!!deleting}
        kind={t('kind.namespace')}
        name={deleting?.name ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          const name = deleting!.name!;
          setDeleting(undefined);
          try {
            await remove.mutateAsync(name);
            setChangeError(undefined);
            message.success(t('ns.deleted', { name }));
          } catch (error) {
            setChangeError(error);
          }
        }}
      />
    </Flex>
  );
}

/** Create (name + description, both required by the document) or edit the description. */
function NamespaceModal({ target, clusterRef: ref, onClose }: { target?: NamespaceRow | 'new'; clusterRef: ClusterRef; onClose: () => void }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; description: string }>();
  const creating = target === 'new';
  const change = useClusterChange(ref, (s, v: { name: string; description: string }) =>
    creating
      ? s.client.CreateClusterNamespace({ clusterId: ref.clusterId, name: v.name.trim(), description: v.description }, s.region)
      : s.client.ModifyNamespaceDescription({ clusterId: ref.clusterId, name: v.name, description: v.description }, s.region),
  );
  useEffect(() => {
    if (!target) return;
    change.reset();
    form.setFieldsValue(target === 'new' ? { name: '', description: '' } : { name: target.name ?? '', description: target.description ?? '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);
  return (
    <Modal
      open={!!target}
      title={creating ? t('ns.createTitle') : t('ns.editTitle', { name: typeof target === 'object' ? target.name ?? '' : '' })}
      okText={creating ? t('common.create') : t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await change.mutateAsync(v).then(
            () => {
              message.success(creating ? t('ns.created', { name: v.name }) : t('ns.saved', { name: v.name }));
              onClose();
            },
            () => undefined,
          );
        }}
      >
        <Form.Item
          name="name"
          label={t('ns.name')}
          extra={creating ? t('ns.nameHelp') : undefined}
          rules={[{ validator: async (_, v: string) => { const p = namespaceProblem(v?.trim()); if (p) throw new Error(t(p)); } }]}
        >
          <Input disabled={!creating} autoFocus={creating} />
        </Form.Item>
        <Form.Item name="description" label={t('ns.description')} rules={creating ? [{ required: true, whitespace: true, message: t('rule.required') }] : []}>
          <Input.TextArea rows={3} autoFocus={!creating} />
        </Form.Item>
        {/* Enter in a field submits, as the OK button does. */}
        <button type="submit" style={{ display: 'none' }} aria-hidden tabIndex={-1} />
      </Form>
      {change.error && <ErrorAlert error={change.error} scope={{ account: ref.accountId, region: ref.region }} />}
    </Modal>
  );
}
