import type { ProviderId } from '../../providers/core/types';
import type { AccountInfo } from '../session/api';

/** The account/region switcher's choice, kept in the URL (`account`, `region`); empty = all. */
export interface ScopeSelection {
  account?: string;
  region?: string;
}

/** One account in one region: the unit a query and its error belong to. */
export interface Scope {
  account: AccountInfo;
  /** Empty when the account lists no regions (the provider is not regional for us). */
  region: string;
}

export const SCOPE_PARAMS = { account: 'account', region: 'region' } as const;

export function readSelection(params: URLSearchParams): ScopeSelection {
  return { account: params.get(SCOPE_PARAMS.account) || undefined, region: params.get(SCOPE_PARAMS.region) || undefined };
}

export function writeSelection(params: URLSearchParams, selection: ScopeSelection): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, name] of Object.entries(SCOPE_PARAMS) as [keyof ScopeSelection, string][]) {
    const value = selection[key];
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}

/** Every (account, region) pair of the given providers that the selection lets through. */
export function resolveScopes(accounts: readonly AccountInfo[], selection: ScopeSelection, providers: readonly ProviderId[]): Scope[] {
  const scopes: Scope[] = [];
  for (const account of accounts) {
    if (!providers.includes(account.provider)) continue;
    if (selection.account && account.id !== selection.account) continue;
    const regions = account.regions.length > 0 ? account.regions : [''];
    for (const region of regions) {
      if (selection.region && region && region !== selection.region) continue;
      scopes.push({ account, region });
    }
  }
  return scopes;
}

/** Regions the region switcher offers: the chosen account's, or those of every account. */
export function regionChoices(accounts: readonly AccountInfo[], account?: string): string[] {
  const chosen = account ? accounts.filter((a) => a.id === account) : accounts;
  return [...new Set(chosen.flatMap((a) => a.regions))].sort();
}
