import { resourceKeys } from '../../shared/queryKeys';

/** Query keys of the load balancer pages, rooted at the shared (provider, account, region) scope. */
export const lbKeys = {
  loadBalancers: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'load-balancers'] as const,
  detail: (accountId: string, region: string, namespace: string, name: string) => [...lbKeys.loadBalancers(accountId, region), 'detail', namespace, name] as const,
  listeners: (accountId: string, region: string, namespace: string, name: string) => [...lbKeys.loadBalancers(accountId, region), 'listeners', namespace, name] as const,
  certificates: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'certificates'] as const,
  namespaces: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'lb-namespaces'] as const,
  services: (accountId: string, region: string, spaceId: number) => [...resourceKeys.scope('netease', accountId, region), 'lb-services', spaceId] as const,
};
