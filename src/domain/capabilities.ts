import type { ProviderId } from '../providers/core/types';

/**
 * Which provider each cross-cloud page shows. A page lists a provider only when the provider
 * offers the resource here; the pack must also implement the matching ProviderDomain method.
 * Tencent's image registry (ccr) exists in its pack, but the Repositories page of the foundation
 * issue is NetEase's; Tencent joins it with the registry issue.
 */
export type NeutralResource = 'clusters' | 'nodes' | 'repositories' | 'tags' | 'services' | 'ingresses' | 'logs' | 'monitoring';

export const CAPABILITIES: Record<ProviderId, readonly NeutralResource[]> = {
  tencent: ['clusters', 'nodes', 'services'],
  alibaba: ['clusters', 'nodes', 'services'],
  netease: ['repositories', 'tags', 'services'],
};

export const offers = (provider: ProviderId, resource: NeutralResource): boolean => CAPABILITIES[provider].includes(resource);

export const providersOffering = (resource: NeutralResource): ProviderId[] =>
  (Object.keys(CAPABILITIES) as ProviderId[]).filter((p) => offers(p, resource));
