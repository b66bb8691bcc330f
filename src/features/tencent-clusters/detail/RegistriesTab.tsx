import { useEffect, useMemo, useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Select, Tag } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../../shared/format';
import { useClusterChange, useHubs, useNamespaces, type ClusterRef } from '../api/queries';
import type { ClusterRow, HubRow } from '../api/types';
import { useClustersT } from '../useClustersT';

/** The example answers `createAt`; the emulator (and the table) say `createdAt`. */
const hubCreated = (h: HubRow) => h.createdAt ?? h.createAt;

/** DescribeHubInfo and AddHubInfo: third-party private registries the cluster may pull from. */
export function RegistriesTab({ cluster, clusterRef: ref, active }: { cluster: ClusterRow; clusterRef: ClusterRef; active: boolean }) {
  const t = useClustersT();
  const ready = cluster.status !== 'Creating' && cluster.status !== 'Deleting';
  const hubs = useHubs(ref, active && ready);
  const [adding, setAdding] = useState(false);
  const scope = { account: ref.accountId, region: ref.region };
  const columns = useMemo<ResourceColumn<HubRow>[]>(
    () => [
      { key: 'domain', title: t('hub.domain'), width: 260, sortValue: (h) => h.domain, searchText: (h) => `${h.domain ?? ''} ${h.username ?? ''}`, render: (h) => <strong>{h.domain}</strong> },
      { key: 'username', title: t('hub.username'), width: 180, render: (h) => h.username },
      {
        key: 'namespaces',
        title: t('hub.namespaces'),
        width: 260,
        filterValue: (h) => ((h.namespaces ?? []).length ? (h.namespaces as string[]) : [t('hub.allNamespaces')]),
        render: (h) => ((h.namespaces ?? []).length ? (h.namespaces as string[]).map((n) => <Tag key={n}>{n}</Tag>) : t('hub.allNamespaces')),
      },
      { key: 'id', title: 'unHubId', width: 160, render: (h) => h.unHubId },
      { key: 'created', title: t('field.created'), width: 160, sortValue: (h) => dateSortValue(hubCreated(h)), render: (h) => formatDate(hubCreated(h)) },
    ],
    [t],
  );
  return (
    <Flex vertical gap={8}>
      {hubs.error && <ErrorAlert error={hubs.error} scope={scope} onRetry={() => hubs.refetch()} />}
      <ResourceTable
        ariaLabel={t('tab.registries')}
        urlPrefix="hub"
        rows={hubs.data ?? []}
        columns={columns}
        rowKey={(h) => h.unHubId ?? `${h.domain}/${h.username}`}
        loading={hubs.isLoading}
        emptyText={t('hub.empty')}
        toolbar={
          <Flex gap={6}>
            <Button icon={<ReloadOutlined spin={hubs.isFetching} />} aria-label={t('common.refresh')} onClick={() => hubs.refetch()} />
            <Button type="primary" icon={<PlusOutlined />} disabled={!ready} onClick={() => setAdding(true)}>
              {t('hub.add')}
            </Button>
          </Flex>
        }
      />
      <AddHubModal open={adding} clusterRef={ref} onClose={() => setAdding(false)} />
    </Flex>
  );
}

interface HubValues {
  domain: string;
  username: string;
  password: string;
  namespaces?: string[];
}

function AddHubModal({ open, clusterRef: ref, onClose }: { open: boolean; clusterRef: ClusterRef; onClose: () => void }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const [form] = Form.useForm<HubValues>();
  const namespaces = useNamespaces(ref, open);
  const change = useClusterChange(ref, (s, v: HubValues) =>
    s.client.AddHubInfo({ clusterId: ref.clusterId, domain: v.domain.trim(), username: v.username.trim(), password: v.password, ...(v.namespaces?.length ? { namespaces: v.namespaces } : {}) }, s.region),
  );
  useEffect(() => {
    if (open) {
      change.reset();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const required = { required: true, whitespace: true, message: t('rule.required') };
  return (
    <Modal open={open} title={t('hub.addTitle')} okText={t('common.create')} cancelText={t('common.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={change.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await change.mutateAsync(v).then(
            () => {
              message.success(t('hub.added', { domain: v.domain }));
              onClose();
            },
            () => undefined,
          );
        }}
      >
        <Form.Item name="domain" label={t('hub.domain')} rules={[required, { pattern: /^[A-Za-z0-9.-]+(:\d{1,5})?$/, message: t('rule.domain') }]}>
          <Input placeholder="hub.example.com" autoFocus />
        </Form.Item>
        <Form.Item name="username" label={t('hub.username')} rules={[required]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label={t('hub.password')} rules={[{ required: true, message: t('rule.required') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="namespaces" label={t('hub.namespaces')} extra={t('hub.namespacesHelp')}>
          <Select mode="multiple" allowClear loading={namespaces.isLoading} options={(namespaces.data ?? []).map((n) => ({ value: n.name, label: n.name }))} />
        </Form.Item>
        {/* Enter in a field submits, as the OK button does. */}
        <button type="submit" style={{ display: 'none' }} aria-hidden tabIndex={-1} />
      </Form>
      {change.error && <ErrorAlert error={change.error} scope={{ account: ref.accountId, region: ref.region }} />}
    </Modal>
  );
}
