import { useState } from 'react';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { RegistryScope } from '../api/client';
import { registryKeys } from '../api/keys';
import { fetchAllNamespaces } from '../api/lists';
import { useRegistryMutation } from '../api/useRegistryMutation';
import { useRegistryT } from '../messages';
import { isRepositoryShortName } from '../rules';
import { ActionError } from './ActionError';

interface Values {
  accountId: string;
  namespace: string;
  name: string;
  public: 0 | 1;
  description?: string;
}

/** CreateRepository after RepositoryIsExists: `reponame` is `namespace/name`, `public` 0 or 1. */
export function CreateRepositoryModal({ open, onClose, scopes, onCreated }: { open: boolean; onClose: () => void; scopes: readonly RegistryScope[]; onCreated: (accountId: string, reponame: string) => void }) {
  const t = useRegistryT();
  const [form] = Form.useForm<Values>();
  const accountId = Form.useWatch('accountId', form) ?? scopes[0]?.accountId;
  const scope = scopes.find((s) => s.accountId === accountId);
  const namespaces = useQuery({ queryKey: registryKeys.namespaces(accountId ?? ''), queryFn: () => fetchAllNamespaces(scope!), enabled: open && !!scope });
  const [exists, setExists] = useState<string>();
  const create = useRegistryMutation(scope?.accountId, async (v: Values) => {
    const reponame = `${v.namespace}/${v.name}`;
    const check = await scope!.client.RepositoryisExists({ reponame }, scope!.region);
    if (check.isExist) {
      setExists(reponame);
      return undefined;
    }
    await scope!.client.CreateRepository({ reponame, public: v.public, ...(v.description ? { description: v.description } : {}) }, scope!.region);
    return reponame;
  }, (reponame) => {
    if (!reponame) return;
    close();
    onCreated(scope!.accountId, reponame);
  });
  const close = () => {
    form.resetFields();
    setExists(undefined);
    create.reset();
    onClose();
  };
  const submit = async () => create.mutate(await form.validateFields());
  return (
    <Modal open={open} title={t('repo.create')} okText={t('common.create')} cancelText={t('common.cancel')} onOk={submit} onCancel={close} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ accountId: scopes[0]?.accountId, public: 0 }} onValuesChange={() => setExists(undefined)}>
        <Form.Item name="accountId" label={t('common.account')} rules={[{ required: true, message: t('field.required') }]}>
          <Select aria-label={t('common.account')} options={scopes.map((s) => ({ value: s.accountId, label: s.accountName }))} />
        </Form.Item>
        <Form.Item name="namespace" label={t('repo.namespace')} rules={[{ required: true, message: t('field.required') }]}>
          <Select aria-label={t('repo.namespace')} loading={namespaces.isLoading} showSearch options={(namespaces.data ?? []).map((n) => ({ value: n.namespace, label: n.namespace }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('repo.shortName')}
          extra={t('repo.rule')}
          validateStatus={exists ? 'error' : undefined}
          help={exists ? t('repo.exists') : undefined}
          rules={[{ required: true, message: t('field.required') }, { validator: async (_, v: string) => (v && !isRepositoryShortName(v) ? Promise.reject(new Error(t('repo.rule'))) : undefined) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="public" label={t('repo.visibility')}>
          <Radio.Group options={[{ value: 0, label: t('repo.private') }, { value: 1, label: t('repo.public') }]} />
        </Form.Item>
        <Form.Item name="description" label={t('common.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      <ActionError error={create.error ?? namespaces.error} account={scope?.accountName} />
    </Modal>
  );
}
