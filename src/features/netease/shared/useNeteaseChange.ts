import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { neteaseApi, type NeteaseApi } from './client';

/** Where a change goes: one account (and the region its queries are keyed by). */
export interface Target {
  accountId: string;
  region: string;
}

/**
 * A state-changing call on one account. Afterwards, failed or not (a refused call may still have
 * changed something, e.g. 8.1's partial allocation), the resource kind's queries are refreshed.
 */
export function useNeteaseChange<V extends Target, R>(run: (api: NeteaseApi, vars: V) => Promise<R>, kindKey: (accountId: string, region: string) => QueryKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => run(neteaseApi(vars.accountId), vars),
    onSettled: (_data, _error, vars) => queryClient.invalidateQueries({ queryKey: kindKey(vars.accountId, vars.region) }),
  });
}
