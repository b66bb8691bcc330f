import { useState } from 'react';
import { Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import { LB_CHARGE_MODES } from '../../../providers/netease/operations/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AccountSelect, scopeOf } from '../../netease/shared/AccountSelect';
import { useNeteaseChange, type Target } from '../../netease/shared/useNeteaseChange';
import { lbKeys } from '../shared/keys';
import { useSpaces } from '../shared/queries';
import { lbIssues, type ChargeMode, type LbForm } from '../shared/rules';
import type { LoadBalancer } from '../shared/types';
import { useLbT } from '../useLbT';

interface Values extends LbForm {
  accountId?: string;
  namespace?: string;
}

export interface EditTarget {
  accountId: string;
  region: string;
  accountName: string;
  lb: Pick<LoadBalancer, 'name' | 'namespace' | 'chargeMode' | 'bandwidthLimit' | 'description'>;
}

/**
 * 6.1 create (account, space, name, billing, bandwidth, description, optional nlb IP) or 6.4
 * update (`editing`: billing, bandwidth, description). Limits beside each field.
 */
export function LbModal({ open, scopes, editing, onClose, onDone }: { open: boolean; scopes: readonly Scope[]; editing?: EditTarget; onClose: () => void; onDone: (target: Target & { namespace: string; name: string }) => void }) {
  const t = useLbT();
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const accountId = Form.useWatch('accountId', form) ?? editing?.accountId;
  const scope = scopeOf(scopes, accountId);
  const spaces = useSpaces(editing ? undefined : accountId, scope?.region ?? '');
  const create = useNeteaseChange(
    (api, v: Target & Required<Pick<Values, 'namespace' | 'name'>> & Values) =>
      api.call('createLoadBalancer', { namespace: v.namespace, name: v.name, chargeMode: v.chargeMode, bandwidthLimit: v.bandwidthLimit ?? undefined, description: v.description || undefined, address: v.address?.trim() || undefined }),
    lbKeys.loadBalancers,
  );
  const update = useNeteaseChange(
    (api, v: Target & { namespace: string; lb_name: string; chargeMode?: ChargeMode; bandwidthLimit?: number; description?: string }) =>
      api.call('updateLoadBalancer', { namespace: v.namespace, lb_name: v.lb_name, chargeMode: v.chargeMode, bandwidthLimit: v.bandwidthLimit, description: v.description }),
    lbKeys.loadBalancers,
  );
  const change = editing ? update : create;

  const close = () => {
    create.reset();
    update.reset();
    setRefused(new Set());
    onClose();
  };

  const submit = async () => {
    const v = form.getFieldsValue();
    if (editing) {
      const bad = lbIssues({ ...v, name: editing.lb.name }, editing.lb.namespace, 'update');
      setRefused(bad);
      if (bad.size > 0) return;
      const target = { accountId: editing.accountId, region: editing.region, namespace: editing.lb.namespace, name: editing.lb.name };
      const ok = await update
        .mutateAsync({ ...target, lb_name: editing.lb.name, chargeMode: v.chargeMode, bandwidthLimit: v.bandwidthLimit ?? undefined, description: v.description ?? '' })
        .then(() => true, () => false);
      if (ok) {
        close();
        onDone(target);
      }
      return;
    }
    const bad = lbIssues(v, v.namespace, 'create');
    if (!scope) bad.add('accountId');
    setRefused(bad);
    if (bad.size > 0 || !scope || !v.namespace) return;
    const target = { accountId: scope.account.id, region: scope.region, namespace: v.namespace, name: v.name!.trim() };
    const ok = await create.mutateAsync({ ...v, ...target }).then(() => true, () => false);
    if (ok) {
      close();
      onDone(target);
    }
  };

  const field = (name: string, rule: string, help?: string) => ({
    validateStatus: refused.has(name) ? ('error' as const) : undefined,
    help: refused.has(name) ? rule : help,
  });

  return (
    <Modal
      open={open}
      title={editing ? t('lb.editTitle', { name: editing.lb.name }) : t('lb.createTitle')}
      okText={editing ? t('common.save') : t('lb.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: change.isPending }}
      onCancel={close}
      destroyOnHidden
      width={560}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? { chargeMode: editing.lb.chargeMode, bandwidthLimit: editing.lb.bandwidthLimit, description: editing.lb.description }
            : { accountId: scopes[0]?.account.id, chargeMode: 'netflow', bandwidthLimit: 100, description: '' }
        }
      >
        {editing ? null : (
          <>
            <Form.Item name="accountId" label={t('common.account')} {...field('accountId', t('common.accountRequired'))}>
              <AccountSelect scopes={scopes} label={t('common.account')} onChange={() => form.setFieldValue('namespace', undefined)} />
            </Form.Item>
            <Form.Item name="namespace" label={t('lb.namespace')} required {...field('namespace', t('lb.namespaceRequired'), t('lb.namespaceHelp'))}>
              <Select
                aria-label={t('lb.namespace')}
                loading={spaces.isLoading}
                showSearch
                options={(spaces.data ?? []).map((s) => ({ value: s.namespace, label: `${s.display_name} · ${s.namespace}` }))}
              />
            </Form.Item>
            {spaces.error ? <ErrorAlert error={spaces.error} /> : null}
            <Form.Item name="name" label={t('lb.name')} required {...field('name', t('lb.nameRule'), t('lb.nameRule'))}>
              <Input aria-label={t('lb.name')} maxLength={80} autoComplete="off" />
            </Form.Item>
          </>
        )}
        <Form.Item name="chargeMode" label={t('lb.chargeMode')}>
          <Radio.Group aria-label={t('lb.chargeMode')} options={LB_CHARGE_MODES.map((m) => ({ value: m, label: t(`lb.charge.${m}`) }))} />
        </Form.Item>
        <Form.Item name="bandwidthLimit" label={t('lb.bandwidth')} {...field('bandwidthLimit', t('lb.bandwidthRule'), t('lb.bandwidthRule'))}>
          <InputNumber aria-label={t('lb.bandwidth')} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="description" label={t('lb.description')} {...field('description', t('lb.descriptionRule'))}>
          <Input.TextArea aria-label={t('lb.description')} rows={2} count={{ show: true, max: 256 }} />
        </Form.Item>
        {editing ? null : (
          <Form.Item name="address" label={t('lb.address')} {...field('address', t('lb.addressRule'), t('lb.addressHelp'))}>
            <Input aria-label={t('lb.address')} placeholder="59.111.163.163" autoComplete="off" />
          </Form.Item>
        )}
      </Form>
      {change.error ? <ErrorAlert error={change.error} scope={{ account: editing?.accountName ?? scope?.account.name }} /> : null}
    </Modal>
  );
}
