import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ProviderId } from '../../providers/core/types';
import { getAccounts } from '../session/api';
import { readSelection, resolveScopes } from './scope';

export const accountsQueryKey = ['proxy', 'accounts'] as const;

export function useAccounts() {
  return useQuery({ queryKey: accountsQueryKey, queryFn: getAccounts, staleTime: 5 * 60_000 });
}

/** The (account, region) pairs a page of these providers shows under the URL's selection. */
export function useScopes(providers: readonly ProviderId[]) {
  const accounts = useAccounts();
  const [params] = useSearchParams();
  const { account, region } = readSelection(params);
  const scopes = useMemo(() => resolveScopes(accounts.data ?? [], { account, region }, providers), [accounts.data, account, region, providers]);
  return { accounts, scopes };
}
