import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAccounts } from '../../app/accounts/useAccounts';
import type { AccountInfo } from '../../app/session/api';
import { accountClient } from '../../providers/core/client';
import { httpTransport, type Transport } from '../../providers/core/transport';
import { alibabaClient, unwrapAlibaba, type AlibabaClient, type AlibabaResult } from '../../providers/alibaba/client';
import { resourceKeys } from '../shared/queryKeys';

export type ClusterRow = NonNullable<AlibabaResult<'ListCluster'>['Data']>[number];
export type NodeRow = NonNullable<AlibabaResult<'ListClusterNode'>['Data']>[number];
export type LabelRow = NonNullable<AlibabaResult<'ListNodeLabels'>['Data']>[number];
export type BindingRow = NonNullable<AlibabaResult<'ListNodeLabelBindings'>['Data']>[number];
export type ClusterDetail = NonNullable<AlibabaResult<'QueryClusterDetail'>['Result']>;

/** The typed Alibaba client of one account, through the proxy (which signs, RPC signature v1). */
export const clusterApi = (accountId: string, transport: Transport = httpTransport): AlibabaClient => alibabaClient(accountClient(transport, unwrapAlibaba, accountId));

/** The region a call carries: the account's first (聚石塔 accounts list one), or none. */
export const regionOfAccount = (account: Pick<AccountInfo, 'regions'> | undefined) => account?.regions[0] || undefined;

export const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Reads every PageNumber/PageSize page (PageSize ≤ 100, the document's limit). */
export async function readAll<T>(page: (pageNumber: number, pageSize: number) => Promise<{ total?: unknown; items: readonly T[] | null | undefined }>, pageSize = 100): Promise<T[]> {
  const all: T[] = [];
  for (let n = 1; ; n += 1) {
    const { total, items } = await page(n, pageSize);
    all.push(...(items ?? []));
    const t = Number(total);
    if ((items ?? []).length < pageSize || (total !== undefined && total !== null && Number.isFinite(t) && all.length >= t)) return all;
  }
}

/**
 * Query keys, rooted at the shared (provider, account, region) scope. `cluster(…)` covers every
 * query of one cluster, so a change refreshes its detail, nodes, labels and bindings at once;
 * cluster creation or deletion refreshes everything of the account (the cross-cloud list too).
 */
export const clusterKeys = {
  account: (accountId: string) => ['alibaba', accountId] as const,
  list: (accountId: string, region: string) => resourceKeys.clusters('alibaba', accountId, region, { area: 'alibaba-clusters' }),
  cluster: (accountId: string, region: string, clusterId: string) => [...resourceKeys.scope('alibaba', accountId, region), 'cluster', clusterId] as const,
  detail: (a: string, r: string, c: string) => [...clusterKeys.cluster(a, r, c), 'detail'] as const,
  nodes: (a: string, r: string, c: string) => [...clusterKeys.cluster(a, r, c), 'nodes'] as const,
  available: (a: string, r: string, c: string) => [...clusterKeys.cluster(a, r, c), 'available-nodes'] as const,
  labels: (a: string, r: string, c: string) => [...clusterKeys.cluster(a, r, c), 'labels'] as const,
  bindings: (a: string, r: string, c: string) => [...clusterKeys.cluster(a, r, c), 'bindings'] as const,
};

/** The account named in the URL, among the configured Alibaba accounts. */
export function useAlibabaAccount(accountId: string | undefined) {
  const accounts = useAccounts();
  const alibaba = (accounts.data ?? []).filter((a) => a.provider === 'alibaba');
  const account = alibaba.find((a) => a.id === accountId);
  return { accounts, alibaba, account };
}

export interface ClusterScope {
  accountId: string;
  region: string;
  clusterId: string;
}

const regionArg = (s: ClusterScope) => s.region || undefined;

export function useClusterList(accountId: string | undefined, region: string) {
  return useQuery({
    queryKey: clusterKeys.list(accountId ?? '', region),
    queryFn: () =>
      readAll<ClusterRow>(async (PageNum, PageSize) => {
        const r = await clusterApi(accountId!).ListCluster({ PageNum, PageSize }, region || undefined);
        return { total: r.TotalCount, items: r.Data };
      }),
    enabled: !!accountId,
  });
}

export function useClusterDetail(s: ClusterScope, enabled = true) {
  return useQuery({
    queryKey: clusterKeys.detail(s.accountId, s.region, s.clusterId),
    queryFn: async () => (await clusterApi(s.accountId).QueryClusterDetail({ ClusterInstanceId: s.clusterId }, regionArg(s))).Result ?? {},
    enabled: enabled && !!s.accountId,
  });
}

export function useClusterNodes(s: ClusterScope, enabled = true) {
  return useQuery({
    queryKey: clusterKeys.nodes(s.accountId, s.region, s.clusterId),
    queryFn: () =>
      readAll<NodeRow>(async (PageNum, PageSize) => {
        const r = await clusterApi(s.accountId).ListClusterNode({ ClusterInstanceId: s.clusterId, PageNum, PageSize }, regionArg(s));
        return { total: r.TotalCount, items: r.Data };
      }),
    enabled: enabled && !!s.accountId,
  });
}

/** The ECS instances that may join the cluster (asked when the add dialog opens, never cached long). */
export function useAvailableNodes(s: ClusterScope, enabled: boolean) {
  return useQuery({
    queryKey: clusterKeys.available(s.accountId, s.region, s.clusterId),
    queryFn: () =>
      readAll<NodeRow>(async (PageNum, PageSize) => {
        const r = await clusterApi(s.accountId).ListAvailableClusterNode({ ClusterInstanceId: s.clusterId, PageNum, PageSize }, regionArg(s));
        return { total: r.TotalCount, items: r.Data };
      }),
    enabled: enabled && !!s.accountId,
    staleTime: 0,
  });
}

export function useNodeLabels(s: ClusterScope, enabled = true) {
  return useQuery({
    queryKey: clusterKeys.labels(s.accountId, s.region, s.clusterId),
    queryFn: () =>
      readAll<LabelRow>(async (PageNumber, PageSize) => {
        const r = await clusterApi(s.accountId).ListNodeLabels({ ClusterId: s.clusterId, PageNumber, PageSize }, regionArg(s));
        return { total: r.TotalCount, items: r.Data };
      }),
    enabled: enabled && !!s.accountId,
  });
}

export function useLabelBindings(s: ClusterScope, enabled = true) {
  return useQuery({
    queryKey: clusterKeys.bindings(s.accountId, s.region, s.clusterId),
    queryFn: () =>
      readAll<BindingRow>(async (PageNumber, PageSize) => {
        const r = await clusterApi(s.accountId).ListNodeLabelBindings({ ClusterId: s.clusterId, PageNumber, PageSize }, regionArg(s));
        return { total: r.TotalCount, items: r.Data };
      }),
    enabled: enabled && !!s.accountId,
  });
}

/**
 * A state-changing call on one cluster. Afterwards, failed or not (a refused call may still have
 * changed something), every query of the cluster and the account's cluster lists refresh.
 */
export function useClusterChange<V>(s: ClusterScope, run: (api: AlibabaClient, vars: V, region: string | undefined) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => run(clusterApi(s.accountId), vars, regionArg(s)),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: clusterKeys.cluster(s.accountId, s.region, s.clusterId) });
      await queryClient.invalidateQueries({ queryKey: resourceKeys.clusters('alibaba', s.accountId, s.region) });
      await queryClient.invalidateQueries({ queryKey: [...resourceKeys.scope('alibaba', s.accountId, s.region), 'nodes'] });
    },
  });
}
