import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import type { AlibabaParams } from '../../../providers/alibaba/client';
import { alibabaOperations } from '../../../providers/alibaba/operations';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldState, refusedFields } from '../shared/formErrors';
import { present } from '../shared/formValues';
import { alibabaKeys } from '../shared/keys';
import { useAlibabaChange } from '../shared/useAlibabaChange';
import { useAlibabaT } from '../useAlibabaT';
import { charsetsFor } from './engine';

/** 6.5 CreateDb: name, character set of the instance's engine, optional description. */
export function CreateDbModal({ open, scope, instanceId, engine, onClose, onCreated }: { open: boolean; scope?: Scope; instanceId: string; engine?: string; onClose: () => void; onCreated: (name: string) => void }) {
  const t = useAlibabaT();
  const [form] = Form.useForm();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const create = useAlibabaChange(scope, (api, p: AlibabaParams<'CreateDb'>, region) => api.call('CreateDb', p, region || undefined), (a, r) => alibabaKeys.rds(a, r, instanceId));
  const charsets = charsetsFor(engine);

  const submit = async () => {
    const params: Record<string, unknown> = { ...present(form.getFieldsValue()), DbInstanceId: instanceId };
    const bad = refusedFields(alibabaOperations.CreateDb.params, params);
    if (params.CharacterSetName && !charsets.includes(String(params.CharacterSetName))) bad.add('CharacterSetName');
    setRefused(bad);
    if (bad.size > 0) return;
    const done = await create.mutateAsync(params as unknown as AlibabaParams<'CreateDb'>).then(() => true, () => false);
    if (done) {
      form.resetFields();
      create.reset();
      onCreated(String(params.DbName));
    }
  };

  return (
    <Modal
      open={open}
      title={t('rds.createDbTitle', { instance: instanceId })}
      okText={t('rds.createDb')}
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
      <Form form={form} layout="vertical" size="small" initialValues={{ CharacterSetName: charsets[0] }} onFinish={submit}>
        <Form.Item name="DbName" label={t('rds.dbName')} required {...fieldState(refused, 'DbName', t('rds.dbNameRule'))}>
          <Input autoFocus aria-label={t('rds.dbName')} maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="CharacterSetName" label={t('rds.charset')} required {...fieldState(refused, 'CharacterSetName', t('rds.charsetRule'))}>
          <Select aria-label={t('rds.charset')} options={charsets.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="DbDescription" label={t('rds.description')} {...fieldState(refused, 'DbDescription', t('rds.descriptionRule'), t('rds.descriptionHelp'))}>
          <Input aria-label={t('rds.description')} maxLength={256} autoComplete="off" />
        </Form.Item>
      </Form>
      {create.error ? <ErrorAlert error={create.error} scope={{ account: scope?.account.name, region: scope?.region }} /> : null}
    </Modal>
  );
}
