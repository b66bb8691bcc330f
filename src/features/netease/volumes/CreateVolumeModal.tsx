import { useState } from 'react';
import { Form, Input, InputNumber, Modal } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import { neteaseOps } from '../../../providers/netease/operations';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AccountSelect, scopeOf } from '../shared/AccountSelect';
import { refusedFields } from '../shared/formErrors';
import { neteaseKeys } from '../shared/keys';
import { useNeteaseChange, type Target } from '../shared/useNeteaseChange';
import { useNeteaseT } from '../useNeteaseT';
import { LARGEST_VOLUME_GB, SMALLEST_VOLUME_GB, VOLUME_STEP_GB } from './sizeRules';

interface Values {
  accountId?: string;
  volume_name: string;
  size: number | null;
}

/** 7.1: name and size checked with the operation's own schema before anything is sent. */
export function CreateVolumeModal({ open, scopes, onClose, onCreated }: { open: boolean; scopes: readonly Scope[]; onClose: () => void; onCreated: (name: string) => void }) {
  const t = useNeteaseT();
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const create = useNeteaseChange((api, v: Target & { volume_name: string; size: number }) => api.call('createVolume', { volume_name: v.volume_name, size: v.size }), neteaseKeys.volumes);

  const submit = async () => {
    const { accountId, volume_name, size } = form.getFieldsValue();
    const bad = refusedFields(neteaseOps.createVolume.params, { volume_name: volume_name ?? '', size: size ?? undefined });
    const scope = scopeOf(scopes, accountId);
    if (!scope) bad.add('accountId');
    setRefused(bad);
    if (bad.size > 0 || !scope || size == null) return;
    const done = await create.mutateAsync({ accountId: scope.account.id, region: scope.region, volume_name, size }).catch(() => undefined);
    if (done) {
      form.resetFields();
      create.reset();
      onCreated(volume_name);
    }
  };

  const field = (name: string, rule: string) => ({ validateStatus: refused.has(name) ? ('error' as const) : undefined, help: refused.has(name) ? rule : undefined, extra: refused.has(name) ? undefined : rule });
  return (
    <Modal
      open={open}
      title={t('volumes.createTitle')}
      okText={t('volumes.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: create.isPending }}
      onCancel={() => {
        create.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ accountId: scopes[0]?.account.id, volume_name: '', size: SMALLEST_VOLUME_GB }}>
        <Form.Item name="accountId" label={t('common.account')} validateStatus={refused.has('accountId') ? 'error' : undefined} help={refused.has('accountId') ? t('common.accountRequired') : undefined}>
          <AccountSelect scopes={scopes} label={t('common.account')} />
        </Form.Item>
        <Form.Item name="volume_name" label={t('volumes.name')} {...field('volume_name', t('volumes.nameRule'))}>
          <Input autoFocus aria-label={t('volumes.name')} autoComplete="off" spellCheck={false} onPressEnter={submit} />
        </Form.Item>
        <Form.Item name="size" label={t('volumes.size')} {...field('size', t('volumes.sizeRule'))}>
          {/* No min/max clamping: a wrong number stays visible and is explained beside the field. */}
          <InputNumber aria-label={t('volumes.size')} step={VOLUME_STEP_GB} precision={0} style={{ width: 160 }} placeholder={`${SMALLEST_VOLUME_GB}–${LARGEST_VOLUME_GB}`} />
        </Form.Item>
      </Form>
      {create.error ? <ErrorAlert error={create.error} scope={{ account: scopeOf(scopes, form.getFieldValue('accountId'))?.account.name }} /> : null}
    </Modal>
  );
}
