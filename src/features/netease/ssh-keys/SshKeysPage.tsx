import { useMemo, useState } from 'react';
import { App } from 'antd';
import { AccountRowsPage } from '../shared/AccountRowsPage';
import { neteaseApi } from '../shared/client';
import { ConfirmRowChange } from '../shared/ConfirmRowChange';
import { downloadText, pemFileName } from '../shared/download';
import { neteaseKeys } from '../shared/keys';
import type { SecretKey } from '../shared/types';
import { useAcrossAccounts } from '../shared/useAcrossAccounts';
import { useChangeError } from '../shared/useChangeError';
import { useNeteaseChange, type Target } from '../shared/useNeteaseChange';
import { useNeteaseScopes } from '../shared/useNeteaseScopes';
import { useNeteaseT } from '../useNeteaseT';
import { CreateKeyModal } from './CreateKeyModal';
import { keyColumns, type KeyRow } from './keyColumns';
import { PrivateKeyModal, type FreshKey } from './PrivateKeyModal';

/** 4.1 create, 4.2 list, 4.3 download the PEM (again at any time), 4.4 delete. */
export default function SshKeysPage() {
  const t = useNeteaseT();
  const { message } = App.useApp();
  const { accounts, scopes } = useNeteaseScopes();
  const list = useAcrossAccounts<SecretKey>(scopes, neteaseKeys.secretKeys, (api) => api.call('listSecretKeys', {}), (k) => k.id);
  const [creating, setCreating] = useState(false);
  const [fresh, setFresh] = useState<FreshKey>();
  const [deleting, setDeleting] = useState<KeyRow>();
  const [downloading, setDownloading] = useState<string>();
  const change = useChangeError();
  const remove = useNeteaseChange((api, v: Target & { id: number }) => api.call('deleteSecretKey', { id: v.id }), neteaseKeys.secretKeys);

  const accountName = (id: string) => scopes.find((s) => s.account.id === id)?.account.name ?? id;

  const download = async (row: KeyRow) => {
    setDownloading(row.key);
    try {
      const pem = await neteaseApi(row.accountId).call('getSecretKeyPrivateKey', { id: row.item.id });
      downloadText(pemFileName(row.item.name), pem);
      message.success(t('keys.downloaded', { name: row.item.name }));
      change.clear();
    } catch (error) {
      change.report(error, row.accountName);
    } finally {
      setDownloading(undefined);
    }
  };

  const onCreated = async (target: Target, key: SecretKey) => {
    setCreating(false);
    change.clear();
    message.success(t('keys.created', { name: key.name }));
    const name = accountName(target.accountId);
    try {
      setFresh({ name: key.name, accountName: name, pem: await neteaseApi(target.accountId).call('getSecretKeyPrivateKey', { id: key.id }) });
    } catch (error) {
      setFresh({ name: key.name, accountName: name, error });
    }
  };

  const columns = useMemo(() => keyColumns(t, { download, remove: setDeleting, downloading }), [t, downloading]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <AccountRowsPage
      title={t('keys.title')}
      subtitle={t('keys.subtitle')}
      create={{ label: t('keys.create'), onClick: () => setCreating(true) }}
      noAccounts={t('common.noAccounts')}
      accounts={accounts} scopes={scopes} list={list} columns={columns} change={change}
    >
      <CreateKeyModal open={creating} scopes={scopes} onClose={() => setCreating(false)} onCreated={onCreated} />
      <PrivateKeyModal fresh={fresh} onClose={() => setFresh(undefined)} />
      <ConfirmRowChange
        row={deleting}
        onClose={() => setDeleting(undefined)}
        kind={t('keys.kind')}
        name={(r) => r.item.name}
        run={(r) => remove.mutateAsync({ accountId: r.accountId, region: r.region, id: r.item.id })}
        success={(r) => t('keys.deleted', { name: r.item.name })}
        change={change}
      />
    </AccountRowsPage>
  );
}
