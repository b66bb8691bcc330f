import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Select, Spin, Typography } from 'antd';
import { useI18n } from '../../app/i18n/useI18n';
import { accountClient } from '../../providers/core/client';
import { httpTransport } from '../../providers/core/transport';
import { neteaseClient, unwrapNetease } from '../../providers/netease/client';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CapacityBar, formatValue } from '../../ui/metric-chart';
import { useProviderAccounts } from '../logs/api';
import { useUrlState } from '../shared/useUrlState';
import { neteaseSpaceUsage } from './capacityMath';
import { useMonitoringT } from './useMonitoringT';

const neteaseApi = (accountId: string) => neteaseClient(accountClient(httpTransport, unwrapNetease, accountId));

/** NetEase has no metrics API: each space's services as replicas × their 9.0 spec. */
export function NeteaseCapacity() {
  const t = useMonitoringT();
  const { lang } = useI18n();
  const { get, set } = useUrlState();
  const { list, account, accounts } = useProviderAccounts('netease', get('account'));
  const accountId = account?.id ?? '';
  const spaces = useQuery({
    queryKey: ['netease', accountId, '', 'monitor', 'spaces'],
    queryFn: async () => (await neteaseApi(accountId).listNamespaces({})).namespaces,
    enabled: !!accountId,
  });
  const services = useQueries({
    queries: (spaces.data ?? []).map((s) => ({
      queryKey: ['netease', accountId, '', 'monitor', 'services', s.id],
      queryFn: () => neteaseApi(accountId).listServices({ id: s.id, offset: 0, limit: 100 }),
    })),
  });
  const scope = { account: account?.name };
  if (accounts.isSuccess && list.length === 0) return <EmptyState description={t('noAccounts', { provider: t('provider.netease') })} />;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        {list.length > 1 && <Select aria-label={t('account')} style={{ minWidth: 180 }} value={account?.id} onChange={(v) => set({ account: v })} options={list.map((a) => ({ value: a.id, label: a.name }))} />}
        <Typography.Text type="secondary">{t('capacity.neteaseHint')}</Typography.Text>
      </Flex>
      {spaces.error ? <ErrorAlert error={spaces.error} scope={scope} onRetry={() => void spaces.refetch()} /> : null}
      <Row gutter={[12, 12]}>
        {(spaces.data ?? []).map((space, i) => {
          const q = services[i];
          const usage = neteaseSpaceUsage(q.data?.microservice_infos ?? []);
          return (
            <Col key={space.id} xs={24} lg={12} xxl={8}>
              <Card size="small" title={t('capacity.space', { name: space.display_name || space.namespace })}>
                {q.error ? <ErrorAlert error={q.error} scope={scope} onRetry={() => void q.refetch()} /> : null}
                <Flex vertical gap={8}>
                  {usage.rows.map((r) => (
                    <CapacityBar
                      key={r.name}
                      label={t('capacity.serviceShare', { service: r.name, replicas: r.replicas, spec: r.spec ? (lang === 'zh-CN' ? r.spec.name : r.spec.nameEn) : '?' })}
                      capacity={usage.cpu}
                      request={r.cpu}
                      unit="cores"
                      locale={lang}
                    />
                  ))}
                  {q.isLoading && <Spin size="small" />}
                  {q.isSuccess && usage.rows.length === 0 && <Typography.Text type="secondary">{t('capacity.noServices')}</Typography.Text>}
                  {usage.rows.length > 0 && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('capacity.spaceCpu')}: {formatValue(usage.cpu, 'cores', lang)} · {t('capacity.memory')}: {formatValue(usage.memoryMb, 'MiB')}
                    </Typography.Text>
                  )}
                </Flex>
              </Card>
            </Col>
          );
        })}
      </Row>
    </Flex>
  );
}
