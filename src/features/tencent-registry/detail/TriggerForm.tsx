import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import type { RegistryScope } from '../api/client';
import type { TriggerRow } from '../api/lists';
import { useRegistryMutation } from '../api/useRegistryMutation';
import { ActionError } from '../components/ActionError';
import { useRegistryT } from '../messages';
import { CLUSTER_REGIONS, CLUSTER_REGION_OF, INVOKE_METHODS, TRIGGER_NAME, invokeExprError, type ClusterRegion, type InvokeMethod } from '../rules';

export interface TriggerValues {
  triggerName: string;
  invokeMethod: InvokeMethod;
  invokeExpr?: string;
  clusterRegion: ClusterRegion;
  clusterId: string;
  namespace: string;
  serviceName: string;
  containerName: string;
}

const fromRow = (r: TriggerRow): Partial<TriggerValues> => ({
  triggerName: r.triggerName,
  invokeMethod: r.invokeCondition?.invokeMethod as InvokeMethod,
  invokeExpr: r.invokeCondition?.invokeExpr,
  clusterRegion: r.invokePara?.clusterRegion as ClusterRegion,
  clusterId: r.invokePara?.clusterId,
  namespace: r.invokePara?.namespace,
  serviceName: r.invokePara?.serviceName,
  containerName: r.invokePara?.containerName,
});

/** AddUpdateServiceTrigger, or ModifyUpdateServiceTrigger when `editing` names an existing trigger (renaming sends newTriggerName). */
export function TriggerForm({ scope, reponame, open, editing, onClose }: { scope: RegistryScope; reponame: string; open: boolean; editing?: TriggerRow; onClose: () => void }) {
  const t = useRegistryT();
  const [form] = Form.useForm<TriggerValues>();
  const method = Form.useWatch('invokeMethod', form) ?? 'all';
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(editing ? fromRow(editing) : { invokeMethod: 'all', clusterRegion: CLUSTER_REGION_OF[scope.region ?? ''] ?? 1, namespace: 'default' });
  }, [open, editing, form, scope.region]);
  const save = useRegistryMutation(
    scope.accountId,
    (v: TriggerValues) => {
      const common = { reponame, invokeMethod: v.invokeMethod, ...(v.invokeMethod === 'all' ? {} : { invokeExpr: v.invokeExpr?.trim() }), clusterRegion: v.clusterRegion, clusterId: v.clusterId, namespace: v.namespace, serviceName: v.serviceName, containerName: v.containerName };
      if (!editing) return scope.client.AddUpdateServiceTrigger({ triggerName: v.triggerName, ...common }, scope.region);
      const rename = v.triggerName !== editing.triggerName ? { newTriggerName: v.triggerName } : {};
      return scope.client.ModifyUpdateServiceTrigger({ triggerName: editing.triggerName ?? '', ...rename, ...common }, scope.region);
    },
    () => close(),
  );
  const close = () => {
    save.reset();
    onClose();
  };
  const submit = async () => save.mutate(await form.validateFields());
  const required = { required: true, message: t('field.required') };
  return (
    <Modal
      open={open}
      title={editing ? t('trigger.modify', { name: editing.triggerName ?? '' }) : t('trigger.add')}
      okText={editing ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={close}
      confirmLoading={save.isPending}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" size="small">
        <Form.Item name="triggerName" label={editing ? t('trigger.newName') : t('trigger.name')} extra={t('trigger.nameRule')} rules={[required, { pattern: TRIGGER_NAME, message: t('trigger.nameRule') }]}>
          <Input autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item name="invokeMethod" label={t('trigger.method')} rules={[required]}>
          <Select aria-label={t('trigger.method')} options={INVOKE_METHODS.map((m) => ({ value: m, label: t(`trigger.method.${m}`) }))} />
        </Form.Item>
        {method !== 'all' && (
          <Form.Item
            name="invokeExpr"
            label={t('trigger.expr')}
            extra={t(method === 'taglist' ? 'trigger.exprTaglist' : 'trigger.exprRegex')}
            rules={[
              {
                validator: async (_, v: string | undefined) => {
                  const problem = invokeExprError(method, v);
                  if (problem) throw new Error(t(problem === 'regex' ? 'trigger.exprInvalid' : 'field.required'));
                },
              },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="clusterRegion" label={t('trigger.clusterRegion')} rules={[required]}>
          <Select aria-label={t('trigger.clusterRegion')} options={CLUSTER_REGIONS.map((r) => ({ value: r, label: t(`trigger.region.${r}`) }))} />
        </Form.Item>
        <Form.Item name="clusterId" label={t('trigger.clusterId')} rules={[required]}>
          <Input autoComplete="off" placeholder="cls-…" />
        </Form.Item>
        <Form.Item name="namespace" label={t('trigger.namespace')} rules={[required]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="serviceName" label={t('trigger.service')} rules={[required]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="containerName" label={t('trigger.container')} rules={[required]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
      <ActionError error={save.error} account={scope.accountName} />
    </Modal>
  );
}
