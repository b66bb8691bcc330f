import { useEffect } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useClusterChange, type ClusterRef } from '../api/queries';
import type { NodeRow } from '../api/types';
import { formatLabels, parseLabels } from '../rules';
import { useClustersT } from '../useClustersT';

/** ModifyClusterNodeLabel: sets the given keys on the node (keys not given stay as they are). */
export function NodeLabelsModal({ node, clusterRef: ref, onClose }: { node?: NodeRow; clusterRef: ClusterRef; onClose: () => void }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ labels: string }>();
  const change = useClusterChange(ref, (s, labels: Record<string, string>) =>
    s.client.ModifyClusterNodeLabel({ clusterId: ref.clusterId, instanceId: node!.instanceId!, labels: Object.entries(labels).map(([key, value]) => ({ key, value })) }, s.region),
  );
  useEffect(() => {
    if (node) {
      form.setFieldsValue({ labels: formatLabels(node.labels) });
      change.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [node]);
  return (
    <Modal open={!!node} title={t('labels.nodeTitle', { name: node?.instanceName ?? node?.instanceId ?? '' })} okText={t('common.save')} cancelText={t('common.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={change.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await change.mutateAsync(parseLabels(v.labels).labels).then(
            () => {
              message.success(t('labels.saved'));
              onClose();
            },
            () => undefined,
          );
        }}
      >
        <Form.Item
          name="labels"
          label={t('field.labels')}
          extra={t('labels.nodeHelp')}
          rules={[
            {
              validator: async (_, text: string) => {
                const parsed = parseLabels(text ?? '');
                if (parsed.problem) throw new Error(`${t(parsed.problem)}: ${parsed.at}`);
                if (Object.keys(parsed.labels).length === 0) throw new Error(t('rule.labelsOne'));
              },
            },
          ]}
        >
          <Input.TextArea rows={5} autoFocus spellCheck={false} style={{ fontFamily: 'monospace' }} placeholder={'app=web\nzone=a'} />
        </Form.Item>
      </Form>
      {change.error && <ErrorAlert error={change.error} scope={{ account: ref.accountId, region: ref.region }} />}
    </Modal>
  );
}
