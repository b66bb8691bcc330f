import { Button, Descriptions, Empty, Flex, Form, InputNumber, Select, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../shared/format';
import type { RegistryScope } from '../api/client';
import { registryKeys } from '../api/keys';
import { useRegistryMutation } from '../api/useRegistryMutation';
import { ActionError } from '../components/ActionError';
import { useRegistryT } from '../messages';
import { RETENTION_TYPES, type RetentionType } from '../rules';

/** Automatic deletion strategy: view (GetAutoDelStrategy), set (SetAutoDelStrategy), close (CloseAutoDelStrategy). */
export function RetentionTab({ scope, reponame }: { scope: RegistryScope; reponame: string }) {
  const t = useRegistryT();
  const [form] = Form.useForm<{ type: RetentionType; val: number }>();
  const strategy = useQuery({ queryKey: registryKeys.strategy(scope.accountId, reponame), queryFn: () => scope.client.GetAutoDelStrategy({ reponame }, scope.region) });
  const set = useRegistryMutation(scope.accountId, (v: { type: RetentionType; val: number }) => scope.client.SetAutoDelStrategy({ reponame, type: v.type, val: v.val }, scope.region));
  const close = useRegistryMutation(scope.accountId, () => scope.client.CloseAutoDelStrategy({ reponame }, scope.region));
  const current = strategy.data?.strategyInfo?.find((s) => s.valid !== 0) ?? strategy.data?.strategyInfo?.[0];
  const active = !!current && current.valid !== 0;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Text type="secondary">{t('retention.explain')}</Typography.Text>
      {strategy.error ? <ErrorAlert error={strategy.error} scope={{ account: scope.accountName }} onRetry={() => void strategy.refetch()} /> : null}
      <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
        {t('retention.current')}
      </Typography.Title>
      {current ? (
        <Descriptions size="small" bordered column={2} data-testid="retention-current">
          <Descriptions.Item label={t('retention.type')}>{RETENTION_TYPES.includes(current.type as RetentionType) ? t(`retention.${current.type as RetentionType}`) : current.type}</Descriptions.Item>
          <Descriptions.Item label={t('retention.value')}>{current.value}</Descriptions.Item>
          <Descriptions.Item label={t('retention.valid')}>
            <Tag color={active ? 'green' : 'default'}>{active ? '✓' : '—'}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('common.created')}>{formatDate(current.creation_time)}</Descriptions.Item>
        </Descriptions>
      ) : (
        !strategy.isLoading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('retention.none')} />
      )}
      <Form form={form} layout="inline" initialValues={{ type: 'keep_last_nums', val: 10 }} onFinish={(v) => set.mutate(v)}>
        <Form.Item name="type" label={t('retention.type')} rules={[{ required: true, message: t('field.required') }]}>
          <Select aria-label={t('retention.type')} style={{ width: 220 }} options={RETENTION_TYPES.map((v) => ({ value: v, label: t(`retention.${v}`) }))} />
        </Form.Item>
        <Form.Item name="val" label={t('retention.value')} rules={[{ required: true, message: t('field.required') }, { type: 'integer', min: 1, message: t('retention.valueRule') }]}>
          <InputNumber aria-label={t('retention.value')} min={1} precision={0} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={set.isPending}>
          {t('retention.set')}
        </Button>
        <Button danger disabled={!active} loading={close.isPending} onClick={() => close.mutate(undefined)} style={{ marginLeft: 8 }}>
          {t('retention.close')}
        </Button>
      </Form>
      <ActionError error={set.error ?? close.error} account={scope.accountName} />
    </Flex>
  );
}
