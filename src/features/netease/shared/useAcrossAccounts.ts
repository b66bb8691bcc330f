import { useMemo } from 'react';
import { useQueries, type QueryKey } from '@tanstack/react-query';
import type { Scope } from '../../../app/accounts/scope';
import type { ScopeResult } from '../../shared/useAcrossScopes';
import { neteaseApi, type NeteaseApi } from './client';

/** One item of one account, as the tables show it. */
export interface AccountRow<T> {
  /** Unique across accounts: `account/id`. */
  key: string;
  accountId: string;
  accountName: string;
  region: string;
  item: T;
}

/**
 * One query per NetEase account: a failing account keeps its error to itself (ScopeErrors shows
 * it with code, message and RequestId) while the others' rows still show.
 */
export function useAcrossAccounts<T>(
  scopes: readonly Scope[],
  key: (accountId: string, region: string) => QueryKey,
  load: (api: NeteaseApi) => Promise<T[]>,
  idOf: (item: T) => string | number,
) {
  const results = useQueries({
    queries: scopes.map((scope) => ({
      queryKey: key(scope.account.id, scope.region),
      queryFn: () => load(neteaseApi(scope.account.id)),
    })),
  });
  const perScope: ScopeResult<T>[] = scopes.map((scope, i) => ({
    scope,
    rows: results[i]?.data ?? [],
    error: results[i]?.error ?? null,
    isLoading: results[i]?.isLoading ?? false,
    refetch: () => void results[i]?.refetch(),
  }));
  // A new array only when an answer changed, so the table does not re-filter on every render.
  const stamp = results.map((r) => r.dataUpdatedAt).join();
  const rows = useMemo<AccountRow<T>[]>(
    () =>
      perScope.flatMap(({ scope, rows: items }) =>
        items.map((item) => ({ key: `${scope.account.id}/${idOf(item)}`, accountId: scope.account.id, accountName: scope.account.name, region: scope.region, item })),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stamp, scopes],
  );
  return {
    rows,
    failed: perScope.filter((r) => r.error),
    isLoading: perScope.some((r) => r.isLoading),
    isFetching: results.some((r) => r.isFetching),
    refetchAll: () => results.forEach((r) => void r.refetch()),
  };
}

/** Reads every page of a paginated list (7.2 caps a page at 20; 8.2 pages too). */
export async function readAllPages<T>(page: (offset: number) => Promise<{ total: number; items: T[] }>): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const { total, items } = await page(all.length);
    all.push(...items);
    // An empty page ends it too, should `total` overstate what the service holds.
    if (items.length === 0 || all.length >= total) return all;
  }
}
