import { useMemo, useState } from 'react';
import { App } from 'antd';
import { AccountRowsPage } from '../shared/AccountRowsPage';
import { ConfirmRowChange } from '../shared/ConfirmRowChange';
import { neteaseKeys } from '../shared/keys';
import type { Volume } from '../shared/types';
import { readAllPages, useAcrossAccounts } from '../shared/useAcrossAccounts';
import { useChangeError } from '../shared/useChangeError';
import { useNeteaseChange, type Target } from '../shared/useNeteaseChange';
import { useNeteaseScopes } from '../shared/useNeteaseScopes';
import { useNeteaseT } from '../useNeteaseT';
import { CreateVolumeModal } from './CreateVolumeModal';
import { ResizeVolumeModal } from './ResizeVolumeModal';
import { volumeColumns, type VolumeRow } from './volumeColumns';

/** 7.2 caps a page at 20. */
const PAGE = 20;

/** 7.1 create, 7.2 list (every page), 7.3 grow, 7.4 delete; where each volume is mounted. */
export default function VolumesPage() {
  const t = useNeteaseT();
  const { message } = App.useApp();
  const { accounts, scopes } = useNeteaseScopes();
  const list = useAcrossAccounts<Volume>(
    scopes,
    neteaseKeys.volumes,
    (api) => readAllPages(async (offset) => {
      const page = await api.call('listVolumes', { limit: PAGE, offset });
      return { total: page.total, items: page.volumes };
    }),
    (v) => v.id,
  );
  const [creating, setCreating] = useState(false);
  const [resizing, setResizing] = useState<VolumeRow>();
  const [deleting, setDeleting] = useState<VolumeRow>();
  const change = useChangeError();
  const remove = useNeteaseChange((api, v: Target & { id: number }) => api.call('deleteVolume', { id: v.id }), neteaseKeys.volumes);
  const columns = useMemo(() => volumeColumns(t, { resize: setResizing, remove: setDeleting }), [t]);

  return (
    <AccountRowsPage
      title={t('volumes.title')}
      subtitle={t('volumes.subtitle')}
      create={{ label: t('volumes.create'), onClick: () => setCreating(true) }}
      noAccounts={t('common.noAccounts')}
      accounts={accounts} scopes={scopes} list={list} columns={columns} change={change}
    >
      <CreateVolumeModal
        open={creating}
        scopes={scopes}
        onClose={() => setCreating(false)}
        onCreated={(name) => {
          setCreating(false);
          change.clear();
          message.success(t('volumes.created', { name }));
        }}
      />
      <ResizeVolumeModal
        row={resizing}
        onClose={() => setResizing(undefined)}
        onResized={(name, size) => {
          setResizing(undefined);
          change.clear();
          message.success(t('volumes.resized', { name, size }));
        }}
      />
      <ConfirmRowChange
        row={deleting}
        onClose={() => setDeleting(undefined)}
        kind={t('volumes.kind')}
        name={(r) => r.item.name}
        run={(r) => remove.mutateAsync({ accountId: r.accountId, region: r.region, id: r.item.id })}
        success={(r) => t('volumes.deleted', { name: r.item.name })}
        change={change}
      />
    </AccountRowsPage>
  );
}
