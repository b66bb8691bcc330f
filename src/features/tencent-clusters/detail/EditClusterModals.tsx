import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useClusterChange, type ClusterRef } from '../api/queries';
import type { ClusterRow } from '../api/types';
import { useClustersT } from '../useClustersT';

interface Props {
  open: boolean;
  cluster: ClusterRow;
  clusterRef: ClusterRef;
  onClose: () => void;
}

/** ModifyClusterAttributes: name and description. */
export function EditClusterModal({ open, cluster, clusterRef, onClose }: Props) {
  const t = useClustersT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ clusterName: string; clusterDesc: string }>();
  const change = useClusterChange(clusterRef, (s, v: { clusterName: string; clusterDesc: string }) =>
    s.client.ModifyClusterAttributes({ clusterId: clusterRef.clusterId, clusterName: v.clusterName.trim(), clusterDesc: v.clusterDesc }, s.region),
  );
  useEffect(() => {
    if (open) {
      form.setFieldsValue({ clusterName: cluster.clusterName ?? '', clusterDesc: cluster.description ?? '' });
      change.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <Modal open={open} title={t('edit.title')} okText={t('common.save')} cancelText={t('common.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={change.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await change.mutateAsync(v).then(
            () => {
              message.success(t('edit.saved'));
              onClose();
            },
            () => undefined,
          );
        }}
      >
        <Form.Item name="clusterName" label={t('field.clusterName')} rules={[{ required: true, whitespace: true, message: t('rule.required') }]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="clusterDesc" label={t('field.clusterDesc')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {/* Enter in a field submits, as the OK button does. */}
        <button type="submit" style={{ display: 'none' }} aria-hidden tabIndex={-1} />
      </Form>
      {change.error && <ErrorAlert error={change.error} scope={{ account: clusterRef.accountId, region: clusterRef.region }} />}
    </Modal>
  );
}

/** ModifyProjectId: the project new resources of the cluster go to. */
export function ProjectModal({ open, cluster, clusterRef, onClose }: Props) {
  const t = useClustersT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ projectId: number }>();
  const change = useClusterChange(clusterRef, (s, projectId: number) => s.client.ModifyProjectId({ clusterId: clusterRef.clusterId, projectId }, s.region));
  useEffect(() => {
    if (open) {
      form.setFieldsValue({ projectId: cluster.projectId ?? 0 });
      change.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <Modal open={open} title={t('project.title')} okText={t('common.save')} cancelText={t('common.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={change.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await change.mutateAsync(v.projectId).then(
            () => {
              message.success(t('project.saved', { id: v.projectId }));
              onClose();
            },
            () => undefined,
          );
        }}
      >
        <Form.Item name="projectId" label={t('field.projectId')} extra={t('project.help')} rules={[{ required: true, message: t('rule.required') }, { type: 'integer', min: 0, message: t('rule.nonNegativeInt') }]}>
          <InputNumber min={0} precision={0} style={{ width: 200 }} autoFocus />
        </Form.Item>
        {/* Enter in a field submits, as the OK button does. */}
        <button type="submit" style={{ display: 'none' }} aria-hidden tabIndex={-1} />
      </Form>
      {change.error && <ErrorAlert error={change.error} scope={{ account: clusterRef.accountId, region: clusterRef.region }} />}
    </Modal>
  );
}
