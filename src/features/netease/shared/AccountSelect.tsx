import { Select } from 'antd';
import type { Scope } from '../../../app/accounts/scope';

/** The account a create form acts on: any NetEase account in view. */
export function AccountSelect({ scopes, value, onChange, id, label }: { scopes: readonly Scope[]; value?: string; onChange?: (accountId: string) => void; id?: string; label: string }) {
  return (
    <Select
      id={id}
      aria-label={label}
      value={value}
      onChange={onChange}
      options={scopes.map((s) => ({ value: s.account.id, label: s.account.name }))}
    />
  );
}

/** The scope of an account id (its region keys the queries). */
export const scopeOf = (scopes: readonly Scope[], accountId: string | undefined) => scopes.find((s) => s.account.id === accountId);
