import { useAccounts } from '../../../app/accounts/useAccounts';

/** A detail page's account (from its path): its name and the region its queries are keyed by. */
export function useAccountScope(accountId: string) {
  const accounts = useAccounts();
  const account = accounts.data?.find((a) => a.id === accountId && a.provider === 'netease');
  return { accounts, account, region: account?.regions[0] ?? '', ready: !!account };
}
