import { resourceKeys } from '../../shared/queryKeys';

const root = (accountId: string, region: string) => resourceKeys.scope('alibaba', accountId, region);

/**
 * Query keys of the Alibaba pages, rooted at the shared factory's (provider, account, region)
 * scope. A change invalidates its resource kind with one prefix: `storage` covers volumes and
 * claims (a claim binds a volume), `rds(…, instance)` covers databases, accounts and backups.
 */
export const alibabaKeys = {
  clusters: (accountId: string, region: string) => [...root(accountId, region), 'clusters', {}] as const,
  environments: (accountId: string, region: string) => [...root(accountId, region), 'app-environments'] as const,
  storage: (accountId: string, region: string) => [...root(accountId, region), 'storage'] as const,
  volumes: (accountId: string, region: string, clusterId: string) => [...alibabaKeys.storage(accountId, region), 'volumes', clusterId] as const,
  claims: (accountId: string, region: string, appId: number, envId: number) => [...alibabaKeys.storage(accountId, region), 'claims', appId, envId] as const,
  rds: (accountId: string, region: string, instanceId: string) => [...root(accountId, region), 'rds', instanceId] as const,
  databases: (accountId: string, region: string, instanceId: string) => [...alibabaKeys.rds(accountId, region, instanceId), 'databases'] as const,
  rdsAccounts: (accountId: string, region: string, instanceId: string) => [...alibabaKeys.rds(accountId, region, instanceId), 'accounts'] as const,
  backups: (accountId: string, region: string, instanceId: string, type: string) => [...alibabaKeys.rds(accountId, region, instanceId), 'backups', type] as const,
  users: (accountId: string, region: string) => [...root(accountId, region), 'users'] as const,
  userRoles: (accountId: string, region: string) => [...root(accountId, region), 'users', 'roles'] as const,
};
