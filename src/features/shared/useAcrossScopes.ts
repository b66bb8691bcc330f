import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { Scope } from '../../app/accounts/scope';
import type { DomainContext, ProviderDomain } from '../../domain/types';
import type { ProviderId } from '../../providers/core/types';
import { domainContext, domainOf } from './domainContext';

export interface ScopeResult<T> {
  scope: Scope;
  rows: T[];
  error: unknown;
  isLoading: boolean;
  refetch: () => void;
}

/**
 * One query per (account, region): a failing account keeps its error to itself while the
 * other accounts' rows still show.
 */
export function useAcrossScopes<T>(
  scopes: readonly Scope[],
  key: (provider: ProviderId, accountId: string, region: string) => readonly unknown[],
  load: (domain: ProviderDomain, ctx: DomainContext) => Promise<T[]> | undefined,
  options: { pollWhile?: (row: T) => boolean; pollMs?: number } = {},
) {
  const { pollWhile, pollMs = 5000 } = options;
  const results = useQueries({
    queries: scopes.map((scope) => ({
      queryKey: key(scope.account.provider, scope.account.id, scope.region),
      queryFn: async () => (await load(domainOf(scope.account.provider), domainContext(scope.account.provider, scope.account.id, scope.region))) ?? [],
      // A scope with something in motion (a cluster Creating, a service rolling out) refreshes by
      // itself until it settles; the others stay quiet.
      refetchInterval: pollWhile ? (query: { state: { data?: T[] } }) => (query.state.data?.some(pollWhile) ? pollMs : false) : undefined,
    })),
  });
  const perScope: ScopeResult<T>[] = scopes.map((scope, i) => ({
    scope,
    rows: results[i]?.data ?? [],
    error: results[i]?.error ?? null,
    isLoading: results[i]?.isLoading ?? false,
    refetch: () => void results[i]?.refetch(),
  }));
  // One stable array while no answer changed, so the table does not re-filter on every render.
  const stamp = results.map((r) => r.dataUpdatedAt).join();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const rows = useMemo(() => perScope.flatMap((r) => r.rows), [stamp, scopes]);
  return {
    perScope,
    rows,
    failed: perScope.filter((r) => r.error),
    isLoading: perScope.some((r) => r.isLoading),
    isFetching: results.some((r) => r.isFetching),
    refetchAll: () => results.forEach((r) => void r.refetch()),
  };
}
