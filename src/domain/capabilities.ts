import type { ProviderId } from '../providers/core/types';

/**
 * What each provider offers, in one table that the cross-cloud pages and the capability page both
 * read. A page lists a provider only when the provider offers the resource; for the neutral pages
 * the provider's pack must also implement the matching ProviderDomain method.
 */
export type NeutralResource = 'clusters' | 'nodes' | 'repositories' | 'tags' | 'services' | 'ingresses' | 'logs' | 'monitoring';

export const CAPABILITIES: Record<ProviderId, readonly NeutralResource[]> = {
  tencent: ['clusters', 'nodes', 'services', 'repositories', 'tags', 'ingresses', 'logs', 'monitoring'],
  // Alibaba's document has no image registry and no metrics API.
  alibaba: ['clusters', 'nodes', 'services', 'ingresses', 'logs'],
  // NetEase's document has no clusters: its spaces are its grouping level and stand in for them on
  // the Clusters page. It has no log API and no metrics API.
  netease: ['clusters', 'repositories', 'tags', 'services', 'ingresses'],
};

export const offers = (provider: ProviderId, resource: NeutralResource): boolean => CAPABILITIES[provider].includes(resource);

export const providersOffering = (resource: NeutralResource): ProviderId[] =>
  (Object.keys(CAPABILITIES) as ProviderId[]).filter((p) => offers(p, resource));

/** Every kind of resource the three documents cover, for the capability page. */
export type ResourceKind =
  | 'clusters'
  | 'nodes'
  | 'namespaces'
  | 'services'
  | 'repositories'
  | 'ingresses'
  | 'logs'
  | 'monitoring'
  | 'storage'
  | 'databases'
  | 'addresses'
  | 'keys'
  | 'users';

/** Where a provider offers a kind: the catalog groups of its operations, and the page that shows them. */
export interface KindOffer {
  groups: readonly string[];
  /** Operations outside those groups that also belong here (e.g. Tencent's instance log). */
  operations?: readonly string[];
  path: string;
  /** Why it looks different from the other providers (message key suffix in capabilities.note.*). */
  note?: string;
}

/** A kind a provider does not offer, and the reason (message key suffix in capabilities.reason.*). */
export interface KindAbsent {
  absent: string;
}

export const KINDS: Record<ResourceKind, Record<ProviderId, KindOffer | KindAbsent>> = {
  clusters: {
    tencent: { groups: ['cluster', 'task'], path: '/clusters' },
    alibaba: { groups: ['cluster'], path: '/clusters' },
    netease: { groups: ['space'], path: '/netease/spaces', note: 'spacesAsClusters' },
  },
  nodes: {
    tencent: { groups: ['node', 'asg'], path: '/clusters' },
    alibaba: { groups: ['node-label'], operations: ['AddClusterNode', 'RemoveClusterNode', 'ListClusterNode', 'ListAvailableClusterNode'], path: '/clusters' },
    netease: { absent: 'noNodes' },
  },
  namespaces: {
    tencent: { groups: ['namespace'], path: '/clusters' },
    alibaba: { absent: 'environmentsInstead' },
    netease: { groups: ['space'], path: '/netease/spaces' },
  },
  services: {
    tencent: { groups: ['service', 'instance'], path: '/services' },
    alibaba: { groups: ['app', 'environment', 'deploy-config', 'deploy', 'app-instance', 'pod', 'resource-alloc'], path: '/services', note: 'appsAsServices' },
    netease: { groups: ['service', 'container'], path: '/services' },
  },
  repositories: {
    tencent: { groups: ['repository', 'tag', 'registry-namespace', 'registry-user', 'favor', 'trigger'], path: '/repositories' },
    alibaba: { absent: 'noRegistry' },
    netease: { groups: ['repository', 'image'], path: '/repositories' },
  },
  ingresses: {
    tencent: { groups: ['ingress'], path: '/ingresses' },
    alibaba: { groups: ['slb', 'service'], path: '/ingresses' },
    netease: { groups: ['loadbalancer', 'listener', 'certificate'], path: '/ingresses' },
  },
  logs: {
    tencent: { groups: ['log'], operations: ['DescribeInstanceLog', 'DescribeServiceEvent'], path: '/logs' },
    alibaba: { groups: ['pod'], operations: ['DescribePodLog', 'DescribePodEvents'], path: '/logs' },
    netease: { absent: 'noLogApi' },
  },
  monitoring: {
    tencent: { groups: ['monitor'], operations: ['DescribeClusterRequestLimitInfo'], path: '/monitoring' },
    alibaba: { absent: 'noMetricsApiAlibaba' },
    netease: { absent: 'noMetricsApiNetease' },
  },
  storage: {
    tencent: { absent: 'volumesInServices' },
    alibaba: { groups: ['pv', 'pvc'], path: '/alibaba/storage' },
    netease: { groups: ['disk'], path: '/netease/volumes' },
  },
  databases: {
    tencent: { absent: 'noDatabases' },
    alibaba: { groups: ['rds'], path: '/alibaba/rds' },
    netease: { absent: 'noDatabases' },
  },
  addresses: {
    tencent: { absent: 'noAddresses' },
    alibaba: { absent: 'noAddresses' },
    netease: { groups: ['ip'], path: '/netease/ips' },
  },
  keys: {
    tencent: { absent: 'noKeys' },
    alibaba: { absent: 'noKeys' },
    netease: { groups: ['secretkey'], path: '/netease/ssh-keys' },
  },
  users: {
    tencent: { groups: ['registry-user'], path: '/tencent/registry/account', note: 'registryAccount' },
    alibaba: { groups: ['user'], path: '/alibaba/users' },
    netease: { absent: 'noUsers' },
  },
};

export const isOffered = (cell: KindOffer | KindAbsent): cell is KindOffer => !('absent' in cell);
