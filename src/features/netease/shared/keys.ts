import { resourceKeys } from '../../shared/queryKeys';

/**
 * Query keys of the NetEase pages, rooted at the shared factory's (provider, account, region)
 * scope, so the shell's "drop this account" invalidation reaches them too. A change invalidates
 * its resource kind with one prefix, e.g. `neteaseKeys.ips(a, r)` covers list, quota and detail.
 */
export const neteaseKeys = {
  secretKeys: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'secret-keys'] as const,
  volumes: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'cloud-volumes'] as const,
  ips: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'ips'] as const,
  ipList: (accountId: string, region: string, filter: { status?: string; type?: string }) => [...neteaseKeys.ips(accountId, region), 'list', filter] as const,
  ipQuota: (accountId: string, region: string) => [...neteaseKeys.ips(accountId, region), 'quota'] as const,
  ipDetail: (accountId: string, region: string, id: string) => [...neteaseKeys.ips(accountId, region), 'detail', id] as const,
};
