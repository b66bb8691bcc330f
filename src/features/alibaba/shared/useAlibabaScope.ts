import { useScopes } from '../../../app/accounts/useAccounts';
import type { Scope } from '../../../app/accounts/scope';
import type { ProviderId } from '../../../providers/core/types';
import { useUrlParam } from './useUrlParam';

// Stable: useScopes memoises on the array.
const ALIBABA: readonly ProviderId[] = ['alibaba'];

export const scopeId = (s: Scope) => `${s.account.id}|${s.region}`;

/**
 * Every Alibaba account (GET /api/accounts) under the shell's account choice, and the one this
 * page works in (URL `in`, else the first): clusters, apps and RDS instances belong to one account.
 */
export function useAlibabaScope() {
  const { accounts, scopes } = useScopes(ALIBABA);
  const [chosen, choose] = useUrlParam('in');
  const scope = scopes.find((s) => scopeId(s) === chosen) ?? scopes[0];
  return { accounts, scopes, scope, choose };
}
