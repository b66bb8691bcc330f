import { resourceKeys } from '../../shared/queryKeys';

/**
 * Under the shared `repositories` prefix, so a change here refreshes the cross-cloud
 * Repositories page's NetEase rows as well.
 */
export const imageKeys = {
  repositories: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'repositories'] as const,
  list: (accountId: string, region: string) => [...imageKeys.repositories(accountId, region), 'netease-all'] as const,
  detail: (accountId: string, region: string, repoId: number) => [...imageKeys.repositories(accountId, region), 'netease-detail', repoId] as const,
};
