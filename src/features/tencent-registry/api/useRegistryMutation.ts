import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registryKeys } from './keys';

/**
 * A registry change: on success every registry list of the account refreshes (one prefix), and
 * the hook keeps the provider's error for an ErrorAlert beside the action.
 */
export function useRegistryMutation<V, R = unknown>(accountId: string | undefined, run: (vars: V) => Promise<R>, onDone?: (result: R, vars: V) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result, vars) => {
      if (accountId) await qc.invalidateQueries({ queryKey: registryKeys.root(accountId) });
      onDone?.(result, vars);
    },
  });
}
