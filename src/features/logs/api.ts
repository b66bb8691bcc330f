import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAccounts } from '../../app/accounts/useAccounts';
import type { AccountInfo } from '../../app/session/api';
import { accountClient } from '../../providers/core/client';
import { httpTransport } from '../../providers/core/transport';
import type { ProviderId } from '../../providers/core/types';
import { alibabaClient, unwrapAlibaba } from '../../providers/alibaba/client';
import { tencentClient, unwrapTencent } from '../../providers/tencent/client';

/** Typed clients of one account, through the proxy (which signs). */
export const tencentApi = (accountId: string) => tencentClient(accountClient(httpTransport, unwrapTencent, accountId));
export const alibabaApi = (accountId: string) => alibabaClient(accountClient(httpTransport, unwrapAlibaba, accountId));

/** Query keys of the pickers and logs, rooted at provider, account and region. */
export const logKeys = {
  tencent: (account: string, region: string, ...rest: unknown[]) => ['tencent', account, region, 'logs', ...rest] as const,
  alibaba: (account: string, ...rest: unknown[]) => ['alibaba', account, '', 'logs', ...rest] as const,
};

/** The accounts of one provider, and the one the URL names (else the first). */
export function useProviderAccounts(provider: ProviderId, accountId: string) {
  const accounts = useAccounts();
  const list = useMemo(() => (accounts.data ?? []).filter((a) => a.provider === provider), [accounts.data, provider]);
  const account: AccountInfo | undefined = list.find((a) => a.id === accountId) ?? list[0];
  return { accounts, list, account };
}

/** Tencent pickers: clusters, services (all namespaces), pods with their containers. */
export function useTencentClusters(account: string, region: string) {
  return useQuery({
    queryKey: logKeys.tencent(account, region, 'clusters'),
    queryFn: () => tencentApi(account).DescribeCluster({ limit: 100, offset: 0, orderField: 'createdAt', orderType: 'desc' }, region),
    enabled: !!account && !!region,
    staleTime: 30_000,
  });
}

export function useTencentServices(account: string, region: string, cluster: string) {
  return useQuery({
    queryKey: logKeys.tencent(account, region, 'services', cluster),
    queryFn: () => tencentApi(account).DescribeClusterService({ clusterId: cluster, namespace: 'default', allnamespace: 1 }, region),
    enabled: !!account && !!region && !!cluster,
    staleTime: 30_000,
  });
}

export function useTencentPods(account: string, region: string, cluster: string, namespace: string, service: string) {
  return useQuery({
    queryKey: logKeys.tencent(account, region, 'pods', cluster, namespace, service),
    queryFn: () => tencentApi(account).DescribeServiceInstance({ clusterId: cluster, serviceName: service, namespace, offset: 0, limit: 100 }, region),
    enabled: !!account && !!region && !!cluster && !!service,
    staleTime: 15_000,
  });
}

/** Alibaba pickers: applications, their environments, the environment's deploy orders, the order's pods. */
export function useAlibabaApps(account: string) {
  return useQuery({
    queryKey: logKeys.alibaba(account, 'apps'),
    queryFn: async () => (await alibabaApi(account).ListApp({ PageNumber: 1, PageSize: 100 })).Data ?? [],
    enabled: !!account,
    staleTime: 30_000,
  });
}

export function useAlibabaEnvs(account: string, app: string) {
  return useQuery({
    queryKey: logKeys.alibaba(account, 'envs', app),
    queryFn: async () => (await alibabaApi(account).ListAppEnvironment({ AppId: Number(app), PageNumber: 1, PageSize: 100 })).Data ?? [],
    enabled: !!account && /^\d+$/.test(app),
    staleTime: 30_000,
  });
}

export function useAlibabaOrders(account: string, app: string, env: string) {
  return useQuery({
    queryKey: logKeys.alibaba(account, 'orders', app, env),
    queryFn: async () => (await alibabaApi(account).ListDeployOrders({ AppId: Number(app), EnvId: Number(env), PageNumber: 1, PageSize: 50 })).Data ?? [],
    enabled: !!account && /^\d+$/.test(app) && /^\d+$/.test(env),
    staleTime: 10_000,
  });
}

export function useAlibabaPods(account: string, order: string) {
  return useQuery({
    queryKey: logKeys.alibaba(account, 'pods', order),
    queryFn: async () => (await alibabaApi(account).ListPods({ DeployOrderId: Number(order), PageNumber: 1, PageSize: 100 })).Data ?? [],
    enabled: !!account && /^\d+$/.test(order),
    staleTime: 10_000,
  });
}
