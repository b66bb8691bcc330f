import { useState } from 'react';
import { Form, InputNumber, Typography } from 'antd';
import { neteaseOps } from '../../../../providers/netease/operations';
import { useServiceChange, type Target } from '../../shared/api';
import { field } from '../../shared/field';
import { issuePaths } from '../../shared/rules';
import { useSvcT } from '../../useSvcT';
import { ActionModal, runChange, type ActionProps } from './ActionModal';

/** 9.11: new_replicas 1-5, stateless services only. */
export function ScaleModal(props: ActionProps) {
  const t = useSvcT();
  const info = props.service.service_info;
  const [replicas, setReplicas] = useState<number | null>(info.replicas);
  const [problems, setProblems] = useState(new Map<string, string>());
  const scale = useServiceChange('scaleService', (api, v: Target & { new_replicas: number }) => api.call('scaleService', { id: info.id, new_replicas: v.new_replicas }));
  const submit = () => {
    const params = { id: info.id, new_replicas: replicas ?? undefined };
    const bad = issuePaths(neteaseOps.scaleService.params, params);
    setProblems(bad);
    if (bad.size || replicas === null) return;
    void runChange(
      () => scale.mutateAsync({ accountId: props.accountId, region: props.region, subject: `service:${info.id}`, new_replicas: replicas }),
      (answer) => props.onDone(t('actions.scaled', { name: info.service_name, replicas }), answer),
    );
  };
  return (
    <ActionModal open={props.open} title={t('actions.scaleTitle', { name: info.service_name })} okText={t('actions.scale')} onOk={submit} onCancel={props.onClose} loading={scale.isPending} error={scale.error} accountName={props.accountName}>
      <Typography.Text type="secondary">{t('actions.currentReplicas', { replicas: info.replicas })}</Typography.Text>
      <Form layout="vertical">
        <Form.Item label={t('actions.newReplicas')} {...field(problems, 'new_replicas', t('rules.replicas'))}>
          <InputNumber autoFocus aria-label={t('actions.newReplicas')} value={replicas} onChange={setReplicas} precision={0} style={{ width: 160 }} onPressEnter={submit} />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
