import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Select, Typography } from 'antd';
import { useI18n } from '../../app/i18n/useI18n';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CapacityBar } from '../../ui/metric-chart';
import { alibabaApi, useAlibabaApps, useAlibabaEnvs, useProviderAccounts } from '../logs/api';
import { useUrlState } from '../shared/useUrlState';
import { quantity } from './capacityMath';
import { useMonitoringT } from './useMonitoringT';

/** Alibaba: every cluster's workload (QueryClusterDetail) and an application's resource allocations. */
export function AlibabaCapacity() {
  const t = useMonitoringT();
  const { lang } = useI18n();
  const { get, set } = useUrlState();
  const { list, account, accounts } = useProviderAccounts('alibaba', get('account'));
  const accountId = account?.id ?? '';
  const app = get('app');
  const clusters = useQuery({
    queryKey: ['alibaba', accountId, '', 'monitor', 'clusters'],
    queryFn: async () => (await alibabaApi(accountId).ListCluster({ PageNum: 1, PageSize: 100 })).Data ?? [],
    enabled: !!accountId,
  });
  const details = useQueries({
    queries: (clusters.data ?? []).map((c) => ({
      queryKey: ['alibaba', accountId, '', 'monitor', 'clusterDetail', String(c.InstanceId ?? '')],
      queryFn: () => alibabaApi(accountId).QueryClusterDetail({ ClusterInstanceId: String(c.InstanceId ?? '') }),
    })),
  });
  const apps = useAlibabaApps(accountId);
  const envs = useAlibabaEnvs(accountId, app);
  const allocs = useQueries({
    queries: (envs.data ?? []).map((e) => ({
      queryKey: ['alibaba', accountId, '', 'monitor', 'alloc', e.EnvId],
      queryFn: () => alibabaApi(accountId).DescribeAppResourceAlloc({ AppEnvId: Number(e.EnvId) }),
      retry: false,
    })),
  });
  const scope = { account: account?.name };
  if (accounts.isSuccess && list.length === 0) return <EmptyState description={t('noAccounts', { provider: t('provider.alibaba') })} />;
  const bound = allocs.map((a, i) => ({ a, env: envs.data?.[i] })).filter((x) => x.a.data?.Result);
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        {list.length > 1 && (
          <Select aria-label={t('account')} style={{ minWidth: 180 }} value={account?.id} onChange={(v) => set({ account: v, app: undefined })} options={list.map((a) => ({ value: a.id, label: a.name }))} />
        )}
        <Typography.Text type="secondary">{t('capacity.alibabaHint')}</Typography.Text>
      </Flex>
      {clusters.error ? <ErrorAlert error={clusters.error} scope={scope} onRetry={() => void clusters.refetch()} /> : null}
      <Row gutter={[12, 12]}>
        {(clusters.data ?? []).map((c, i) => {
          const d = details[i];
          const w = (d.data?.Result as { WorkLoad?: Record<string, unknown> } | undefined)?.WorkLoad;
          const info = d.data?.Result?.InstanceInfo;
          return (
            <Col key={String(c.InstanceId)} xs={24} lg={12} xxl={8}>
              <Card size="small" title={`${c.ClusterTitle ?? ''} (${c.InstanceId ?? ''})`}>
                {d.error ? <ErrorAlert error={d.error} scope={scope} onRetry={() => void d.refetch()} /> : null}
                {w && (
                  <Flex vertical gap={8}>
                    <CapacityBar label={t('capacity.cpu')} capacity={quantity(w.CpuCapacityTotal ?? w.CpuTotal) ?? 0} request={quantity(w.CpuRequest)} used={quantity(w.CpuUse)} unit="cores" locale={lang} />
                    <CapacityBar label={t('capacity.memory')} capacity={quantity(w.MemCapacityTotal ?? w.MemTotal) ?? 0} request={quantity(w.MemRequest)} used={quantity(w.MemUse)} unit="GiB" locale={lang} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('capacity.pods')}: {String(info?.AllocatePodCount ?? '-')} · {t('capacity.apps')}: {String(info?.AppCount ?? '-')}
                    </Typography.Text>
                  </Flex>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
      <Flex gap={8} align="center">
        <Select
          aria-label={t('app')}
          style={{ minWidth: 240 }}
          placeholder={t('app')}
          showSearch
          optionFilterProp="label"
          value={app ? Number(app) : undefined}
          onChange={(v) => set({ app: v })}
          options={(apps.data ?? []).map((a) => ({ value: a.AppId, label: `${a.Title ?? ''} (${a.AppId})` }))}
        />
      </Flex>
      {app && envs.isSuccess && (
        <Flex vertical gap={4} data-testid="allocs">
          {bound.length === 0 ? (
            <Typography.Text type="secondary">{t('capacity.noAlloc')}</Typography.Text>
          ) : (
            bound.map(({ a, env }) => {
              const clusterId = String(a.data?.Result?.ClusterId ?? '');
              const def = resourceDef(a.data?.Result?.ResourceDef);
              const at = (clusters.data ?? []).findIndex((c) => String(c.InstanceId) === clusterId);
              const w = (details[at]?.data?.Result as { WorkLoad?: Record<string, unknown> } | undefined)?.WorkLoad;
              return (
                <Flex key={String(env?.EnvId)} vertical gap={4} style={{ maxWidth: 520 }}>
                  <Typography.Text strong>{t('capacity.alloc', { env: String(env?.EnvName ?? env?.EnvId), cluster: clusterId })}</Typography.Text>
                  <CapacityBar label={t('capacity.cpu')} capacity={quantity(w?.CpuCapacityTotal ?? w?.CpuTotal) ?? 0} request={quantity(def.cpu)} unit="cores" locale={lang} />
                  <CapacityBar label={t('capacity.memory')} capacity={quantity(w?.MemCapacityTotal ?? w?.MemTotal) ?? 0} request={quantity(def.memory)} unit="GiB" locale={lang} />
                  <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
                    {String(a.data?.Result?.ResourceDef ?? '')}
                  </Typography.Text>
                </Flex>
              );
            })
          )}
        </Flex>
      )}
    </Flex>
  );
}

/** DescribeAppResourceAlloc's `ResourceDef`: a JSON string such as {"cpu":"1","memory":"2Gi"}. */
function resourceDef(text: unknown): { cpu?: unknown; memory?: unknown } {
  try {
    const v = JSON.parse(String(text ?? '')) as unknown;
    return v && typeof v === 'object' ? (v as { cpu?: unknown; memory?: unknown }) : {};
  } catch {
    return {};
  }
}
