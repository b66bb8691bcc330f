import { useState } from 'react';
import { Form, Radio, Typography } from 'antd';
import { RESTART_OPTIONS } from '../../../../providers/netease/operations/enums';
import { useServiceChange, type Target } from '../../shared/api';
import { useSvcT } from '../../useSvcT';
import { ActionModal, runChange, type ActionProps } from './ActionModal';

type Option = (typeof RESTART_OPTIONS)[number];

/** 9.14: option=restart, or hard_reboot (cold restart, new containers), stateful services only. */
export function RestartModal(props: ActionProps & { option?: Option }) {
  const t = useSvcT();
  const info = props.service.service_info;
  const [option, setOption] = useState<Option>(props.option ?? 'restart');
  const restart = useServiceChange('restartService', (api, v: Target & { option: Option }) => api.call('restartService', { id: info.id, option: v.option }));
  const submit = () =>
    void runChange(
      () => restart.mutateAsync({ accountId: props.accountId, region: props.region, subject: `service:${info.id}`, option }),
      (answer) => props.onDone(t(option === 'restart' ? 'actions.restarted' : 'actions.hardRebooted', { name: info.service_name }), answer),
    );
  return (
    <ActionModal open={props.open} title={t('actions.restartTitle', { name: info.service_name })} okText={option === 'restart' ? t('actions.restart') : t('actions.hardReboot')} onOk={submit} onCancel={props.onClose} loading={restart.isPending} error={restart.error} accountName={props.accountName} danger={option === 'hard_reboot'}>
      <Form layout="vertical">
        <Form.Item label={t('actions.restartOption')}>
          <Radio.Group aria-label={t('actions.restartOption')} value={option} onChange={(e) => setOption(e.target.value as Option)}>
            <Radio value="restart">{t('actions.restart')} (restart)</Radio>
            <Radio value="hard_reboot">{t('actions.hardReboot')} (hard_reboot)</Radio>
          </Radio.Group>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{option === 'restart' ? t('actions.restartHint') : t('actions.hardRebootHint')}</Typography.Text>
    </ActionModal>
  );
}
