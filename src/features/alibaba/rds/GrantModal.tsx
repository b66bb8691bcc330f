import { useState } from 'react';
import { Form, Modal, Select } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import type { AlibabaParams } from '../../../providers/alibaba/client';
import { alibabaOperations } from '../../../providers/alibaba/operations';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { AlibabaMessageKey } from '../messages';
import { fieldState, refusedFields } from '../shared/formErrors';
import { present } from '../shared/formValues';
import { alibabaKeys } from '../shared/keys';
import { useAlibabaChange } from '../shared/useAlibabaChange';
import { text } from '../shared/values';
import { useAlibabaT } from '../useAlibabaT';
import { privilegesFor } from './engine';
import type { Database } from './types';

/** 6.4 GrantDbToAccount: one database, one privilege of the engine. */
export function GrantModal({ account, scope, instanceId, databases, engine, onClose, onGranted }: { account?: string; scope?: Scope; instanceId: string; databases: readonly Database[]; engine?: string; onClose: () => void; onGranted: (db: string, privilege: string) => void }) {
  const t = useAlibabaT();
  const [form] = Form.useForm();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const grant = useAlibabaChange(scope, (api, p: AlibabaParams<'GrantDbToAccount'>, region) => api.call('GrantDbToAccount', p, region || undefined), (a, r) => alibabaKeys.rds(a, r, instanceId));
  const privileges = privilegesFor(engine);

  const submit = async () => {
    const params: Record<string, unknown> = { ...present(form.getFieldsValue()), AccountName: account, DbInstanceId: instanceId };
    const bad = refusedFields(alibabaOperations.GrantDbToAccount.params, params);
    setRefused(bad);
    if (bad.size > 0) return;
    const done = await grant.mutateAsync(params as unknown as AlibabaParams<'GrantDbToAccount'>).then(() => true, () => false);
    if (done) {
      form.resetFields();
      grant.reset();
      onGranted(String(params.DbName), String(params.AccountPrivilege));
    }
  };

  return (
    <Modal
      open={!!account}
      title={t('rds.grantTitle', { account: account ?? '' })}
      okText={t('rds.grant')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: grant.isPending }}
      onCancel={() => {
        grant.reset();
        setRefused(new Set());
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small" initialValues={{ AccountPrivilege: 'ReadOnly' }} onFinish={submit}>
        <Form.Item name="DbName" label={t('rds.dbName')} required {...fieldState(refused, 'DbName', t('rds.dbRule'))}>
          <Select
            autoFocus
            aria-label={t('rds.dbName')}
            options={databases.map((d) => ({ value: text(d.DBName), label: text(d.DBName), disabled: d.DBStatus !== undefined && d.DBStatus !== 'Running' }))}
          />
        </Form.Item>
        <Form.Item name="AccountPrivilege" label={t('rds.privilege')} required {...fieldState(refused, 'AccountPrivilege', t('rds.privilegeRule'))}>
          <Select aria-label={t('rds.privilege')} options={privileges.map((p) => ({ value: p, label: t(`rds.privilege.${p}` as AlibabaMessageKey) }))} />
        </Form.Item>
      </Form>
      {grant.error ? <ErrorAlert error={grant.error} scope={{ account: scope?.account.name, region: scope?.region }} /> : null}
    </Modal>
  );
}
