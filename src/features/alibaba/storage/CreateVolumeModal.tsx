import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import { alibabaOperations } from '../../../providers/alibaba/operations';
import type { AlibabaParams } from '../../../providers/alibaba/client';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldState, refusedFields } from '../shared/formErrors';
import { present } from '../shared/formValues';
import { alibabaKeys } from '../shared/keys';
import { useAlibabaChange } from '../shared/useAlibabaChange';
import { useAlibabaT } from '../useAlibabaT';

type Values = Omit<AlibabaParams<'CreatePersistentVolume'>, 'ClusterInstanceId'>;

const INITIAL = { AccessModes: 'ReadWriteMany', ReclaimPolicy: 'Retain', NFSVersion: '4.0', MountDir: '/', Capacity: '100Gi' };

/** 5.1.1 CreatePersistentVolume: an NFS (NAS) volume in one cluster, every field of the table. */
export function CreateVolumeModal({ open, scope, clusterId, clusterTitle, onClose, onCreated }: { open: boolean; scope?: Scope; clusterId: string; clusterTitle: string; onClose: () => void; onCreated: (name: string) => void }) {
  const t = useAlibabaT();
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const create = useAlibabaChange(scope, (api, p: AlibabaParams<'CreatePersistentVolume'>, region) => api.call('CreatePersistentVolume', p, region || undefined), alibabaKeys.storage);

  const submit = async () => {
    const params: Record<string, unknown> = { ...present(form.getFieldsValue()), ClusterInstanceId: clusterId };
    const bad = refusedFields(alibabaOperations.CreatePersistentVolume.params, params);
    setRefused(bad);
    if (bad.size > 0) return;
    const done = await create.mutateAsync(params as unknown as AlibabaParams<'CreatePersistentVolume'>).then(() => true, () => false);
    if (done) {
      form.resetFields();
      create.reset();
      onCreated(String(params.Name));
    }
  };
  const access = (['ReadWriteMany', 'ReadWriteOnce'] as const).map((v) => ({ value: v, label: t(`storage.access.${v}`) }));
  const reclaim = (['Retain', 'Delete'] as const).map((v) => ({ value: v, label: t(`storage.reclaim.${v}`) }));

  return (
    <Modal
      open={open}
      title={t('storage.createVolumeTitle', { cluster: clusterTitle })}
      okText={t('storage.createVolume')}
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
      <Form form={form} layout="vertical" size="small" initialValues={INITIAL} onFinish={submit}>
        <Form.Item name="Name" label={t('common.name')} required {...fieldState(refused, 'Name', t('storage.nameRule'))}>
          <Input autoFocus aria-label={t('common.name')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="Capacity" label={t('storage.capacity')} required {...fieldState(refused, 'Capacity', t('storage.capacityRule'))}>
          <Input aria-label={t('storage.capacity')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="AccessModes" label={t('storage.accessModes')} required>
          <Select aria-label={t('storage.accessModes')} options={access} />
        </Form.Item>
        <Form.Item name="ReclaimPolicy" label={t('storage.reclaimPolicy')} required>
          <Select aria-label={t('storage.reclaimPolicy')} options={reclaim} />
        </Form.Item>
        <Form.Item name="StorageClass" label={t('storage.storageClass')} required {...fieldState(refused, 'StorageClass', t('storage.nameRule'))}>
          <Input aria-label={t('storage.storageClass')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="MountTargetDomain" label={t('storage.mountTarget')} required {...fieldState(refused, 'MountTargetDomain', t('storage.mountTargetRule'), t('storage.mountTargetHelp'))}>
          <Input aria-label={t('storage.mountTarget')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="MountDir" label={t('storage.mountDir')} help={t('storage.mountDirHelp')}>
          <Input aria-label={t('storage.mountDir')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="NFSVersion" label={t('storage.nfsVersion')} required>
          <Select aria-label={t('storage.nfsVersion')} options={['3', '4.0'].map((v) => ({ value: v, label: v }))} />
        </Form.Item>
      </Form>
      {create.error ? <ErrorAlert error={create.error} scope={{ account: scope?.account.name, region: scope?.region }} /> : null}
    </Modal>
  );
}
