import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import { neteaseOps } from '../../../providers/netease/operations';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AccountSelect, scopeOf } from '../shared/AccountSelect';
import { refusedFields } from '../shared/formErrors';
import { neteaseKeys } from '../shared/keys';
import type { SecretKey } from '../shared/types';
import { useNeteaseChange, type Target } from '../shared/useNeteaseChange';
import { useNeteaseT } from '../useNeteaseT';

interface Values {
  accountId?: string;
  key_name: string;
}

/** 4.1: key_name is optional; the service names an unnamed key itself. */
export function CreateKeyModal({ open, scopes, onClose, onCreated }: { open: boolean; scopes: readonly Scope[]; onClose: () => void; onCreated: (target: Target, key: SecretKey) => void }) {
  const t = useNeteaseT();
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const create = useNeteaseChange((api, v: Target & { key_name?: string }) => api.call('createSecretKey', { key_name: v.key_name }), neteaseKeys.secretKeys);

  const submit = async () => {
    const { accountId, key_name } = form.getFieldsValue();
    const name = key_name?.trim() ? key_name.trim() : undefined;
    const bad = refusedFields(neteaseOps.createSecretKey.params, { key_name: name });
    const scope = scopeOf(scopes, accountId);
    if (!scope) bad.add('accountId');
    setRefused(bad);
    if (bad.size > 0 || !scope) return;
    const target = { accountId: scope.account.id, region: scope.region };
    const key = await create.mutateAsync({ ...target, key_name: name }).catch(() => undefined);
    if (key) {
      form.resetFields();
      create.reset();
      onCreated(target, key);
    }
  };

  return (
    <Modal
      open={open}
      title={t('keys.createTitle')}
      okText={t('keys.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: create.isPending }}
      onCancel={() => {
        create.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ accountId: scopes[0]?.account.id, key_name: '' }} onFinish={submit}>
        <Form.Item name="accountId" label={t('common.account')} validateStatus={refused.has('accountId') ? 'error' : undefined} help={refused.has('accountId') ? t('common.accountRequired') : undefined}>
          <AccountSelect scopes={scopes} label={t('common.account')} />
        </Form.Item>
        <Form.Item
          name="key_name"
          label={t('keys.name')}
          validateStatus={refused.has('key_name') ? 'error' : undefined}
          help={refused.has('key_name') ? t('keys.nameRule') : t('keys.nameHelp')}
        >
          <Input autoFocus maxLength={80} aria-label={t('keys.name')} onPressEnter={submit} autoComplete="off" />
        </Form.Item>
      </Form>
      {create.error ? <ErrorAlert error={create.error} scope={{ account: scopeOf(scopes, form.getFieldValue('accountId'))?.account.name }} /> : null}
    </Modal>
  );
}
