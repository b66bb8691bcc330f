import type { ProviderId } from '../providers/core/types';

/**
 * Provider-neutral shapes for the cross-cloud pages. Adapters in src/providers/<p>/domain.ts map
 * each provider's answers into these; `raw` keeps the provider's record for detail views.
 */
interface Owned {
  provider: ProviderId;
  accountId: string;
  region: string;
}

/** Normalised lifecycle so one filter works across clouds; `statusText` keeps the provider's word. */
export type NeutralStatus = 'running' | 'pending' | 'updating' | 'stopped' | 'failed' | 'deleting' | 'unknown';

/** CPU in cores, memory in GiB: what the pods ask for and may use, against what the nodes have. */
export interface ClusterCapacity {
  cpuTotal?: number;
  memoryGbTotal?: number;
  cpuRequest?: number;
  cpuLimit?: number;
  memoryGbRequest?: number;
  memoryGbLimit?: number;
}

export interface Cluster extends Owned {
  /** NetEase has no clusters: its spaces are its grouping level and appear as `space` rows. */
  kind?: 'cluster' | 'space';
  id: string;
  name: string;
  status: NeutralStatus;
  statusText: string;
  nodeCount: number;
  /** Spaces count services instead of nodes. */
  serviceCount?: number;
  capacity?: ClusterCapacity;
  createdAt?: string;
  description?: string;
  raw: unknown;
}

export interface ClusterNode extends Owned {
  clusterId: string;
  id: string;
  name: string;
  status: NeutralStatus;
  statusText: string;
  privateIp?: string;
  publicIp?: string;
  cpu?: number;
  memoryGb?: number;
  schedulable?: boolean;
  labels?: Record<string, string>;
  createdAt?: string;
  raw: unknown;
}

export interface Repository extends Owned {
  /** Unique within the account: Tencent `ns/name`, NetEase the repo id. */
  id: string;
  namespace?: string;
  name: string;
  visibility?: 'public' | 'private';
  tagCount?: number;
  latestTag?: string;
  pulls?: number;
  favourite?: boolean;
  description?: string;
  updatedAt?: string;
  raw: unknown;
}

export interface ImageTag extends Owned {
  repositoryId: string;
  name: string;
  size?: number;
  digest?: string;
  pushedAt?: string;
  /** Build status where the provider has builds (NetEase: 0 queued, 1 building, 2 ok, 3 failed). */
  buildStatus?: string;
  pullCommand?: string;
  raw: unknown;
}

/** A running workload: Tencent service, Alibaba app environment, NetEase microservice. */
export interface Service extends Owned {
  /** Unique within account and region (Tencent `cluster/namespace/name`, Alibaba `app/env`, NetEase the service id). */
  id: string;
  name: string;
  /** The level it lives in: Tencent cluster, Alibaba app + environment, NetEase space. */
  group: { kind: 'cluster' | 'app-environment' | 'space'; id: string; name: string };
  namespace?: string;
  status: NeutralStatus;
  statusText: string;
  /** Absent when the provider's list does not say (NetEase lists no ready count). */
  readyReplicas?: number;
  desiredReplicas?: number;
  images: string[];
  /** `80/TCP` or `8080→80/TCP` (service port → container port). */
  ports: string[];
  createdAt?: string;
  raw: unknown;
}

/** What a provider pack lets the neutral pages do; a missing method means "not offered". */
export interface DomainContext {
  accountId: string;
  region: string;
  /** Calls one operation through the proxy and returns its unwrapped result. */
  call: (operation: string, params?: Record<string, unknown>) => Promise<unknown>;
}

export interface ProviderDomain {
  listClusters?(ctx: DomainContext): Promise<Cluster[]>;
  listNodes?(ctx: DomainContext, clusterId: string): Promise<ClusterNode[]>;
  listRepositories?(ctx: DomainContext): Promise<Repository[]>;
  listTags?(ctx: DomainContext, repository: Repository): Promise<ImageTag[]>;
  listServices?(ctx: DomainContext): Promise<Service[]>;
  /** Images and ports where the provider's list does not carry them (asked per visible row). */
  describeService?(ctx: DomainContext, service: Service): Promise<ServiceSummary>;
}

export interface ServiceSummary {
  images: string[];
  ports: string[];
}
