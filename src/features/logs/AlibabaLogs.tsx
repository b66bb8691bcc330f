import { useCallback, useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Segmented, Select, Typography } from 'antd';
import { useI18n } from '../../app/i18n/useI18n';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LogViewer, mergeByTime } from '../../ui/log-viewer';
import { alibabaApi, logKeys, useAlibabaApps, useAlibabaEnvs, useAlibabaOrders, useAlibabaPods, useProviderAccounts } from './api';
import { RangeControls } from './LogControls';
import { alibabaEventLines, alibabaStepLines } from './logic';
import { useLogStream, type LogFetcher } from './useLogStream';
import { useLogsT } from './useLogsT';
import { useUrlState } from '../shared/useUrlState';

const ALL = '*';

/**
 * Alibaba Jushita: account → application → environment → deploy order → pod (or all). Pod logs
 * and events belong to a deploy order (DescribePodLog / DescribePodEvents take DeployOrderId):
 * the newest order of the environment unless the URL names one (`order`).
 */
export function AlibabaLogs() {
  const t = useLogsT();
  const { lang } = useI18n();
  const { get, set } = useUrlState();
  const { list, account, accounts } = useProviderAccounts('alibaba', get('account'));
  const accountId = account?.id ?? '';
  const app = get('app');
  const env = get('env');
  const pod = get('pod');
  const view = get('view') === 'events' ? 'events' : 'log';
  const apps = useAlibabaApps(accountId);
  const envs = useAlibabaEnvs(accountId, app);
  const orders = useAlibabaOrders(accountId, app, env);
  const orderList = orders.data ?? [];
  const order = get('order') || String(orderList[0]?.DeployOrderId ?? '');
  const pods = useAlibabaPods(accountId, order);
  const podIds = useMemo(() => (pods.data ?? []).map((p) => String(p.AppInstanceId ?? '')).filter(Boolean), [pods.data]);

  // A link may name a pod without its order: pick the newest order that has that pod.
  useEffect(() => {
    if (!pod || get('order') || !pods.data || podIds.includes(pod) || orderList.length < 2) return;
    void (async () => {
      for (const o of orderList.slice(1, 10)) {
        const r = await alibabaApi(accountId).ListPods({ DeployOrderId: Number(o.DeployOrderId), PageNumber: 1, PageSize: 100 });
        if ((r.Data ?? []).some((p) => p.AppInstanceId === pod)) return set({ order: o.DeployOrderId });
      }
    })().catch(() => undefined);
  }, [pod, pods.data, podIds, orderList, accountId, get, set]);

  const scope = { account: account?.name };
  if (accounts.isSuccess && list.length === 0) return <EmptyState description={t('noAccounts', { provider: t('provider.alibaba') })} />;
  const ready = !!app && !!env && !!order;
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Select
          aria-label={t('account')}
          style={{ minWidth: 180 }}
          value={account?.id}
          onChange={(v) => set({ account: v, app: undefined, env: undefined, order: undefined, pod: undefined })}
          options={list.map((a) => ({ value: a.id, label: a.name }))}
        />
        <Select
          aria-label={t('app')}
          style={{ minWidth: 200 }}
          showSearch
          optionFilterProp="label"
          loading={apps.isLoading}
          placeholder={t('app')}
          value={app ? Number(app) : undefined}
          onChange={(v) => set({ app: v, env: undefined, order: undefined, pod: undefined })}
          options={(apps.data ?? []).map((a) => ({ value: a.AppId, label: `${a.Title ?? ''} (${a.AppId})` }))}
        />
        <Select
          aria-label={t('env')}
          style={{ minWidth: 180 }}
          disabled={!app}
          loading={envs.isLoading}
          placeholder={t('env')}
          value={env ? Number(env) : undefined}
          onChange={(v) => set({ env: v, order: undefined, pod: undefined })}
          options={(envs.data ?? []).map((e) => ({ value: e.EnvId, label: `${e.EnvName ?? ''} · ${e.EnvTypeName ?? ''}` }))}
        />
        <Select
          aria-label={t('order')}
          style={{ minWidth: 240 }}
          disabled={!env}
          loading={orders.isLoading}
          placeholder={t('order')}
          value={order ? Number(order) : undefined}
          onChange={(v) => set({ order: v, pod: undefined })}
          options={orderList.map((o) => ({ value: o.DeployOrderId, label: `#${o.DeployOrderId} ${o.Name ?? ''} · ${o.StatusName ?? ''}` }))}
        />
        <Select
          aria-label={t('pod')}
          style={{ minWidth: 240 }}
          disabled={!order}
          loading={pods.isLoading}
          value={pod || (view === 'events' ? undefined : ALL)}
          placeholder={t('pod')}
          onChange={(v) => set({ pod: v === ALL ? undefined : v })}
          options={[...(view === 'log' ? [{ value: ALL, label: t('allPods') }] : []), ...podIds.map((p) => ({ value: p, label: p }))]}
        />
        <Segmented
          value={view}
          onChange={(v) => set({ view: v === 'log' ? undefined : v }, { push: true })}
          options={[
            { value: 'log', label: t('view.log') },
            { value: 'events', label: t('view.events') },
          ]}
        />
      </Flex>
      {[apps, envs, orders, pods].map((q, i) => (q.error ? <ErrorAlert key={i} error={q.error} scope={scope} onRetry={() => void q.refetch()} /> : null))}
      {!app || !env ? (
        <EmptyState description={t('chooseEnv')} />
      ) : orders.isSuccess && orderList.length === 0 ? (
        <EmptyState description={t('noOrders')} />
      ) : !ready ? null : view === 'events' ? (
        pod ? <AlibabaEvents account={accountId} order={order} pod={pod} scope={scope} lang={lang} /> : <EmptyState description={t('choosePod')} />
      ) : (
        <AlibabaPodLog account={accountId} order={order} pods={pod ? [pod] : podIds} all={!pod} scope={scope} lang={lang} />
      )}
    </Flex>
  );
}

interface Target {
  account: string;
  order: string;
  scope: { account?: string };
  lang: 'zh-CN' | 'en';
}

function AlibabaPodLog(props: Target & { pods: string[]; all: boolean }) {
  const t = useLogsT();
  const { get } = useUrlState();
  const { account, order, pods } = props;
  const maxLines = Number(get('cap')) || 100_000;
  const podKey = pods.join(',');
  const fetcher = useCallback<LogFetcher>(
    async () => {
      const answers = await Promise.all(pods.map((p) => alibabaApi(account).DescribePodLog({ AppInstId: p, DeployOrderId: Number(order) })));
      const streams = answers.map((a, i) => alibabaStepLines(a.Result?.DeployStepList ?? [], pods[i]));
      return { lines: streams.length === 1 ? streams[0] : mergeByTime(streams), full: false };
    },
    // podKey stands for pods.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [account, order, podKey],
  );
  const key = [account, order, podKey].join('|');
  const stream = useLogStream(key, pods.length ? fetcher : null, { maxLines, canReadBack: false });
  return (
    <Flex vertical gap={6}>
      <Alert type="info" showIcon title={t('alibaba.stepHint')} />
      {stream.error ? <ErrorAlert error={stream.error} scope={props.scope} onRetry={stream.reload} /> : null}
      <LogViewer
        key={key}
        lines={stream.lines}
        maxLines={maxLines}
        locale={props.lang}
        height="calc(100vh - 320px)"
        showSource
        onFollowChange={stream.setFollowing}
        downloadName={`${props.all ? `order-${order}` : pods[0]}.log`}
        toolbarExtra={<RangeControls withRange={false} />}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="follow-state">
        {stream.following ? t('followPolling', { seconds: 3 }) : t('followPaused')}
      </Typography.Text>
    </Flex>
  );
}

function AlibabaEvents(props: Target & { pod: string }) {
  const t = useLogsT();
  const { account, order, pod } = props;
  const events = useQuery({
    queryKey: logKeys.alibaba(account, 'events', order, pod),
    queryFn: () => alibabaApi(account).DescribePodEvents({ AppInstId: pod, DeployOrderId: Number(order) }),
    refetchInterval: 10_000,
  });
  const lines = useMemo(() => alibabaEventLines(events.data?.Result?.PodEvents ?? [], pod), [events.data, pod]);
  return (
    <Flex vertical gap={6}>
      <Alert type="info" showIcon title={t('events.alibabaHint')} />
      {events.error ? <ErrorAlert error={events.error} scope={props.scope} onRetry={() => void events.refetch()} /> : null}
      <LogViewer lines={lines} locale={props.lang} height="calc(100vh - 320px)" downloadName={`${pod}-events.log`} />
    </Flex>
  );
}
