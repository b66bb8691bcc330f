import type { ProviderId } from '../../providers/core/types';
import { resourceKeys } from '../shared/queryKeys';

/**
 * Every query key of the ingress pages, rooted at (provider, account, region) and then
 * 'ingresses': a change invalidates `ingressKeys.all(...)` and both the cross-cloud list and the
 * detail views of that scope refresh.
 */
export const ingressKeys = {
  all: (provider: ProviderId, accountId: string, region: string) => [...resourceKeys.scope(provider, accountId, region), 'ingresses'] as const,
  list: (provider: ProviderId, accountId: string, region: string) => [...ingressKeys.all(provider, accountId, region), 'list', {}] as const,
  tencentCluster: (accountId: string, region: string, clusterId: string, namespace: string) =>
    [...ingressKeys.all('tencent', accountId, region), 'tencent', clusterId, namespace] as const,
  slbAp: (accountId: string, region: string, id: string) => [...ingressKeys.all('alibaba', accountId, region), 'slb-ap', id] as const,
  service: (accountId: string, region: string, id: string) => [...ingressKeys.all('alibaba', accountId, region), 'service', id] as const,
  environments: (accountId: string, region: string) => [...ingressKeys.all('alibaba', accountId, region), 'environments'] as const,
};
