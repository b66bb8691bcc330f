import { useMemo } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAccounts } from '../../app/accounts/useAccounts';
import type { Scope } from '../../app/accounts/scope';
import type { AlibabaResult } from '../../providers/alibaba/client';
import { resourceKeys } from '../shared/queryKeys';
import { alibabaApi, type AlibabaApi } from '../alibaba/shared/client';
import { readAllPages } from '../alibaba/shared/readAllPages';
import { num } from '../alibaba/shared/values';
import { orderEnded } from './rules';

export type App = NonNullable<AlibabaResult<'ListApp'>['Data']>[number];
export type AppDetail = NonNullable<AlibabaResult<'DescribeAppDetail'>['Result']>;
export type Env = NonNullable<AlibabaResult<'ListAppEnvironment'>['Data']>[number];
export type EnvDetail = NonNullable<AlibabaResult<'DescribeAppEnvironmentDetail'>['Result']>;
export type DeployConfig = NonNullable<AlibabaResult<'ListDeployConfig'>['Data']>[number];
export type Order = NonNullable<AlibabaResult<'ListDeployOrders'>['Data']>[number];
export type OrderDetail = NonNullable<AlibabaResult<'DescribeDeployOrderDetail'>['Result']> & { DeployPartitionList?: unknown };
export type Pod = NonNullable<AlibabaResult<'ListPods'>['Data']>[number];
export type Alloc = NonNullable<AlibabaResult<'DescribeAppResourceAlloc'>['Result']>;
export type Cluster = NonNullable<AlibabaResult<'ListCluster'>['Data']>[number];
export type Instance = NonNullable<AlibabaResult<'ListAppInstance'>['Data']>[number];

const region = (scope: Scope) => scope.region || undefined;
const root = (scope: Scope | undefined) => resourceKeys.scope('alibaba', scope?.account.id ?? '', scope?.region ?? '');

/**
 * Query keys of the app pages, rooted at (alibaba, account, region). A change refreshes the
 * whole `apps` subtree plus the storage pages' environment list (one prefix each).
 */
export const appsKeys = {
  all: (scope: Scope | undefined) => [...root(scope), 'apps'] as const,
  list: (scope: Scope | undefined) => [...appsKeys.all(scope), 'list'] as const,
  detail: (scope: Scope | undefined, appId: number) => [...appsKeys.all(scope), appId, 'detail'] as const,
  envs: (scope: Scope | undefined, appId: number) => [...appsKeys.all(scope), appId, 'envs'] as const,
  env: (scope: Scope | undefined, appId: number, envId: number) => [...appsKeys.all(scope), appId, 'env', envId] as const,
  configs: (scope: Scope | undefined, appId: number) => [...appsKeys.all(scope), appId, 'configs'] as const,
  allocs: (scope: Scope | undefined, appId: number, envIds: readonly number[]) => [...appsKeys.all(scope), appId, 'allocs', envIds] as const,
  orders: (scope: Scope | undefined, appId: number, filter: Record<string, unknown>) => [...appsKeys.all(scope), appId, 'orders', filter] as const,
  order: (scope: Scope | undefined, orderId: number) => [...appsKeys.all(scope), 'order', orderId] as const,
  pods: (scope: Scope | undefined, orderId: number) => [...appsKeys.all(scope), 'order', orderId, 'pods'] as const,
  instances: (scope: Scope | undefined, appId: number, envId: number) => [...appsKeys.all(scope), appId, 'instances', envId] as const,
  clusters: (scope: Scope | undefined) => [...root(scope), 'clusters', {}] as const,
};

/** The account of a path segment (detail pages carry the account id in their URL). */
export function useAccountScope(accountId: string | undefined) {
  const accounts = useAccounts();
  const account = accounts.data?.find((a) => a.id === accountId && a.provider === 'alibaba');
  // Stable while the account is: effects and memos may depend on it.
  const scope = useMemo<Scope | undefined>(() => (account ? { account, region: account.regions[0] ?? '' } : undefined), [account]);
  return { accounts, scope };
}

/** 1.1.3 ListApp, every page. */
export function useAppList(scope: Scope | undefined) {
  return useQuery({
    queryKey: appsKeys.list(scope),
    queryFn: () =>
      readAllPages<App>(async (PageNumber, PageSize) => {
        const r = await alibabaApi(scope!.account.id).call('ListApp', { PageNumber, PageSize }, region(scope!));
        return { total: r.TotalCount, items: r.Data ?? [] };
      }),
    enabled: !!scope,
  });
}

/** 1.1.4 DescribeAppDetail. */
export function useAppDetail(scope: Scope | undefined, appId: number | undefined) {
  return useQuery({
    queryKey: appsKeys.detail(scope, appId ?? 0),
    queryFn: async () => ((await alibabaApi(scope!.account.id).call('DescribeAppDetail', { AppId: appId! }, region(scope!))).Result ?? {}) as AppDetail,
    enabled: !!scope && appId !== undefined,
  });
}

/** 1.2.3 ListAppEnvironment, every page. */
export function useEnvs(scope: Scope | undefined, appId: number | undefined) {
  return useQuery({
    queryKey: appsKeys.envs(scope, appId ?? 0),
    queryFn: () =>
      readAllPages<Env>(async (PageNumber, PageSize) => {
        const r = await alibabaApi(scope!.account.id).call('ListAppEnvironment', { AppId: appId!, PageNumber, PageSize }, region(scope!));
        return { total: r.TotalCount, items: r.Data ?? [] };
      }),
    enabled: !!scope && appId !== undefined,
  });
}

/** 1.2.5 DescribeAppEnvironmentDetail (replicas are only here). */
export function useEnvDetail(scope: Scope | undefined, appId: number | undefined, envId: number | undefined) {
  return useQuery({
    queryKey: appsKeys.env(scope, appId ?? 0, envId ?? 0),
    queryFn: async () => ((await alibabaApi(scope!.account.id).call('DescribeAppEnvironmentDetail', { AppId: appId!, EnvId: envId! }, region(scope!))).Result ?? {}) as EnvDetail,
    enabled: !!scope && appId !== undefined && envId !== undefined,
  });
}

/** DescribeAppEnvironmentDetail of every environment of the app: the list lacks replicas. */
export function useEnvDetails(scope: Scope | undefined, appId: number | undefined, envIds: readonly number[]) {
  return useQuery({
    queryKey: [...appsKeys.all(scope), appId ?? 0, 'env-details', envIds] as const,
    queryFn: async () => {
      const api = alibabaApi(scope!.account.id);
      const all = await Promise.all(envIds.map(async (EnvId) => [EnvId, ((await api.call('DescribeAppEnvironmentDetail', { AppId: appId!, EnvId }, region(scope!))).Result ?? {}) as EnvDetail] as const));
      return new Map<number, EnvDetail>(all);
    },
    enabled: !!scope && appId !== undefined && envIds.length > 0,
  });
}

/** 1.3.2 ListDeployConfig (no paging input: one answer holds them all). */
export function useConfigs(scope: Scope | undefined, appId: number | undefined) {
  return useQuery({
    queryKey: appsKeys.configs(scope, appId ?? 0),
    queryFn: async () => (await alibabaApi(scope!.account.id).call('ListDeployConfig', { AppId: appId! }, region(scope!))).Data ?? [],
    enabled: !!scope && appId !== undefined,
  });
}

/** 4.x DescribeAppResourceAlloc per environment; an environment without one answers "not found" (null here). */
export function useAllocs(scope: Scope | undefined, appId: number | undefined, envIds: readonly number[]) {
  return useQuery({
    queryKey: appsKeys.allocs(scope, appId ?? 0, envIds),
    queryFn: async () => {
      const api = alibabaApi(scope!.account.id);
      const entries = await Promise.all(
        envIds.map(async (id) => {
          try {
            return [id, ((await api.call('DescribeAppResourceAlloc', { AppEnvId: id }, region(scope!))).Result ?? null) as Alloc | null] as const;
          } catch (error) {
            if ((error as { code?: string }).code === '404') return [id, null] as const;
            throw error;
          }
        }),
      );
      return new Map<number, Alloc | null>(entries);
    },
    enabled: !!scope && appId !== undefined && envIds.length > 0,
  });
}

/** 5.x ListCluster, every page (for allocating an environment to a cluster). */
export function useClusters(scope: Scope | undefined, enabled = true) {
  return useQuery({
    queryKey: appsKeys.clusters(scope),
    queryFn: () =>
      readAllPages<Cluster>(async (PageNum, PageSize) => {
        const r = await alibabaApi(scope!.account.id).call('ListCluster', { PageNum, PageSize }, region(scope!));
        return { total: r.TotalCount, items: r.Data ?? [] };
      }),
    enabled: !!scope && enabled,
    staleTime: 60_000,
  });
}

export interface OrderFilter {
  EnvId?: number;
  StatusList?: (1 | 2 | 3)[];
  ResultList?: (0 | 1 | 2 | 4)[];
  DeployCategory?: 'deploy' | 'scale';
}

/** 3.1.2 ListDeployOrders of the application, one page; refreshes every 3 s while an order is open. */
export function useOrders(scope: Scope | undefined, appId: number | undefined, filter: OrderFilter, page = { PageNumber: 1, PageSize: 50 }) {
  return useQuery({
    queryKey: appsKeys.orders(scope, appId ?? 0, { ...filter, ...page }),
    queryFn: async () => {
      const r = await alibabaApi(scope!.account.id).call('ListDeployOrders', { AppId: appId!, ...page, ...filter }, region(scope!));
      return { total: num(r.TotalCount) ?? 0, rows: r.Data ?? [] };
    },
    enabled: !!scope && appId !== undefined,
    refetchInterval: (q) => (q.state.data?.rows.some((o) => !orderEnded(o.Status)) ? 3000 : false),
  });
}

/** 3.1.4 DescribeDeployOrderDetail, polled every 2 s until the order ends. */
export function useOrderDetail(scope: Scope | undefined, orderId: number | undefined) {
  return useQuery({
    queryKey: appsKeys.order(scope, orderId ?? 0),
    queryFn: async () => ((await alibabaApi(scope!.account.id).call('DescribeDeployOrderDetail', { DeployOrderId: orderId! }, region(scope!))).Result ?? {}) as OrderDetail,
    enabled: !!scope && orderId !== undefined,
    refetchInterval: (q) => (q.state.data && orderEnded(q.state.data.Status) ? false : 2000),
  });
}

/** 3.2.1 ListPods of a deploy order, every page; polled with the order while it runs. */
export function usePods(scope: Scope | undefined, orderId: number | undefined, live: boolean) {
  return useQuery({
    queryKey: appsKeys.pods(scope, orderId ?? 0),
    queryFn: () =>
      readAllPages<Pod>(async (PageNumber, PageSize) => {
        const r = await alibabaApi(scope!.account.id).call('ListPods', { DeployOrderId: orderId!, PageNumber, PageSize }, region(scope!));
        return { total: r.TotalCount, items: r.Data ?? [] };
      }),
    enabled: !!scope && orderId !== undefined,
    refetchInterval: live ? 2000 : false,
  });
}

/** 1.4 ListAppInstance of an environment: restarts and creation time of the running pods. */
export function useInstances(scope: Scope | undefined, appId: number | undefined, envId: number | undefined, live = false) {
  return useQuery({
    queryKey: appsKeys.instances(scope, appId ?? 0, envId ?? 0),
    queryFn: () =>
      readAllPages<Instance>(async (PageNumber, PageSize) => {
        const r = await alibabaApi(scope!.account.id).call('ListAppInstance', { AppId: appId!, EnvId: envId!, PageNumber, PageSize }, region(scope!));
        return { total: r.TotalCount, items: r.Data ?? [] };
      }),
    enabled: !!scope && appId !== undefined && envId !== undefined,
    refetchInterval: live ? 3000 : false,
  });
}

/**
 * A state-changing call in the account. Afterwards, failed or not (a refused call may still have
 * changed something), the app pages' queries and the storage pages' environment list refresh.
 */
export function useAppsChange<V, R>(scope: Scope | undefined, run: (api: AlibabaApi, vars: V, region: string | undefined) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => {
      if (!scope) throw new Error('no Alibaba account');
      return run(alibabaApi(scope.account.id), vars, region(scope));
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: appsKeys.all(scope) }),
        queryClient.invalidateQueries({ queryKey: [...root(scope), 'app-environments'] }),
      ]);
    },
  });
}
