import { useState } from 'react';
import { Form, InputNumber, Modal, Typography } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import { neteaseOps } from '../../../providers/netease/operations';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AccountSelect, scopeOf } from '../shared/AccountSelect';
import { refusedFields } from '../shared/formErrors';
import { neteaseKeys } from '../shared/keys';
import type { IpQuota } from '../shared/types';
import { useNeteaseChange, type Target } from '../shared/useNeteaseChange';
import { useNeteaseT } from '../useNeteaseT';
import { overQuota, typeQuotas } from './quota';

interface Values {
  accountId?: string;
  nce: number | null;
  nlb: number | null;
}

/** 8.1: counts per type, each within what 8.4 says is left; 8.1 may still allocate fewer. */
export function AllocateIpsModal(props: { open: boolean; scopes: readonly Scope[]; quotaOf: (accountId: string | undefined) => IpQuota | undefined; onClose: () => void; onAllocated: (count: number, asked: number) => void }) {
  const { open, scopes, quotaOf, onClose, onAllocated } = props;
  const t = useNeteaseT();
  const [form] = Form.useForm<Values>();
  const accountId = Form.useWatch('accountId', form) as string | undefined;
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const allocate = useNeteaseChange((api, v: Target & { nce: number; nlb: number }) => api.call('createIps', { nce: v.nce, nlb: v.nlb }), neteaseKeys.ips);
  const quotas = typeQuotas(quotaOf(accountId));

  const submit = async () => {
    const values = form.getFieldsValue();
    const counts = { nce: values.nce ?? 0, nlb: values.nlb ?? 0 };
    const bad = refusedFields(neteaseOps.createIps.params, counts);
    for (const type of overQuota(counts, quotas)) bad.add(type);
    const scope = scopeOf(scopes, values.accountId);
    if (!scope) bad.add('accountId');
    setRefused(bad);
    if (bad.size > 0 || !scope) return;
    const answer = await allocate.mutateAsync({ accountId: scope.account.id, region: scope.region, ...counts }).catch(() => undefined);
    if (answer) {
      form.resetFields();
      allocate.reset();
      onAllocated(answer.total, counts.nce + counts.nlb);
    }
  };

  return (
    <Modal
      open={open}
      title={t('ips.allocateTitle')}
      okText={t('ips.allocate')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: allocate.isPending }}
      onCancel={() => {
        allocate.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ accountId: scopes[0]?.account.id, nce: 1, nlb: 0 }}>
        <Form.Item name="accountId" label={t('common.account')} validateStatus={refused.has('accountId') ? 'error' : undefined} help={refused.has('accountId') ? t('common.accountRequired') : undefined}>
          <AccountSelect scopes={scopes} label={t('common.account')} />
        </Form.Item>
        {quotas.map((q) => {
          const rule = t('ips.countRule', { free: q.free, quota: q.quota, used: q.used });
          const bad = refused.has(q.type);
          return (
            <Form.Item key={q.type} name={q.type} label={t('ips.countOf', { type: q.type })} validateStatus={bad ? 'error' : undefined} help={bad ? rule : undefined} extra={bad ? undefined : rule}>
              <InputNumber aria-label={t('ips.countOf', { type: q.type })} precision={0} style={{ width: 140 }} />
            </Form.Item>
          );
        })}
      </Form>
      {refused.has('') ? <Typography.Text type="danger">{t('ips.countTotalRule')}</Typography.Text> : null}
      {allocate.error ? <ErrorAlert error={allocate.error} scope={{ account: scopeOf(scopes, accountId)?.account.name }} /> : null}
    </Modal>
  );
}
