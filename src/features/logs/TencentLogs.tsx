import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Segmented, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/useI18n';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LogViewer } from '../../ui/log-viewer';
import { links } from '../shared/links';
import { logKeys, tencentApi } from './api';
import { RangeControls } from './LogControls';
import { FIRST_TAIL, FOLLOW_MS, instanceLogLines, MAX_TAIL, readInstant, sinceFor, tencentEventLines, tencentTime } from './logic';
import { useLogStream, type LogFetcher } from './useLogStream';
import { useLogsT } from './useLogsT';
import { serviceOptions, TencentScopePickers } from './TencentScopePickers';
import { useTencentTarget } from './useTencentTarget';
import { useUrlState } from '../shared/useUrlState';

const ALL = '*';

/** Tencent: account/region → cluster → service → pod (or all) → container (or all); log or events. */
export function TencentLogs() {
  const t = useLogsT();
  const { lang } = useI18n();
  const target = useTencentTarget();
  const { get, set, list, account, accounts, accountId, region, cluster, namespace, service, pod, container, clusters, services, pods } = target;
  const view = get('view') === 'events' ? 'events' : 'log';

  const containers = useMemo(() => {
    const inst = pods.data?.instances ?? [];
    const chosen = pod ? inst.filter((i) => i.name === pod) : inst;
    return [...new Set(chosen.flatMap((i) => (i.containers ?? []).map((c) => c.name ?? '')).filter(Boolean))];
  }, [pods.data, pod]);

  const scope = { account: account?.name, region };
  if (accounts.isSuccess && list.length === 0) return <EmptyState description={t('noAccounts', { provider: t('provider.tencent') })} />;

  const serviceValue = service ? `${namespace}/${service}` : undefined;
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <TencentScopePickers target={target} labels={{ account: t('account'), cluster: t('cluster') }} />
        <Select
          aria-label={t('service')}
          style={{ minWidth: 220 }}
          showSearch
          disabled={!cluster}
          loading={services.isLoading}
          placeholder={t('service')}
          value={serviceValue}
          onChange={(v) => {
            const [ns, name] = v.split('/');
            set({ namespace: ns, service: name, pod: undefined, container: undefined });
          }}
          options={serviceOptions(services.data)}
        />
        {view === 'log' && (
          <>
            <Select
              aria-label={t('pod')}
              style={{ minWidth: 240 }}
              disabled={!service}
              loading={pods.isLoading}
              value={pod || ALL}
              onChange={(v) => set({ pod: v === ALL ? undefined : v, container: undefined })}
              options={[{ value: ALL, label: t('allPods') }, ...(pods.data?.instances ?? []).map((i) => ({ value: i.name ?? '', label: `${i.name ?? ''} · ${i.status ?? ''}` }))]}
            />
            <Select
              aria-label={t('container')}
              style={{ minWidth: 160 }}
              disabled={!service}
              value={container || ALL}
              onChange={(v) => set({ container: v === ALL ? undefined : v })}
              options={[{ value: ALL, label: t('allContainers') }, ...containers.map((c) => ({ value: c, label: c }))]}
            />
          </>
        )}
        <Segmented
          value={view}
          onChange={(v) => set({ view: v === 'log' ? undefined : v }, { push: true })}
          options={[
            { value: 'log', label: t('view.log') },
            { value: 'events', label: t('view.events') },
          ]}
        />
        {cluster && service && (
          <Link to={links.monitoring({ provider: 'tencent', account: accountId, region, cluster, namespace, service, pod: pod || undefined })}>{t('monitoring')}</Link>
        )}
      </Flex>
      {clusters.error ? <ErrorAlert error={clusters.error} scope={scope} onRetry={() => void clusters.refetch()} /> : null}
      {services.error ? <ErrorAlert error={services.error} scope={scope} onRetry={() => void services.refetch()} /> : null}
      {pods.error ? <ErrorAlert error={pods.error} scope={scope} onRetry={() => void pods.refetch()} /> : null}
      {!cluster || !service ? (
        <EmptyState description={t('chooseService')} />
      ) : view === 'events' ? (
        <TencentEvents account={accountId} region={region} cluster={cluster} namespace={namespace} service={service} scope={scope} lang={lang} />
      ) : (
        <TencentInstanceLog account={accountId} region={region} cluster={cluster} namespace={namespace} service={service} pod={pod} container={container} scope={scope} lang={lang} />
      )}
    </Flex>
  );
}

interface Target {
  account: string;
  region: string;
  cluster: string;
  namespace: string;
  service: string;
  scope: { account?: string; region?: string };
  lang: 'zh-CN' | 'en';
}

function TencentInstanceLog(props: Target & { pod: string; container: string }) {
  const t = useLogsT();
  const { get } = useUrlState();
  const { account, region, cluster, namespace, service, pod, container } = props;
  const atParam = get('at');
  const rangeParam = get('range');
  const sinceParam = get('since');
  const maxLines = Number(get('cap')) || 100_000;
  // The start is fixed when the log is opened (a preset is "the last hour" as of opening).
  const since = useMemo(() => sinceFor({ at: atParam, range: rangeParam, since: sinceParam }, Date.now()), [atParam, rangeParam, sinceParam]);
  const fetcher = useCallback<LogFetcher>(
    async ({ tail, since: from }) => {
      const answer = await tencentApi(account).DescribeInstanceLog(
        { clusterId: cluster, serviceName: service, namespace, podName: pod || undefined, containerName: container || undefined, tail, sinceTime: from !== undefined ? tencentTime(from) : undefined },
        region,
      );
      const lines = instanceLogLines(answer.podLog);
      const full = (answer.podLog ?? []).some((p) => (p.containerLog ?? []).some((c) => (c.log ?? '').split('\n').filter(Boolean).length >= tail));
      return { lines, full };
    },
    [account, region, cluster, namespace, service, pod, container],
  );
  const key = [account, region, cluster, namespace, service, pod, container, since].join('|');
  const at = readInstant(atParam);
  // Opening at a moment reads as far back as the API allows, so that moment is loaded.
  const stream = useLogStream(key, fetcher, { since, maxLines, canReadBack: true, firstTail: at !== undefined ? MAX_TAIL : FIRST_TAIL });
  return (
    <Flex vertical gap={6}>
      {stream.error ? <ErrorAlert error={stream.error} scope={props.scope} onRetry={stream.reload} /> : null}
      <LogViewer
        key={key}
        lines={stream.lines}
        maxLines={maxLines}
        locale={props.lang}
        height="calc(100vh - 260px)"
        showSource={!pod || !container}
        hasOlder={stream.hasOlder}
        loadingOlder={stream.loadingOlder}
        onLoadOlder={stream.loadOlder}
        onFollowChange={stream.setFollowing}
        focusTime={at}
        downloadName={`${pod || service}${container ? `-${container}` : ''}.log`}
        toolbarExtra={<RangeControls withRange />}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="follow-state">
        {stream.loading ? '…' : stream.following ? t('followPolling', { seconds: FOLLOW_MS / 1000 }) : t('followPaused')}
        {stream.lastFetch ? ` · ${t('lastFetch', { time: new Date(stream.lastFetch).toLocaleTimeString() })}` : ''}
      </Typography.Text>
    </Flex>
  );
}

function TencentEvents(props: Target) {
  const t = useLogsT();
  const { account, region, cluster, namespace, service } = props;
  const events = useQuery({
    queryKey: logKeys.tencent(account, region, 'events', cluster, namespace, service),
    queryFn: () => tencentApi(account).DescribeServiceEvent({ clusterId: cluster, serviceName: service, namespace }, region),
    refetchInterval: 10_000,
  });
  const lines = useMemo(() => tencentEventLines(events.data?.eventList), [events.data]);
  return (
    <Flex vertical gap={6}>
      <Alert type="info" showIcon title={t('events.tencentHint')} />
      {events.error ? <ErrorAlert error={events.error} scope={props.scope} onRetry={() => void events.refetch()} /> : null}
      <LogViewer lines={lines} locale={props.lang} height="calc(100vh - 320px)" showSource downloadName={`${service}-events.log`} />
    </Flex>
  );
}
