import { useMemo, useState } from 'react';
import { App, Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { EmptyState } from '../../../ui/EmptyState';
import { ResourceTable } from '../../../ui/resource-table/ResourceTable';
import { neteaseApi } from '../shared/client';
import { downloadText, pemFileName } from '../shared/download';
import { neteaseKeys } from '../shared/keys';
import { PageFrame, RefreshButton } from '../shared/PageFrame';
import type { SecretKey } from '../shared/types';
import { useAcrossAccounts } from '../shared/useAcrossAccounts';
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
  const [changeError, setChangeError] = useState<{ error: unknown; account: string }>();
  const remove = useNeteaseChange((api, v: Target & { id: number }) => api.call('deleteSecretKey', { id: v.id }), neteaseKeys.secretKeys);

  const accountName = (id: string) => scopes.find((s) => s.account.id === id)?.account.name ?? id;

  const download = async (row: KeyRow) => {
    setDownloading(row.key);
    try {
      const pem = await neteaseApi(row.accountId).call('getSecretKeyPrivateKey', { id: row.item.id });
      downloadText(pemFileName(row.item.name), pem);
      message.success(t('keys.downloaded', { name: row.item.name }));
      setChangeError(undefined);
    } catch (error) {
      setChangeError({ error, account: row.accountName });
    } finally {
      setDownloading(undefined);
    }
  };

  const onCreated = async (target: Target, key: SecretKey) => {
    setCreating(false);
    setChangeError(undefined);
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
    <PageFrame
      title={t('keys.title')}
      subtitle={t('keys.subtitle')}
      accountsError={accounts.error}
      onRetryAccounts={() => accounts.refetch()}
      failed={list.failed}
      changeError={changeError?.error}
      changeScope={{ account: changeError?.account }}
      onDismissChange={() => setChangeError(undefined)}
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={scopes.length === 0} onClick={() => setCreating(true)}>
          {t('keys.create')}
        </Button>
      }
    >
      <ResourceTable
        ariaLabel={t('keys.title')}
        rows={list.rows}
        columns={columns}
        rowKey={(r) => r.key}
        loading={list.rows.length === 0 && (list.isLoading || accounts.isLoading)}
        emptyText={!accounts.isLoading && scopes.length === 0 ? <EmptyState description={t('common.noAccounts')} /> : undefined}
        toolbar={<RefreshButton spinning={list.isFetching} onClick={list.refetchAll} />}
      />
      <CreateKeyModal open={creating} scopes={scopes} onClose={() => setCreating(false)} onCreated={onCreated} />
      <PrivateKeyModal fresh={fresh} onClose={() => setFresh(undefined)} />
      <DangerConfirm
        open={!!deleting}
        kind={t('keys.kind')}
        name={deleting?.item.name ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync({ accountId: deleting.accountId, region: deleting.region, id: deleting.item.id });
            message.success(t('keys.deleted', { name: deleting.item.name }));
            setChangeError(undefined);
          } catch (error) {
            setChangeError({ error, account: deleting.accountName });
          }
          setDeleting(undefined);
        }}
      />
    </PageFrame>
  );
}
