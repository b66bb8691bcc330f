import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { clusterKeys } from './keys';
import { fetchAsgs, fetchCluster, fetchHubs, fetchNodes } from './read';
import { tencentScope, type TencentScope } from './scope';
import { MOVING_STATUS, type ClusterRow } from './types';

/** Where a detail page lives: account, region, cluster. */
export interface ClusterRef {
  accountId: string;
  region: string;
  clusterId: string;
}

const POLL = 3000;

/** While the cluster moves (Creating, Scaling, Deleting …) it is read again every few seconds. */
export function useCluster(ref: ClusterRef) {
  const s = tencentScope(ref.accountId, ref.region);
  return useQuery({
    queryKey: clusterKeys.cluster(ref.accountId, ref.region, ref.clusterId),
    queryFn: () => fetchCluster(s, ref.clusterId),
    refetchInterval: (q) => (q.state.data && MOVING_STATUS.has(q.state.data.status ?? '') ? POLL : false),
  });
}

export const isMoving = (c: ClusterRow | null | undefined) => !!c && MOVING_STATUS.has(c.status ?? '');

export function useNodes(ref: ClusterRef, moving: boolean, enabled = true) {
  const s = tencentScope(ref.accountId, ref.region);
  return useQuery({
    queryKey: clusterKeys.nodes(ref.accountId, ref.region, ref.clusterId),
    queryFn: () => fetchNodes(s, ref.clusterId),
    enabled,
    // Nodes being bought or removed change state on their own: follow them while anything moves.
    refetchInterval: (q) => (moving || (q.state.data ?? []).some((n) => n.isNormal === 0 && !n.abnormalReason) ? POLL : false),
  });
}

export function useClusterQuery<R>(ref: ClusterRef, what: string, load: (s: TencentScope) => Promise<R>, options: { enabled?: boolean; poll?: (data: R | undefined) => number | false } = {}) {
  const s = tencentScope(ref.accountId, ref.region);
  return useQuery({
    queryKey: clusterKeys.of(ref.accountId, ref.region, ref.clusterId, what),
    queryFn: () => load(s),
    enabled: options.enabled ?? true,
    refetchInterval: (q) => options.poll?.(q.state.data) ?? false,
  });
}

export const useNamespaces = (ref: ClusterRef, enabled = true) =>
  useClusterQuery(ref, 'namespaces', async (s) => (await s.client.DescribeClusterNameSpaces({ clusterId: ref.clusterId }, s.region)).namespaces ?? [], { enabled });
export const useHubs = (ref: ClusterRef, enabled = true) => useClusterQuery(ref, 'hubs', (s) => fetchHubs(s, ref.clusterId), { enabled });
/** Groups settle (enabling → enabled, updating …) by themselves: followed until they do. */
export const useAsgs = (ref: ClusterRef, enabled = true) =>
  useClusterQuery(ref, 'asgs', (s) => fetchAsgs(s, ref.clusterId), { enabled, poll: (rows) => ((rows ?? []).some((g) => /ing$/.test(g.status ?? '')) ? POLL : false) });
export const useRequestLimits = (ref: ClusterRef, enabled = true) =>
  useClusterQuery(ref, 'limits', (s) => s.client.DescribeClusterRequestLimitInfo({ clusterId: ref.clusterId }, s.region), { enabled });
export const useSecurityInfo = (ref: ClusterRef, enabled = true) =>
  useClusterQuery(ref, 'security', (s) => s.client.DescribeClusterSecurityInfo({ clusterId: ref.clusterId }, s.region), { enabled });

/**
 * A change on one account/region: afterwards, failed or not, every query of that scope is read
 * again (the cluster, its lists, and the cross-cloud Clusters page).
 */
export function useClusterChange<V, R>(ref: { accountId: string; region: string }, run: (s: TencentScope, vars: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => run(tencentScope(ref.accountId, ref.region), vars),
    onSettled: () => qc.invalidateQueries({ queryKey: clusterKeys.root(ref.accountId, ref.region) }),
  });
}
