import { useState } from 'react';
import { Form, InputNumber, Modal, Typography } from 'antd';
import type { Scope } from '../../app/accounts/scope';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { num } from '../alibaba/shared/values';
import type { AppsMessageKey } from './messages';
import { scaleProblem } from './rules';
import { useSeedOnOpen } from './formState';
import { useAppsChange } from './useApps';
import { useAppsT } from './useAppsT';

/** 3.1.3 ScaleApp: the number of application instances (a whole number ≥ 0, not the current one). */
export function ScaleModal(props: { open: boolean; scope?: Scope; envId?: number; envName: string; current?: number; onClose: () => void; onStarted: (orderId: number) => void }) {
  const t = useAppsT();
  const [replicas, setReplicas] = useState<number | null>(null);
  const [problem, setProblem] = useState<AppsMessageKey>();
  const scale = useAppsChange(props.scope, (api, p: { EnvId: number; Replicas: number }, region) => api.call('ScaleApp', p, region));

  useSeedOnOpen(props.open, props.current !== undefined, () => setReplicas(props.current! + 1));

  const close = () => {
    scale.reset();
    setProblem(undefined);
    props.onClose();
  };
  const submit = async () => {
    const p = scaleProblem(replicas, props.current);
    setProblem(p);
    if (p || props.envId === undefined) return;
    try {
      const r = await scale.mutateAsync({ EnvId: props.envId, Replicas: replicas! });
      const id = num(r.Result?.DeployOrderId);
      scale.reset();
      if (id !== undefined) props.onStarted(id);
      else props.onClose();
    } catch {
      // Shown below.
    }
  };

  return (
    <Modal open={props.open} title={t('scale.title', { env: props.envName })} okText={t('scale.submit')} cancelText={t('common.cancel')} onOk={submit} okButtonProps={{ loading: scale.isPending }} onCancel={close} destroyOnHidden>
      <Form layout="vertical" size="small" onFinish={submit}>
        <Form.Item label={t('scale.replicas')} required validateStatus={problem ? 'error' : undefined} help={problem ? t(problem) : props.current !== undefined ? t('scale.current', { count: props.current }) : undefined}>
          <InputNumber autoFocus aria-label={t('scale.replicas')} min={0} precision={0} value={replicas} onChange={(v) => setReplicas(typeof v === 'number' ? v : null)} onPressEnter={submit} style={{ width: 160 }} />
        </Form.Item>
      </Form>
      {scale.error ? <ErrorAlert error={scale.error} scope={{ account: props.scope?.account.name, region: props.scope?.region }} /> : null}
      <Typography.Text type="secondary" />
    </Modal>
  );
}
