import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Scope } from '../../../app/accounts/scope';
import { alibabaApi, type AlibabaApi } from './client';

/**
 * A state-changing call in one account. Afterwards, failed or not (a refused call may still have
 * changed something), the resource kind's queries are refreshed through the key factory.
 */
export function useAlibabaChange<V, R>(scope: Scope | undefined, run: (api: AlibabaApi, vars: V, region: string) => Promise<R>, kindKey: (accountId: string, region: string) => QueryKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => {
      if (!scope) throw new Error('no Alibaba account');
      return run(alibabaApi(scope.account.id), vars, scope.region || '');
    },
    onSettled: () => (scope ? queryClient.invalidateQueries({ queryKey: kindKey(scope.account.id, scope.region) }) : undefined),
  });
}

/** The region argument of a call: the account's region, or none when it lists none. */
export const regionOf = (scope: Scope) => scope.region || undefined;
