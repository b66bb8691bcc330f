import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Badge, Flex, Pagination, Progress, Select, Tag, Typography } from 'antd';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { links } from '../shared/links';
import { RefreshButton } from '../alibaba/shared/PageFrame';
import { useSetUrlParams } from '../alibaba/shared/useUrlParam';
import { num, text } from '../alibaba/shared/values';
import type { AppCtx } from './appCtx';
import type { AppsTranslate } from './messages';
import { elapsed, orderStateKey, orderTone } from './rules';
import { useOrders, type Order, type OrderFilter } from './useApps';
import { useAppsT } from './useAppsT';

/** The status filter's choices: ListDeployOrders StatusList (1, 2, 3) and ResultList (1, 2, 4). */
export const ORDER_FILTERS: Record<string, Pick<OrderFilter, 'StatusList' | 'ResultList'>> = {
  deploying: { StatusList: [1] },
  paused: { StatusList: [2] },
  finished: { StatusList: [3] },
  succeeded: { StatusList: [3], ResultList: [1] },
  failed: { StatusList: [3], ResultList: [2] },
  closed: { StatusList: [3], ResultList: [4] },
};
const FILTER_LABEL = { deploying: 'order.status.1', paused: 'order.status.2', finished: 'order.status.3', succeeded: 'order.result.1', failed: 'order.result.2', closed: 'order.result.4' } as const;
const PAGE_SIZE = 20;

export function OrderState({ order }: { order: { Status?: unknown; Result?: unknown } }) {
  const t = useAppsT();
  return <Badge status={orderTone(order.Status, order.Result)} text={t(orderStateKey(order.Status, order.Result))} />;
}

export function orderProgress(o: { FinishAppInstanceCt?: unknown; TotalAppInstanceCt?: unknown }) {
  const total = num(o.TotalAppInstanceCt) ?? 0;
  const done = num(o.FinishAppInstanceCt) ?? 0;
  return { total, done, percent: total ? Math.round((done * 100) / total) : 100 };
}

const orderColumns = (t: AppsTranslate, accountId: string, appId: number, envName: (id: unknown) => string): ResourceColumn<Order>[] => [
  {
    key: 'name',
    title: t('order.name'),
    width: 230,
    ellipsis: true,
    searchText: (o) => `${text(o.Name)} ${text(o.DeployOrderId)}`,
    render: (o) => (
      <Link to={links.alibabaDeployOrder(accountId, appId, text(o.DeployOrderId))} aria-label={t('order.open', { id: text(o.DeployOrderId) })} onClick={(e) => e.stopPropagation()}>
        {text(o.Name)}
      </Link>
    ),
  },
  { key: 'id', title: t('order.id'), width: 90, sortValue: (o) => num(o.DeployOrderId) ?? 0, render: (o) => <Typography.Text code>{text(o.DeployOrderId)}</Typography.Text> },
  { key: 'env', title: t('detail.environment'), width: 120, filterValue: (o) => envName(o.EnvId), render: (o) => envName(o.EnvId) },
  { key: 'status', title: t('common.status'), width: 150, render: (o) => <OrderState order={o} /> },
  {
    key: 'progress',
    title: t('order.progress'),
    width: 150,
    render: (o) => {
      const p = orderProgress(o);
      return <Progress size="small" percent={p.percent} format={() => `${p.done}/${p.total}`} status={orderTone(o.Status, o.Result) === 'error' ? 'exception' : undefined} />;
    },
  },
  { key: 'batches', title: t('order.batches'), width: 80, render: (o) => `${text(o.CurrentPartitionNum)}/${text(o.TotalPartitions)}` },
  { key: 'pause', title: t('order.pauseType'), width: 90, render: (o) => <Tag>{text(o.DeployPauseType)}</Tag> },
  { key: 'started', title: t('order.started'), width: 150, sortValue: (o) => text(o.StartTime), render: (o) => text(o.StartTime) },
  { key: 'elapsed', title: t('order.elapsed'), width: 90, render: (o) => elapsed(o.ElapsedTime) },
  { key: 'user', title: t('order.user'), width: 90, render: (o) => text(o.UserNick) || text(o.UserId) },
];

/** 3.1.2 ListDeployOrders of the application, paged by the service, filtered by status, category and environment (URL). */
export function OrdersTab({ ctx }: { ctx: AppCtx }) {
  const t = useAppsT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const setParams = useSetUrlParams();
  const { scope, appId, envs } = ctx;
  const status = params.get('ostatus') ?? '';
  const category = (params.get('ocat') ?? '') as '' | 'deploy' | 'scale';
  const envFilter = params.get('oenv') ?? '';
  const page = Math.max(1, Number(params.get('opage')) || 1);
  const filter: OrderFilter = { ...(ORDER_FILTERS[status] ?? {}), ...(category ? { DeployCategory: category } : {}), ...(envFilter ? { EnvId: Number(envFilter) } : {}) };
  const orders = useOrders(scope, appId, filter, { PageNumber: page, PageSize: PAGE_SIZE });
  const envName = useMemo(() => {
    const names = new Map((envs.data ?? []).map((e) => [text(e.EnvId), text(e.EnvName)]));
    return (id: unknown) => names.get(text(id)) ?? text(id);
  }, [envs.data]);
  const columns = useMemo(() => orderColumns(t, scope?.account.id ?? '', appId, envName), [t, scope, appId, envName]);

  return (
    <Flex vertical gap={8}>
      {orders.error ? <ErrorAlert error={orders.error} scope={{ account: scope?.account.name, region: scope?.region }} onRetry={() => void orders.refetch()} /> : null}
      <ResourceTable
        ariaLabel={t('tab.orders')}
        urlPrefix="o"
        height={420}
        rows={orders.data?.rows ?? []}
        columns={columns}
        rowKey={(o) => text(o.DeployOrderId)}
        loading={orders.isLoading}
        onOpen={(o) => scope && navigate(links.alibabaDeployOrder(scope.account.id, appId, text(o.DeployOrderId)))}
        emptyText={orders.data ? <EmptyState description={t('order.empty')} /> : undefined}
        toolbar={
          <Flex gap={8} align="center" wrap>
            <Select
              aria-label={t('order.filterStatus')}
              style={{ width: 170 }}
              value={status}
              onChange={(v: string) => setParams({ ostatus: v, opage: undefined })}
              options={[{ value: '', label: t('order.allStatuses') }, ...Object.entries(FILTER_LABEL).map(([v, key]) => ({ value: v, label: t(key) }))]}
            />
            <Select
              aria-label={t('order.category')}
              style={{ width: 130 }}
              value={category}
              onChange={(v: string) => setParams({ ocat: v, opage: undefined })}
              options={[{ value: '', label: `${t('order.category')}: ${t('common.all')}` }, { value: 'deploy', label: t('order.category.deploy') }, { value: 'scale', label: t('order.category.scale') }]}
            />
            <Select
              aria-label={t('detail.environment')}
              style={{ width: 160 }}
              value={envFilter}
              onChange={(v: string) => setParams({ oenv: v, opage: undefined })}
              options={[{ value: '', label: `${t('detail.environment')}: ${t('common.all')}` }, ...(envs.data ?? []).map((e) => ({ value: text(e.EnvId), label: text(e.EnvName) }))]}
            />
            <RefreshButton spinning={orders.isFetching} onClick={() => void orders.refetch()} />
          </Flex>
        }
      />
      <Pagination size="small" align="end" current={page} pageSize={PAGE_SIZE} total={orders.data?.total ?? 0} showSizeChanger={false} onChange={(p) => setParams({ opage: p > 1 ? String(p) : undefined })} />
    </Flex>
  );
}
