import { resourceKeys } from '../../shared/queryKeys';

/**
 * Every key of this area, rooted at the shared factory's (tencent, account, region): one
 * invalidation of `root` after a change refreshes the cluster, its lists, and the cross-cloud
 * Clusters page (which keys its Tencent rows with `resourceKeys.clusters` under the same root).
 */
export const clusterKeys = {
  root: (accountId: string, region: string) => resourceKeys.scope('tencent', accountId, region),
  clusters: (accountId: string, region: string) => resourceKeys.clusters('tencent', accountId, region, { area: 'tencent-clusters' }),
  cluster: (accountId: string, region: string, clusterId: string) => [...clusterKeys.root(accountId, region), 'cluster', clusterId] as const,
  nodes: (accountId: string, region: string, clusterId: string) => [...resourceKeys.nodes('tencent', accountId, region, clusterId), 'raw'] as const,
  of: (accountId: string, region: string, clusterId: string, what: string) => [...clusterKeys.root(accountId, region), what, { clusterId }] as const,
  task: (accountId: string, region: string, requestId: number) => [...clusterKeys.root(accountId, region), 'task', requestId] as const,
};
