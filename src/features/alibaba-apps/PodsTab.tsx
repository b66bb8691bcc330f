import { useMemo } from 'react';
import { Link } from 'react-router';
import { Badge, Flex, Tooltip, Typography } from 'antd';
import { FileTextOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { links } from '../shared/links';
import { RefreshButton } from '../alibaba/shared/PageFrame';
import { num, text } from '../alibaba/shared/values';
import { alertScope, type AppCtx } from './appCtx';
import type { AppsTranslate } from './messages';
import { POD_TONE, podRows, type PodRow } from './podRows';
import { age, orderEnded } from './rules';
import { useInstances, useOrders, usePods } from './useApps';
import { useAppsT } from './useAppsT';

export function podColumns(t: AppsTranslate, logLink: (pod: string, view?: 'events') => string, now: number): ResourceColumn<PodRow>[] {
  return [
    { key: 'name', title: t('pod.name'), width: 220, ellipsis: true, sortValue: (p) => p.name, searchText: (p) => `${p.name} ${p.node} ${p.podIp}`, render: (p) => <Typography.Text code>{p.name}</Typography.Text> },
    { key: 'status', title: t('pod.status'), width: 150, filterValue: (p) => p.status, filterLabel: (v) => t(`pod.state.${v as PodRow['status']}`), render: (p) => <Badge status={POD_TONE[p.status]} text={t(`pod.state.${p.status}`)} /> },
    {
      key: 'node',
      title: t('pod.node'),
      width: 210,
      ellipsis: true,
      filterValue: (p) => p.node || p.hostIp,
      render: (p) => (p.node || p.hostIp ? `${p.node}${p.node && p.hostIp ? ' · ' : ''}${p.hostIp}` : <Typography.Text type="secondary">{t('pod.unscheduled')}</Typography.Text>),
    },
    { key: 'podIp', title: t('pod.podIp'), width: 120, render: (p) => p.podIp },
    { key: 'restarts', title: t('pod.restarts'), width: 90, sortValue: (p) => p.restarts ?? -1, render: (p) => (p.restarts === undefined ? '—' : <Typography.Text type={p.restarts > 0 ? 'warning' : undefined}>{p.restarts}</Typography.Text>) },
    { key: 'age', title: t('pod.age'), width: 80, sortValue: (p) => p.since, render: (p) => <Tooltip title={p.since}>{age(p.since, now)}</Tooltip> },
    { key: 'batch', title: t('pod.batch'), width: 70, render: (p) => (p.batch === undefined ? '' : p.batch) },
    { key: 'step', title: t('pod.step'), width: 150, ellipsis: true, render: (p) => (p.step ? `${p.step} · ${p.stepStatus}` : '') },
    {
      key: 'links',
      title: t('common.actions'),
      width: 140,
      fixed: 'right',
      render: (p) => (
        <Flex gap={10}>
          <Link to={logLink(p.name)} aria-label={t('pod.logOf', { pod: p.name })}>
            <FileTextOutlined /> {t('pod.log')}
          </Link>
          <Link to={logLink(p.name, 'events')} aria-label={t('pod.eventsOf', { pod: p.name })}>
            <ThunderboltOutlined /> {t('pod.events')}
          </Link>
        </Flex>
      ),
    },
  ];
}

/**
 * Pods of the chosen environment: ListAppInstance (restarts, age) joined with ListPods of the
 * environment's latest deploy order (status, node, batch, step); each links to its log and events.
 */
export function PodsTab({ ctx }: { ctx: AppCtx }) {
  const t = useAppsT();
  const { scope, appId, env } = ctx;
  const envId = num(env?.EnvId);
  const latest = useOrders(scope, appId, { EnvId: envId }, { PageNumber: 1, PageSize: 5 });
  const order = latest.data?.rows.reduce<(typeof latest.data.rows)[number] | undefined>((best, o) => (!best || (num(o.DeployOrderId) ?? 0) > (num(best.DeployOrderId) ?? 0) ? o : best), undefined);
  const orderId = num(order?.DeployOrderId);
  const live = !!order && !orderEnded(order.Status);
  const pods = usePods(envId !== undefined ? scope : undefined, orderId, live);
  const instances = useInstances(envId !== undefined ? scope : undefined, appId, envId, live);
  const rows = useMemo(() => podRows(instances.data ?? [], pods.data ?? [], Number(order?.Status) === 2), [instances.data, pods.data, order?.Status]);
  const accountId = scope?.account.id ?? '';
  const now = useMemo(() => Date.now(), [pods.dataUpdatedAt, instances.dataUpdatedAt]);
  const columns = useMemo(
    () => podColumns(t, (pod, view) => links.logs({ provider: 'alibaba', account: accountId, app: appId, env: envId, pod, ...(view ? { view } : {}) }), now),
    [t, accountId, appId, envId, now],
  );

  if (!env) return <EmptyState description={t('detail.noEnv')} />;
  return (
    <Flex vertical gap={8}>
      {latest.error ? <ErrorAlert error={latest.error} onRetry={() => void latest.refetch()} /> : null}
      {pods.error ? <ErrorAlert error={pods.error} scope={alertScope(scope)} onRetry={() => void pods.refetch()} /> : null}
      {instances.error ? <ErrorAlert error={instances.error} scope={alertScope(scope)} onRetry={() => void instances.refetch()} /> : null}
      <ResourceTable
        ariaLabel={t('tab.pods')}
        urlPrefix="pod"
        height={420}
        rows={rows}
        columns={columns}
        rowKey={(p) => p.name}
        loading={latest.isLoading || instances.isLoading || (orderId !== undefined && pods.isLoading)}
        emptyText={latest.data && !order ? <EmptyState description={t('pod.noOrder')} /> : undefined}
        toolbar={
          <Flex gap={8} align="center">
            <RefreshButton
              spinning={pods.isFetching || instances.isFetching}
              onClick={() => {
                void latest.refetch();
                void pods.refetch();
                void instances.refetch();
              }}
            />
            {order && scope ? (
              <Typography.Text type="secondary">
                <Link to={links.alibabaDeployOrder(scope.account.id, appId, text(order.DeployOrderId))}>{t('pod.fromOrder', { id: text(order.DeployOrderId), name: text(order.Name) })}</Link>
              </Typography.Text>
            ) : null}
          </Flex>
        }
      />
    </Flex>
  );
}
