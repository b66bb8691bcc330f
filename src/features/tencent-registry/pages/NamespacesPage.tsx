import { useMemo, useState } from 'react';
import { Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../../shared/format';
import { registryKeys } from '../api/keys';
import { useRegistryAccount } from '../api/useRegistryAccount';
import { useRegistryMutation } from '../api/useRegistryMutation';
import { ActionError } from '../components/ActionError';
import { RegistryPageHeader } from '../components/RegistryPageHeader';
import { useRegistryT } from '../messages';
import { isNamespaceName } from '../rules';
import { fetchAllNamespaces, type NamespaceRow } from '../api/lists';

export default function NamespacesPage() {
  const t = useRegistryT();
  const registry = useRegistryAccount();
  const scope = registry.scope;
  const list = useQuery({ queryKey: registryKeys.namespaces(scope?.accountId ?? ''), queryFn: () => fetchAllNamespaces(scope!), enabled: !!scope });
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string>();
  const remove = useRegistryMutation(scope?.accountId, (namespace: string) => scope!.client.DeleteUserNamespace({ namespace }, scope!.region), () => setDeleting(undefined));

  const columns = useMemo<ResourceColumn<NamespaceRow>[]>(
    () => [
      { key: 'namespace', title: t('ns.name'), width: 240, render: (r) => <Typography.Text strong>{r.namespace}</Typography.Text>, sortValue: (r) => r.namespace, searchText: (r) => r.namespace },
      { key: 'repoCount', title: t('ns.repoCount'), width: 120, render: (r) => r.repoCount ?? '', sortValue: (r) => r.repoCount },
      { key: 'creationTime', title: t('common.created'), width: 170, render: (r) => formatDate(r.creationTime), sortValue: (r) => dateSortValue(r.creationTime) },
      {
        key: 'actions',
        title: '',
        width: 110,
        render: (r) => (
          <Button size="small" danger icon={<DeleteOutlined />} onClick={(e) => (e.stopPropagation(), remove.reset(), setDeleting(r.namespace))}>
            {t('common.delete')}
          </Button>
        ),
      },
    ],
    [t, remove],
  );

  return (
    <Flex vertical gap={12}>
      <RegistryPageHeader
        title={t('ns.title')}
        subtitle={t('ns.subtitle')}
        registry={registry}
        extra={
          <Button type="primary" icon={<PlusOutlined />} disabled={!scope} onClick={() => setCreating(true)}>
            {t('ns.create')}
          </Button>
        }
      />
      {list.error ? <ErrorAlert error={list.error} scope={{ account: scope?.accountName }} onRetry={() => void list.refetch()} /> : null}
      <ActionError error={remove.error} account={scope?.accountName} />
      <ResourceTable ariaLabel={t('ns.title')} rows={list.data ?? []} columns={columns} rowKey={(r) => r.namespace ?? ''} loading={list.isLoading} />
      {scope && <CreateNamespaceModal open={creating} onClose={() => setCreating(false)} scope={scope} />}
      <DangerConfirm
        open={!!deleting}
        kind={t('ns.kind')}
        name={deleting ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          await remove.mutateAsync(deleting!).catch(() => setDeleting(undefined));
        }}
      />
    </Flex>
  );
}

type Check = 'free' | 'exists' | 'reserved';

/** Name first checked with NamespaceIsExists (exists or reserved), then created. */
function CreateNamespaceModal({ open, onClose, scope }: { open: boolean; onClose: () => void; scope: NonNullable<ReturnType<typeof useRegistryAccount>['scope']> }) {
  const t = useRegistryT();
  const [form] = Form.useForm<{ namespace: string }>();
  const [check, setCheck] = useState<{ name: string; result: Check }>();
  const checkName = useRegistryMutation<string, Check>(undefined, async (namespace) => {
    const r = await scope.client.NamespacelsExists({ namespace }, scope.region);
    const truthy = (v: unknown) => v === true || v === 'true' || (Array.isArray(v) && v.length > 0);
    const result: Check = truthy(r.isPreserved) ? 'reserved' : truthy(r.isExist) ? 'exists' : 'free';
    setCheck({ name: namespace, result });
    return result;
  });
  const create = useRegistryMutation(scope.accountId, (namespace: string) => scope.client.CreateCCRNamespace({ namespace }, scope.region), () => close());
  const close = () => {
    form.resetFields();
    setCheck(undefined);
    create.reset();
    checkName.reset();
    onClose();
  };
  const submit = async () => {
    const { namespace } = await form.validateFields();
    const result = check?.name === namespace ? check.result : await checkName.mutateAsync(namespace);
    if (result === 'free') create.mutate(namespace);
  };
  const hint = check && check.result !== 'free' ? t(check.result === 'exists' ? 'ns.exists' : 'ns.reserved') : undefined;
  return (
    <Modal open={open} title={t('ns.create')} okText={t('common.create')} cancelText={t('common.cancel')} onOk={submit} onCancel={close} confirmLoading={create.isPending || checkName.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="namespace"
          label={t('ns.name')}
          extra={check?.result === 'free' ? t('ns.free') : t('ns.rule')}
          validateStatus={hint ? 'error' : undefined}
          help={hint}
          rules={[{ required: true, message: t('field.required') }, { validator: async (_, v: string) => (v && !isNamespaceName(v) ? Promise.reject(new Error(t('ns.rule'))) : undefined) }]}
        >
          <Input autoFocus autoComplete="off" onChange={() => setCheck(undefined)} />
        </Form.Item>
        <Button
          size="small"
          loading={checkName.isPending}
          onClick={async () => {
            const { namespace } = await form.validateFields();
            checkName.mutate(namespace);
          }}
        >
          {t('ns.check')}
        </Button>
      </Form>
      <ActionError error={checkName.error ?? create.error} account={scope.accountName} />
    </Modal>
  );
}
