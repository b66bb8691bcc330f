import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Col, DatePicker, Flex, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/useI18n';
import type { TencentMetricLevel } from '../../providers/tencent/operations/generated/metrics';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CapacityBar } from '../../ui/metric-chart';
import { links } from '../shared/links';
import { tencentApi } from '../logs/api';
import { serviceOptions, TencentScopePickers } from '../logs/TencentScopePickers';
import { useTencentTarget } from '../logs/useTencentTarget';
import { metricsOf, type MonitorTarget } from './dimensions';
import { MetricPanel, type Entity } from './MetricPanel';
import { periodLabel, plan, RANGE_PRESETS, readRange } from './timeRange';
import { useMonitoringT } from './useMonitoringT';

const ALL = '*';
const REFRESH = [0, 30, 60, 300] as const;

/** Tencent: pick a cluster (and a service, pod, container); charts at every level the document defines. */
export function TencentMonitoring() {
  const t = useMonitoringT();
  const { lang } = useI18n();
  const navigate = useNavigate();
  const target = useTencentTarget();
  const { get, set, list, account, accounts, accountId, region, cluster, namespace, service, pod, container, clusters, services, pods } = target;
  const refresh = Number(get('refresh')) || 0;

  // "Now" moves on auto-refresh (and when the range changes), not on every render.
  const [tick, setTick] = useState(0);
  const [nowSec, setNowSec] = useState(() => Math.floor(Date.now() / 1000));
  const fromParam = get('from');
  const toParam = get('to');
  const rangeParam = get('range');
  useEffect(() => setNowSec(Math.floor(Date.now() / 1000)), [fromParam, toParam, rangeParam]);
  useEffect(() => {
    if (!refresh) return;
    const timer = setInterval(() => {
      setNowSec(Math.floor(Date.now() / 1000));
      setTick((n) => n + 1);
    }, refresh * 1000);
    return () => clearInterval(timer);
  }, [refresh]);
  const range = useMemo(() => readRange({ from: fromParam, to: toParam, range: rangeParam }, nowSec), [fromParam, toParam, rangeParam, nowSec]);
  const p = useMemo(() => plan(range), [range]);

  const clusterInfo = clusters.data?.clusters?.find((c) => c.clusterId === cluster);
  const scope = { account: account?.name, region };

  // Sections: the chosen entity's own metrics, then the level below with one series per child.
  const sections = useMemo(() => {
    const out: { key: string; title: string; level: TencentMetricLevel; entities: Entity[] }[] = [];
    if (!cluster) return out;
    const base = { clusterId: cluster };
    if (!service) {
      out.push({ key: 'cluster', title: t('section.cluster', { name: clusterInfo?.clusterName ?? cluster }), level: 'cluster', entities: [{ label: clusterInfo?.clusterName ?? cluster, target: { level: 'cluster', ...base } }] });
      const svcs = (services.data?.services ?? []).slice(0, 20);
      if (svcs.length)
        out.push({
          key: 'services',
          title: t('section.services', { count: svcs.length }),
          level: 'service',
          entities: svcs.map((s) => ({ label: `${s.namespace ?? 'default'}/${s.serviceName ?? ''}`, target: { level: 'service', ...base, namespace: s.namespace ?? 'default', serviceName: s.serviceName ?? '' } })),
        });
      return out;
    }
    const svc = { ...base, namespace, serviceName: service };
    const instances = pods.data?.instances ?? [];
    if (!pod) {
      out.push({ key: 'service', title: t('section.service', { name: `${namespace}/${service}` }), level: 'service', entities: [{ label: service, target: { level: 'service', ...svc } }] });
      if (instances.length)
        out.push({ key: 'pods', title: t('section.pods', { count: instances.length }), level: 'pod', entities: instances.map((i) => ({ label: i.name ?? '', target: { level: 'pod', ...svc, podName: i.name ?? '' } })) });
      return out;
    }
    const inst = instances.find((i) => i.name === pod);
    const containers = (inst?.containers ?? []).filter((c) => c.containerId);
    const chosen = container ? containers.filter((c) => c.name === container) : containers;
    if (!container) out.push({ key: 'pod', title: t('section.pod', { name: pod }), level: 'pod', entities: [{ label: pod, target: { level: 'pod', ...svc, podName: pod } }] });
    if (chosen.length)
      out.push({
        key: 'containers',
        title: container ? t('section.container', { name: container }) : t('section.containers', { count: chosen.length }),
        level: 'container',
        entities: chosen.map((c) => ({ label: c.name ?? '', target: { level: 'container', ...svc, podName: pod, containerId: c.containerId ?? '' } as MonitorTarget })),
      });
    return out;
  }, [cluster, service, pod, container, namespace, services.data, pods.data, clusterInfo, t]);

  if (accounts.isSuccess && list.length === 0) return <EmptyState description={t('noAccounts', { provider: t('provider.tencent') })} />;

  const onRangeChange = (from: number, to: number) => set({ from: Math.floor(from) * 1000, to: Math.ceil(to) * 1000, range: undefined }, { push: true });
  const onPointClick = (time: number) =>
    navigate(links.logs({ provider: 'tencent', account: accountId, region, cluster, namespace: service ? namespace : undefined, service: service || undefined, pod: pod || undefined, container: container || undefined, at: Math.round(time) * 1000 }));
  const containerNames = (pods.data?.instances?.find((i) => i.name === pod)?.containers ?? []).map((c) => c.name ?? '');

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <TencentScopePickers target={target} labels={{ account: t('account'), cluster: t('cluster') }} />
        <Select
          aria-label={t('service')}
          style={{ minWidth: 220 }}
          disabled={!cluster}
          value={service ? `${namespace}/${service}` : ALL}
          onChange={(v) => {
            if (v === ALL) return set({ namespace: undefined, service: undefined, pod: undefined, container: undefined });
            const [ns, name] = v.split('/');
            set({ namespace: ns, service: name, pod: undefined, container: undefined });
          }}
          options={[{ value: ALL, label: t('allServices') }, ...serviceOptions(services.data)]}
        />
        <Select
          aria-label={t('pod')}
          style={{ minWidth: 220 }}
          disabled={!service}
          value={pod || ALL}
          onChange={(v) => set({ pod: v === ALL ? undefined : v, container: undefined })}
          options={[{ value: ALL, label: t('allPods') }, ...(pods.data?.instances ?? []).map((i) => ({ value: i.name ?? '', label: i.name ?? '' }))]}
        />
        <Select
          aria-label={t('container')}
          style={{ minWidth: 160 }}
          disabled={!pod}
          value={container || ALL}
          onChange={(v) => set({ container: v === ALL ? undefined : v })}
          options={[{ value: ALL, label: t('allContainers') }, ...containerNames.map((c) => ({ value: c, label: c }))]}
        />
      </Flex>
      <Flex gap={8} wrap align="center">
        <Select
          aria-label={t('range')}
          style={{ width: 150 }}
          value={range.preset ?? 'custom'}
          onChange={(v) => (v === 'custom' ? set({ from: range.from * 1000, to: range.to * 1000, range: undefined }, { push: true }) : set({ range: v, from: undefined, to: undefined }, { push: true }))}
          options={[...RANGE_PRESETS.map((r) => ({ value: r, label: t(`range.${r}`) })), { value: 'custom', label: t('range.custom') }]}
        />
        <DatePicker.RangePicker
          showTime
          aria-label={t('range.custom')}
          value={[dayjs(range.from * 1000), dayjs(range.to * 1000)]}
          disabledDate={(d) => d.isAfter(dayjs())}
          onChange={(v) => v?.[0] && v[1] && set({ from: v[0].valueOf(), to: v[1].valueOf(), range: undefined }, { push: true })}
        />
        <Select
          aria-label={t('refresh')}
          style={{ width: 120 }}
          value={refresh}
          onChange={(v) => set({ refresh: v || undefined })}
          options={REFRESH.map((r) => ({ value: r, label: r ? `⟳ ${r < 60 ? `${r} s` : `${r / 60} min`}` : `⟳ ${t('refresh.off')}` }))}
        />
        <Typography.Text type="secondary" data-testid="period">
          {t('period', { period: periodLabel(p.period), points: p.points })}
        </Typography.Text>
        {cluster && (
          <Link to={links.logs({ provider: 'tencent', account: accountId, region, cluster, namespace: service ? namespace : undefined, service: service || undefined, pod: pod || undefined, container: container || undefined })}>
            {t('logs')}
          </Link>
        )}
      </Flex>
      {clusters.error ? <ErrorAlert error={clusters.error} scope={scope} onRetry={() => void clusters.refetch()} /> : null}
      {services.error ? <ErrorAlert error={services.error} scope={scope} onRetry={() => void services.refetch()} /> : null}
      {pods.error ? <ErrorAlert error={pods.error} scope={scope} onRetry={() => void pods.refetch()} /> : null}
      {!cluster ? (
        <EmptyState description={t('chooseCluster')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={18}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('clickHint')}
            </Typography.Text>
            {sections.map((s) => (
              <section key={s.key} aria-label={s.title}>
                <Typography.Title level={2} style={{ fontSize: 15, margin: '12px 0 4px' }}>
                  {s.title}
                </Typography.Title>
                <Row gutter={[12, 4]}>
                  {metricsOf(s.level).map((m) => (
                    <Col key={m.name} xs={24} lg={12}>
                      <MetricPanel
                        account={accountId}
                        region={region}
                        level={s.level}
                        metric={m}
                        entities={s.entities}
                        plan={p}
                        from={range.from}
                        to={range.to}
                        refreshTick={tick}
                        lang={lang}
                        syncKey="monitoring"
                        onRangeChange={onRangeChange}
                        onPointClick={onPointClick}
                        scope={scope}
                      />
                    </Col>
                  ))}
                </Row>
              </section>
            ))}
          </Col>
          <Col xs={24} xl={6}>
            <TencentCapacity account={accountId} region={region} cluster={cluster} totalCpu={clusterInfo?.totalCpu} totalMem={clusterInfo?.totalMem} scope={scope} lang={lang} />
          </Col>
        </Row>
      )}
    </Flex>
  );
}

function TencentCapacity(props: { account: string; region: string; cluster: string; totalCpu?: number; totalMem?: number; scope: { account?: string; region?: string }; lang: 'zh-CN' | 'en' }) {
  const t = useMonitoringT();
  const { account, region, cluster } = props;
  const limits = useQuery({
    queryKey: ['tencent', account, region, 'monitor', 'requestLimit', cluster],
    queryFn: () => tencentApi(account).DescribeClusterRequestLimitInfo({ clusterId: cluster }, region),
  });
  const nodeList = useQuery({
    queryKey: ['tencent', account, region, 'monitor', 'nodes', cluster],
    queryFn: () => tencentApi(account).DescribeClusterInstances({ clusterId: cluster, offset: 0, limit: 100, namespace: 'default' }, region),
  });
  const nodeCpu = new Map((nodeList.data?.nodes ?? []).map((n) => [n.lanIp ?? '', (n.cpu ?? 0) / 1000]));
  const d = limits.data;
  // DescribeCluster: totalCpu in millicores, totalMem in Mi; request/limit: cores and GiB.
  const cpuCap = (props.totalCpu ?? 0) / 1000;
  const memCap = (props.totalMem ?? 0) / 1024;
  const nodes = Object.entries(d?.requestLimitInfo ?? {});
  return (
    <Flex vertical gap={10} role="region" aria-label={t('capacity')}>
      <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
        {t('capacity')}
      </Typography.Title>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('capacity.tencentHint')}
      </Typography.Text>
      {limits.error ? <ErrorAlert error={limits.error} scope={props.scope} onRetry={() => void limits.refetch()} /> : null}
      {d && (
        <>
          <CapacityBar label={t('capacity.cpu')} capacity={cpuCap} request={d.totalCpuRequest} limit={d.totalCpuLimit} unit="cores" locale={props.lang} />
          <CapacityBar label={t('capacity.memory')} capacity={memCap} request={d.totalMemRequest} limit={d.totalMemLimit} unit="GiB" locale={props.lang} />
          {nodes.map(([ip, n]) => (
            <CapacityBar
              key={ip}
              label={`${t('capacity.node', { ip })} · ${t('capacity.cpu')}`}
              capacity={nodeCpu.get(ip) ?? 0}
              request={n.cpuRequest}
              limit={n.cpuLimit}
              unit="cores"
              locale={props.lang}
            />
          ))}
        </>
      )}
    </Flex>
  );
}
