import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import { alibabaOperations } from '../../../providers/alibaba/operations';
import type { AlibabaParams } from '../../../providers/alibaba/client';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldState, refusedFields } from '../shared/formErrors';
import { present } from '../shared/formValues';
import { alibabaKeys } from '../shared/keys';
import { useAlibabaChange } from '../shared/useAlibabaChange';
import { useAlibabaT } from '../useAlibabaT';
import type { AppEnvironment } from './types';

type Values = Pick<AlibabaParams<'CreatePersistentVolumeClaim'>, 'Name' | 'Capacity' | 'AccessModes' | 'StorageClass'>;

/** 1.5.1 CreatePersistentVolumeClaim in one application environment (AppId + EnvId). */
export function CreateClaimModal({ open, scope, env, envLabel, onClose, onCreated }: { open: boolean; scope?: Scope; env?: AppEnvironment; envLabel: string; onClose: () => void; onCreated: (name: string) => void }) {
  const t = useAlibabaT();
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const create = useAlibabaChange(scope, (api, p: AlibabaParams<'CreatePersistentVolumeClaim'>, region) => api.call('CreatePersistentVolumeClaim', p, region || undefined), alibabaKeys.storage);

  const submit = async () => {
    if (!env) return;
    const params: Record<string, unknown> = { ...present(form.getFieldsValue()), AppId: env.AppId, EnvId: env.EnvId };
    const bad = refusedFields(alibabaOperations.CreatePersistentVolumeClaim.params, params);
    setRefused(bad);
    if (bad.size > 0) return;
    const done = await create.mutateAsync(params as unknown as AlibabaParams<'CreatePersistentVolumeClaim'>).then(() => true, () => false);
    if (done) {
      form.resetFields();
      create.reset();
      onCreated(String(params.Name));
    }
  };
  const access = (['ReadWriteMany', 'ReadWriteOnce'] as const).map((v) => ({ value: v, label: t(`storage.access.${v}`) }));

  return (
    <Modal
      open={open}
      title={t('storage.createClaimTitle', { environment: envLabel })}
      okText={t('storage.createClaim')}
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
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('storage.claimBindsHint')} />
      <Form form={form} layout="vertical" size="small" initialValues={{ AccessModes: 'ReadWriteMany', Capacity: '100Gi' }} onFinish={submit}>
        <Form.Item name="Name" label={t('common.name')} required {...fieldState(refused, 'Name', t('storage.claimNameRule'))}>
          <Input autoFocus aria-label={t('common.name')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="Capacity" label={t('storage.capacity')} required {...fieldState(refused, 'Capacity', t('storage.capacityRule'))}>
          <Input aria-label={t('storage.capacity')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="AccessModes" label={t('storage.accessModes')} required>
          <Select aria-label={t('storage.accessModes')} options={access} />
        </Form.Item>
        <Form.Item name="StorageClass" label={t('storage.storageClass')} required {...fieldState(refused, 'StorageClass', t('storage.nameRule'))}>
          <Input aria-label={t('storage.storageClass')} autoComplete="off" />
        </Form.Item>
      </Form>
      {create.error ? <ErrorAlert error={create.error} scope={{ account: scope?.account.name, region: scope?.region }} /> : null}
    </Modal>
  );
}
