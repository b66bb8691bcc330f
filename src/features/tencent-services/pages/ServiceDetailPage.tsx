import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, Flex, Progress, Skeleton, Tabs, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { isProviderError } from '../../../providers/core/errors';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { useInstances, useServiceInfo } from '../api';
import { ConfigTab, EnvTab, EventsTab, HealthTab, HistoryTab, InstancesTab, OverviewTab, PortsTab, VolumesTab } from '../components/DetailTabs';
import { ServiceActions, type ChangeAnswer } from '../components/ServiceActions';
import { useTsvcT, type TsvcKey } from '../messages';
import { isSettling } from '../rules';
import { useServiceRef } from './ServiceEditPage';

export const TABS = ['overview', 'instances', 'events', 'config', 'ports', 'env', 'volumes', 'health', 'history'] as const;
type Dialog = Parameters<typeof ServiceActions>[0]['dialog'];

/** `links.tencentService(...)`: one service, its tabs in the URL, every action, and the rollout watched live. */
export default function ServiceDetailPage() {
  const t = useTsvcT();
  const ref = useServiceRef();
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'overview';
  // `watch=<operation>`: the create/modify page hands over a change the provider accepted.
  const [watchSince, setWatchSince] = useState<number | null>(() => (params.get('watch') ? Date.now() : null));
  const [answer, setAnswer] = useState<ChangeAnswer | null>(() => {
    const op = params.get('watch');
    return op && /^[A-Za-z]+$/.test(op) ? { operation: op, at: Date.now(), result: null } : null;
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const watching = watchSince !== null;
  const info = useServiceInfo(ref, watching);
  const pods = useInstances(ref, watching || isSettling(info.data));
  const settling = isSettling(info.data, pods.data);

  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (cur) => {
        const next = new URLSearchParams(cur);
        if (value === undefined) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  // Stop watching once a poll made after the change shows the rollout settled.
  useEffect(() => {
    if (watchSince === null || !info.data || !pods.data) return;
    if (info.dataUpdatedAt > watchSince + 1500 && pods.dataUpdatedAt > watchSince + 1500 && !settling) {
      setWatchSince(null);
      if (params.get('watch')) setParam('watch', undefined);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watchSince, info.dataUpdatedAt, pods.dataUpdatedAt, settling]);

  const onChanged = (a: ChangeAnswer) => {
    setAnswer(a);
    setWatchSince(Date.now());
  };

  const notFound = isProviderError(info.error) && /NotFound|不存在/i.test(`${info.error.code} ${info.error.message}`);
  const s = info.data;
  const running = (pods.data ?? []).filter((p) => p.status === 'Running').length;

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={ref.serviceName}
        subtitle={t('detail.subtitle', { cluster: ref.clusterId, namespace: ref.namespace, account: ref.accountId, region: ref.region })}
        extra={
          <Flex gap={6}>
            <Link to={`/tencent/services?account=${encodeURIComponent(ref.accountId)}&region=${encodeURIComponent(ref.region)}&cluster=${encodeURIComponent(ref.clusterId)}&namespace=${encodeURIComponent(ref.namespace)}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
            </Link>
            <Tooltip title={t('common.refresh')}>
              <Button
                icon={<ReloadOutlined />}
                aria-label={t('common.refresh')}
                loading={info.isFetching}
                onClick={() => {
                  void info.refetch();
                  void pods.refetch();
                }}
              />
            </Tooltip>
          </Flex>
        }
      />
      {notFound ? <Alert type="warning" showIcon title={t('notFound')} /> : null}
      {info.error ? <ErrorAlert error={info.error} scope={{ account: ref.accountId, region: ref.region }} onRetry={() => info.refetch()} /> : null}
      {!s && info.isLoading && <Skeleton active />}
      {s && (
        <>
          <ServiceActions refData={ref} info={s} onChanged={onChanged} dialog={dialog} setDialog={setDialog} />
          {(settling || watching || answer) && (
            <Alert
              data-testid="tsvc-rollout"
              type={settling || watching ? 'info' : 'success'}
              showIcon
              title={
                settling || watching
                  ? t('rollout.title')
                  : t('rollout.settled', { ready: s.currentReplicas ?? 0, desired: s.desiredReplicas ?? 0 })
              }
              description={
                <Flex vertical gap={4}>
                  {(settling || watching) && (
                    <>
                      <Typography.Text>
                        {t('rollout.progress', { status: s.status ?? '', ready: s.currentReplicas ?? 0, desired: s.desiredReplicas ?? 0, pods: pods.data?.length ?? 0, running })}
                      </Typography.Text>
                      <Progress
                        size="small"
                        style={{ maxWidth: 420 }}
                        percent={s.desiredReplicas ? Math.round(((s.currentReplicas ?? 0) / s.desiredReplicas) * 100) : 100}
                        status="active"
                      />
                      <Typography.Text type="secondary">{t('rollout.watching')}</Typography.Text>
                    </>
                  )}
                  {answer && (
                    <Typography.Text type="secondary" data-testid="tsvc-answer">
                      {t('rollout.last')}: {answer.operation} · {new Date(answer.at).toLocaleTimeString()} · {answer.result === null || answer.result === undefined ? 'code 0 (Success)' : JSON.stringify(answer.result)}
                    </Typography.Text>
                  )}
                </Flex>
              }
            />
          )}
          <Tabs
            activeKey={tab}
            onChange={(k) => setParam('tab', k)}
            items={TABS.map((k) => ({ key: k, label: t(`tab.${k}` as TsvcKey) }))}
            destroyOnHidden
            size="small"
          />
          {tab === 'overview' && <OverviewTab info={s} onEditLabels={() => setDialog('labels')} onEditDescription={() => setDialog('description')} />}
          {tab === 'instances' && <InstancesTab refData={ref} rows={pods.data ?? []} loading={pods.isLoading} error={pods.error} onRefetch={() => pods.refetch()} />}
          {tab === 'events' && <EventsTab refData={ref} watch={watching} />}
          {tab === 'config' && <ConfigTab refData={ref} info={s} format={params.get('format') ?? 'yaml'} setFormat={(f) => setParam('format', f)} />}
          {tab === 'ports' && <PortsTab info={s} />}
          {tab === 'env' && <EnvTab info={s} />}
          {tab === 'volumes' && <VolumesTab info={s} />}
          {tab === 'health' && <HealthTab info={s} />}
          {tab === 'history' && <HistoryTab refData={ref} info={s} onRollback={() => setDialog('rollback')} version={answer?.at ?? 0} />}
        </>
      )}
    </Flex>
  );
}
