import { useQueries } from '@tanstack/react-query';
import type { Scope } from '../../../app/accounts/scope';
import { neteaseApi } from '../shared/client';
import { neteaseKeys } from '../shared/keys';
import type { IpQuota } from '../shared/types';

/** 8.4 for every NetEase account in view. */
export function useIpQuotas(scopes: readonly Scope[]) {
  const results = useQueries({
    queries: scopes.map((scope) => ({
      queryKey: neteaseKeys.ipQuota(scope.account.id, scope.region),
      queryFn: () => neteaseApi(scope.account.id).call('getIpQuota', {}),
    })),
  });
  return scopes.map((scope, i) => ({ scope, data: results[i]?.data as IpQuota | undefined, error: results[i]?.error ?? null, refetch: () => void results[i]?.refetch() }));
}
