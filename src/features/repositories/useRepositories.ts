import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useScopes } from '../../app/accounts/useAccounts';
import type { Scope } from '../../app/accounts/scope';
import { providersOffering } from '../../domain/capabilities';
import type { Repository } from '../../domain/types';
import { domainContext, domainOf } from '../shared/domainContext';
import { inTurn } from '../shared/rowRequests';
import { resourceKeys } from '../shared/queryKeys';
import type { ScopeResult } from '../shared/useAcrossScopes';
import { useAcrossScopes } from '../shared/useAcrossScopes';
import { newestFirst } from './sortTags';
import { listTencentRepositories, listTencentTags, registryRegion } from './tencentRegistry';

const REPOSITORY_PROVIDERS = providersOffering('repositories');

/** Tencent's registry is per account: one scope per account, in its registry region. */
export function registryScopes(scopes: readonly Scope[]): Scope[] {
  const seen = new Map<string, Scope>();
  for (const s of scopes) if (s.account.provider === 'tencent' && !seen.has(s.account.id)) seen.set(s.account.id, { account: s.account, region: registryRegion(s.account) });
  return [...seen.values()];
}

/**
 * Every repository of every account that offers a registry: NetEase (and any other pack with a
 * domain adapter) per account and region, Tencent per account through this folder's adapter.
 * One failing account keeps its error to itself.
 */
export function useRepositories() {
  const { accounts, scopes } = useScopes(REPOSITORY_PROVIDERS);
  const domainScopes = useMemo(() => scopes.filter((s) => s.account.provider !== 'tencent'), [scopes]);
  const tencentScopes = useMemo(() => registryScopes(scopes), [scopes]);
  const others = useAcrossScopes<Repository>(domainScopes, (p, a, r) => resourceKeys.repositories(p, a, r), (domain, ctx) => domain.listRepositories?.(ctx));
  const tencent = useQueries({
    queries: tencentScopes.map((s) => ({
      queryKey: resourceKeys.repositories('tencent', s.account.id, s.region, { registry: 'ccr' }),
      queryFn: () => listTencentRepositories(s.account),
    })),
  });
  const stamp = tencent.map((r) => r.dataUpdatedAt).join();
  const rows = useMemo(
    () => [...tencent.flatMap((r) => r.data ?? []), ...others.rows],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stamp, others.rows],
  );
  const tencentFailed: ScopeResult<Repository>[] = tencentScopes
    .map((scope, i) => ({ scope, rows: [], error: tencent[i]?.error ?? null, isLoading: !!tencent[i]?.isLoading, refetch: () => void tencent[i]?.refetch() }))
    .filter((r) => r.error);
  return {
    accounts,
    scopeCount: domainScopes.length + tencentScopes.length,
    rows,
    failed: [...tencentFailed, ...others.failed],
    isLoading: others.isLoading || tencent.some((r) => r.isLoading),
    isFetching: others.isFetching || tencent.some((r) => r.isFetching),
    refetchAll: () => {
      others.refetchAll();
      tencent.forEach((r) => void r.refetch());
    },
  };
}

/** A repository's tags, newest first; shared by the expanded row and the latest-tag cell. */
export function useTags(repository: Repository, options: { enabled?: boolean } = {}) {
  const { provider, accountId, region } = repository;
  return useQuery({
    queryKey: resourceKeys.tags(provider, accountId, region, repository.id),
    queryFn: () =>
      inTurn(async () =>
        newestFirst(provider === 'tencent' ? await listTencentTags(repository) : ((await domainOf(provider).listTags?.(domainContext(provider, accountId, region), repository)) ?? [])),
      ),
    enabled: options.enabled ?? true,
    staleTime: 60_000,
  });
}
