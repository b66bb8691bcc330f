import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountClient } from '../../providers/core/client';
import { httpTransport, type Transport } from '../../providers/core/transport';
import { tencentClient, unwrapTencent, type TencentClient, type TencentParams, type TencentResult } from '../../providers/tencent/client';
import { resourceKeys } from '../shared/queryKeys';

export type CollectorRow = NonNullable<TencentResult<'ListLogCollector'>['logCollectorList']>[number];
export type ClusterRow = NonNullable<TencentResult<'DescribeCluster'>['clusters']>[number];

export const logApi = (accountId: string, transport: Transport = httpTransport): TencentClient => tencentClient(accountClient(transport, unwrapTencent, accountId));

export interface ClusterScope {
  accountId: string;
  region: string;
  clusterId: string;
}

/** Keys rooted at the shared (provider, account, region) scope; `collectors(…)` covers a cluster's list and each rule. */
export const logKeys = {
  clusters: (accountId: string, region: string) => resourceKeys.clusters('tencent', accountId, region, { area: 'tencent-logging' }),
  cluster: (s: ClusterScope) => [...resourceKeys.scope('tencent', s.accountId, s.region), 'log-collectors', s.clusterId] as const,
  daemon: (s: ClusterScope) => [...logKeys.cluster(s), 'daemon'] as const,
  list: (s: ClusterScope) => [...logKeys.cluster(s), 'list'] as const,
  one: (s: ClusterScope, name: string) => [...logKeys.cluster(s), 'one', name] as const,
  namespaces: (s: ClusterScope) => [...resourceKeys.scope('tencent', s.accountId, s.region), 'namespaces', s.clusterId] as const,
  services: (s: ClusterScope) => [...resourceKeys.scope('tencent', s.accountId, s.region), 'services', s.clusterId, 'all'] as const,
};

const PAGE = 100;

/** Every cluster of one account and region (DescribeCluster pages by offset/limit). */
export async function loadClusters(api: TencentClient, region: string): Promise<ClusterRow[]> {
  const rows: ClusterRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const r = await api.DescribeCluster({ offset, limit: PAGE }, region || undefined);
    rows.push(...(r.clusters ?? []));
    if ((r.clusters ?? []).length < PAGE || rows.length >= (r.totalCount ?? 0)) return rows;
  }
}

export function useClusterInfo(s: ClusterScope) {
  return useQuery({
    queryKey: [...logKeys.clusters(s.accountId, s.region), s.clusterId],
    queryFn: async () => (await logApi(s.accountId).DescribeCluster({ clusterIds: [s.clusterId], offset: 0, limit: 1 }, s.region || undefined)).clusters?.[0] ?? null,
  });
}

export function useDaemonStatus(s: ClusterScope) {
  return useQuery({
    queryKey: logKeys.daemon(s),
    queryFn: () => logApi(s.accountId).GetLogDaemonStatus({ clusterId: s.clusterId }, s.region || undefined),
  });
}

export function useCollectors(s: ClusterScope) {
  return useQuery({
    queryKey: logKeys.list(s),
    queryFn: async () => {
      const rows: CollectorRow[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const r = await logApi(s.accountId).ListLogCollector({ clusterId: s.clusterId, offset, limit: PAGE }, s.region || undefined);
        rows.push(...(r.logCollectorList ?? []));
        if ((r.logCollectorList ?? []).length < PAGE || rows.length >= (r.totalCount ?? 0)) return rows;
      }
    },
  });
}

/** One rule as GetLogCollector returns it (the view and the edit form read this, not the list row). */
export function useCollector(s: ClusterScope, name: string | undefined) {
  return useQuery({
    queryKey: logKeys.one(s, name ?? ''),
    queryFn: async () => (await logApi(s.accountId).GetLogCollector({ clusterId: s.clusterId, name: name! }, s.region || undefined)).logCollectorList ?? {},
    enabled: !!name,
  });
}

export function useNamespaces(s: ClusterScope, enabled: boolean) {
  return useQuery({
    queryKey: logKeys.namespaces(s),
    queryFn: async () => ((await logApi(s.accountId).DescribeClusterNameSpaces({ clusterId: s.clusterId }, s.region || undefined)).namespaces ?? []).map((n) => String(n.name ?? '')).filter(Boolean),
    enabled,
  });
}

/** Every service of the cluster (allnamespace=1): the deployments a namespace's rule may pick. */
export function useServices(s: ClusterScope, enabled: boolean) {
  return useQuery({
    queryKey: logKeys.services(s),
    queryFn: async () => ((await logApi(s.accountId).DescribeClusterService({ clusterId: s.clusterId, allnamespace: 1 }, s.region || undefined)).services ?? []).map((v) => ({ namespace: String(v.namespace ?? ''), name: String(v.serviceName ?? '') })),
    enabled,
  });
}

/** Is the name free in the cluster? CheckIfLogCollectorName's checkResult is true when it exists. */
export async function nameTaken(s: ClusterScope, name: string): Promise<boolean> {
  const r = await logApi(s.accountId).CheckIfLogCollectorName({ clusterId: s.clusterId, name }, s.region || undefined);
  return r.checkResult === true;
}

/** A change to the cluster's rules; afterwards, failed or not, its list and rules refresh. */
export function useCollectorChange<V>(s: ClusterScope, run: (api: TencentClient, vars: V, region: string | undefined) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => run(logApi(s.accountId), vars, s.region || undefined),
    onSettled: () => queryClient.invalidateQueries({ queryKey: logKeys.cluster(s) }),
  });
}

export type CreateParams = TencentParams<'CreateLogCollector'>;
export type UpdateParams = TencentParams<'UpdateLogCollector'>;
