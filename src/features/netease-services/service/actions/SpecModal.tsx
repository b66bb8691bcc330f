import { useState } from 'react';
import { Flex, Form, Radio, Tag } from 'antd';
import { useI18n } from '../../../../app/i18n/useI18n';
import { SERVICE_SPECS } from '../../../../providers/netease/operations/specs';
import { useServiceChange, type Target } from '../../shared/api';
import { detailSpec, specSummary } from '../../shared/rules';
import { useSvcT } from '../../useSvcT';
import { ActionModal, runChange, type ActionProps } from './ActionModal';

/** 9.13: one of 9.0's seven spec ids, stateless services only. */
export function SpecModal(props: ActionProps) {
  const t = useSvcT();
  const { lang } = useI18n();
  const info = props.service.service_info;
  const current = detailSpec(info.spec_info).id;
  const [specId, setSpecId] = useState<number | undefined>(current);
  const change = useServiceChange('updateServiceSpec', (api, v: Target & { spec_id: number }) => api.call('updateServiceSpec', { id: info.id, spec_id: v.spec_id }));
  const same = specId === current;
  const submit = () => {
    if (specId === undefined || same) return;
    void runChange(
      () => change.mutateAsync({ accountId: props.accountId, region: props.region, subject: `service:${info.id}`, spec_id: specId }),
      (answer) => props.onDone(t('actions.specChanged', { name: info.service_name, spec: specId }), answer),
    );
  };
  return (
    <ActionModal open={props.open} title={t('actions.specTitle', { name: info.service_name })} okText={t('actions.spec')} onOk={submit} onCancel={props.onClose} loading={change.isPending} error={change.error} accountName={props.accountName} width={620}>
      <Form layout="vertical">
        <Form.Item label={t('services.spec')} validateStatus={same ? 'warning' : undefined} help={same ? t('actions.specSame') : undefined} extra={same ? undefined : t('rules.spec')}>
          <Radio.Group value={specId} onChange={(e) => setSpecId(e.target.value as number)} aria-label={t('services.spec')}>
            <Flex vertical gap={4}>
              {SERVICE_SPECS.map((s) => (
                <Radio key={s.id} value={s.id}>
                  {specSummary(s, lang)} {s.id === current ? <Tag color="blue">{t('actions.current')}</Tag> : null}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
