import { Select, Space } from 'antd';
import { useSearchParams } from 'react-router';
import { PROVIDERS } from '../../providers/core/types';
import { useT } from '../i18n/useI18n';
import { readSelection, regionChoices, writeSelection } from './scope';
import { useAccounts } from './useAccounts';

/** Account and region for every page, in the URL so a copied link keeps them. */
export function AccountSwitcher() {
  const t = useT();
  const accounts = useAccounts();
  const [params, setParams] = useSearchParams();
  const selection = readSelection(params);
  const list = accounts.data ?? [];
  const regions = regionChoices(list, selection.account);

  const choose = (account?: string, region?: string) => {
    // A region the newly chosen account does not have would silently empty every page.
    const keepRegion = region && regionChoices(list, account).includes(region) ? region : undefined;
    setParams((current) => writeSelection(current, { account, region: keepRegion }));
  };

  return (
    <Space size={4} wrap>
      <Select
        aria-label={t('header.account')}
        data-testid="account-switcher"
        style={{ minWidth: 200 }}
        loading={accounts.isLoading}
        value={selection.account ?? ''}
        onChange={(v) => choose(v || undefined, selection.region)}
        options={[
          { value: '', label: t('header.allAccounts') },
          ...PROVIDERS.filter((p) => list.some((a) => a.provider === p)).map((p) => ({
            label: t(`provider.${p}`),
            title: t(`provider.${p}`),
            options: list.filter((a) => a.provider === p).map((a) => ({ value: a.id, label: a.name, className: `account-option-${a.provider}` })),
          })),
        ]}
      />
      <Select
        aria-label={t('header.region')}
        data-testid="region-switcher"
        style={{ minWidth: 140 }}
        value={selection.region ?? ''}
        onChange={(v) => choose(selection.account, v || undefined)}
        options={[{ value: '', label: t('header.allRegions') }, ...regions.map((r) => ({ value: r, label: r }))]}
      />
    </Space>
  );
}
