import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import { neteaseOps } from '../../../providers/netease/operations';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AccountSelect, scopeOf } from '../../netease/shared/AccountSelect';
import { refusedFields } from '../../netease/shared/formErrors';
import { useServiceChange, type ChangeAnswer, type Target } from '../shared/api';
import { useSvcT } from '../useSvcT';

interface Values {
  accountId?: string;
  name: string;
}

/** 9.1: the name checked with the operation's own rule before anything is sent. */
export function CreateSpaceModal({ open, scopes, onClose, onCreated }: { open: boolean; scopes: readonly Scope[]; onClose: () => void; onCreated: (name: string, answer: ChangeAnswer) => void }) {
  const t = useSvcT();
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const create = useServiceChange('createNamespace', (api, v: Target & { name: string }) => api.call('createNamespace', { name: v.name }));

  const submit = async () => {
    const { accountId, name = '' } = form.getFieldsValue();
    const bad = refusedFields(neteaseOps.createNamespace.params, { name });
    const scope = scopeOf(scopes, accountId);
    if (!scope) bad.add('accountId');
    setRefused(bad);
    if (bad.size > 0 || !scope) return;
    const done = await create.mutateAsync({ accountId: scope.account.id, region: scope.region, subject: `space:${name}`, name }).catch(() => undefined);
    if (done) {
      form.resetFields();
      create.reset();
      onCreated(name, done);
    }
  };

  const rule = t('spaces.nameRule');
  return (
    <Modal
      open={open}
      title={t('spaces.createTitle')}
      okText={t('spaces.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: create.isPending }}
      onCancel={() => {
        create.reset();
        setRefused(new Set());
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ accountId: scopes[0]?.account.id, name: '' }}>
        <Form.Item name="accountId" label={t('common.account')} validateStatus={refused.has('accountId') ? 'error' : undefined} help={refused.has('accountId') ? t('common.accountRequired') : undefined}>
          <AccountSelect scopes={scopes} label={t('common.account')} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('spaces.name')}
          validateStatus={refused.has('name') ? 'error' : undefined}
          help={refused.has('name') ? rule : undefined}
          extra={refused.has('name') ? undefined : `${rule} ${t('spaces.systemNameHint')}`}
        >
          <Input autoFocus aria-label={t('spaces.name')} autoComplete="off" spellCheck={false} maxLength={64} onPressEnter={submit} />
        </Form.Item>
      </Form>
      {create.error ? <ErrorAlert error={create.error} scope={{ account: scopeOf(scopes, form.getFieldValue('accountId'))?.account.name }} /> : null}
    </Modal>
  );
}
