import type { ProviderId } from '../../providers/core/types';

/**
 * Every query key of a provider resource, built here and rooted at provider, account and region,
 * so invalidating after a change is one line (`scope(...)` drops everything of that account/region).
 */
export const resourceKeys = {
  scope: (provider: ProviderId, accountId: string, region: string) => [provider, accountId, region] as const,
  clusters: (provider: ProviderId, accountId: string, region: string, params: Record<string, unknown> = {}) =>
    [provider, accountId, region, 'clusters', params] as const,
  nodes: (provider: ProviderId, accountId: string, region: string, clusterId: string) =>
    [provider, accountId, region, 'nodes', { clusterId }] as const,
  repositories: (provider: ProviderId, accountId: string, region: string, params: Record<string, unknown> = {}) =>
    [provider, accountId, region, 'repositories', params] as const,
  tags: (provider: ProviderId, accountId: string, region: string, repositoryId: string) =>
    [provider, accountId, region, 'tags', { repositoryId }] as const,
};
