import { useQuery } from '@tanstack/react-query';
import type { ResultOf } from '../../../providers/core/types';
import type { NeteaseOps } from '../../../providers/netease/operations';
import { neteaseApi } from '../../netease/shared/client';
import { readAllPages } from '../../netease/shared/useAcrossAccounts';
import { imageKeys } from './keys';
import { buildFinished } from './rules';

export type Repository = ResultOf<NeteaseOps['getRepository']>;
export type RepositorySummary = ResultOf<NeteaseOps['listRepositories']>['repositories'][number];
export type ImageTag = Repository['tags'][number];

const POLL_MS = 2000;

/** 5.3, looked at again every 2 s while any tag is still initialising or building. */
export const useRepository = (accountId: string, region: string, repoId: number | undefined, enabled = true) =>
  useQuery({
    queryKey: imageKeys.detail(accountId, region, repoId ?? -1),
    queryFn: () => neteaseApi(accountId).call('getRepository', { id: repoId! }),
    enabled: enabled && !!accountId && repoId !== undefined && Number.isFinite(repoId),
    refetchInterval: (q) => (q.state.data?.tags.some((t) => !buildFinished(t.status)) ? POLL_MS : false),
  });

/** 5.2, every page (30 per page, the document's largest). */
export const useRepositories = (accountId: string | undefined, region: string) =>
  useQuery({
    queryKey: imageKeys.list(accountId ?? '', region),
    queryFn: () =>
      readAllPages(async (offset) => {
        const page = await neteaseApi(accountId!).call('listRepositories', { limit: 30, offset });
        return { total: page.total, items: page.repositories };
      }),
    enabled: !!accountId,
  });
