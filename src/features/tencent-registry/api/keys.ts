import { resourceKeys } from '../../shared/queryKeys';

/**
 * Registry keys, from the shared factory's account root. The registry is account-wide, so its
 * "region" slot is `ccr`; invalidating `root(account)` refreshes every registry list of it.
 */
export const registryKeys = {
  root: (accountId: string) => resourceKeys.scope('tencent', accountId, 'ccr'),
  namespaces: (accountId: string) => [...registryKeys.root(accountId), 'namespaces'] as const,
  repositories: (accountId: string, params: Record<string, unknown> = {}) => resourceKeys.repositories('tencent', accountId, 'ccr', params),
  repository: (accountId: string, reponame: string) => [...registryKeys.root(accountId), 'repository', reponame] as const,
  tags: (accountId: string, reponame: string) => resourceKeys.tags('tencent', accountId, 'ccr', reponame),
  strategy: (accountId: string, reponame: string) => [...registryKeys.root(accountId), 'strategy', reponame] as const,
  triggers: (accountId: string, reponame: string) => [...registryKeys.root(accountId), 'triggers', reponame] as const,
  triggerLog: (accountId: string, reponame: string) => [...registryKeys.root(accountId), 'triggerLog', reponame] as const,
  favorites: (accountId: string) => [...registryKeys.root(accountId), 'favorites'] as const,
  limits: (accountId: string) => [...registryKeys.root(accountId), 'limits'] as const,
  publicRepositories: (accountId: string, params: Record<string, unknown>) => [...registryKeys.root(accountId), 'public', params] as const,
};
