import { Select } from 'antd';
import type { AccountInfo } from '../../../app/session/api';
import { useRegistryT } from '../messages';

/** Which Tencent account's registry the page shows (kept in the URL's `account`). */
export function AccountSelect({ accounts, value, onChange }: { accounts: readonly AccountInfo[]; value?: string; onChange: (id: string) => void }) {
  const t = useRegistryT();
  return (
    <Select
      aria-label={t('account.label')}
      style={{ minWidth: 200 }}
      value={value}
      onChange={onChange}
      options={accounts.map((a) => ({ value: a.id, label: a.name }))}
    />
  );
}
