import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useAccounts } from '../../../app/accounts/useAccounts';
import { SCOPE_PARAMS } from '../../../app/accounts/scope';
import type { AccountInfo } from '../../../app/session/api';
import { registryScope, type RegistryScope } from './client';

/** Tencent accounts, and the one the URL's `account` names (else the first): the registry's scope. */
export function useRegistryAccount() {
  const accounts = useAccounts();
  const [params, setParams] = useSearchParams();
  const tencent = useMemo<AccountInfo[]>(() => (accounts.data ?? []).filter((a) => a.provider === 'tencent'), [accounts.data]);
  const wanted = params.get(SCOPE_PARAMS.account);
  const account = tencent.find((a) => a.id === wanted) ?? tencent[0];
  const scope = useMemo<RegistryScope | undefined>(() => (account ? registryScope(account) : undefined), [account]);
  const choose = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(SCOPE_PARAMS.account, id);
        return next;
      },
      { replace: true },
    );
  return { accounts, tencent, account, scope, choose };
}
