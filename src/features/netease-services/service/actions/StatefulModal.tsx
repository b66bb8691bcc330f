import { useState } from 'react';
import { Form, InputNumber, Radio, Tag, Typography } from 'antd';
import { neteaseOps } from '../../../../providers/netease/operations';
import { PUBLIC_NET_TYPES } from '../../../../providers/netease/operations/enums';
import { useServiceChange, type Target } from '../../shared/api';
import { field } from '../../shared/field';
import { detailPublicNet, issuePaths, type PublicNet } from '../../shared/rules';
import { useSvcT } from '../../useSvcT';
import { ActionModal, runChange, type ActionProps } from './ActionModal';

/** 9.8: the public network's billing type and bandwidth; `used` stays as it is (the document's notice). */
export function StatefulModal(props: ActionProps) {
  const t = useSvcT();
  const info = props.service.service_info;
  const current = detailPublicNet(info.state_public_net);
  const [type, setType] = useState<PublicNet['type']>(current.type);
  const [bandwidth, setBandwidth] = useState<number | null>(current.bandwidth || null);
  const [problems, setProblems] = useState(new Map<string, string>());
  const change = useServiceChange('updateStatefulService', (api, v: Target & { state_public_net: PublicNet }) => api.call('updateStatefulService', { id: info.id, state_public_net: v.state_public_net }));
  const submit = () => {
    const state_public_net = { used: current.used, type, bandwidth: bandwidth ?? (undefined as unknown as number) };
    const bad = issuePaths(neteaseOps.updateStatefulService.params, { id: info.id, state_public_net });
    setProblems(bad);
    if (bad.size) return;
    void runChange(
      () => change.mutateAsync({ accountId: props.accountId, region: props.region, subject: `service:${info.id}`, state_public_net }),
      (answer) => props.onDone(t('actions.statefulSaved', { name: info.service_name }), answer),
    );
  };
  return (
    <ActionModal open={props.open} title={t('actions.statefulTitle', { name: info.service_name })} okText={t('actions.save')} onOk={submit} onCancel={props.onClose} loading={change.isPending} error={change.error} accountName={props.accountName}>
      <Typography.Text type="secondary">
        {t('publicNet.used')}: <Tag>{current.used ? t('common.yes') : t('common.no')}</Tag> {t('rules.publicNetUsed')}
      </Typography.Text>
      <Form layout="vertical">
        <Form.Item label={t('publicNet.type')} {...field(problems, 'state_public_net.type', t('rules.publicNetType'))}>
          <Radio.Group aria-label={t('publicNet.type')} value={type} onChange={(e) => setType(e.target.value as PublicNet['type'])} options={PUBLIC_NET_TYPES.map((v) => ({ value: v, label: t(`publicNet.type.${v}`) }))} />
        </Form.Item>
        <Form.Item label={t('publicNet.bandwidth')} {...field(problems, 'state_public_net.bandwidth', t('rules.bandwidth'))}>
          <InputNumber aria-label={t('publicNet.bandwidth')} value={bandwidth} onChange={setBandwidth} precision={0} style={{ width: 160 }} suffix="Mbps" />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
