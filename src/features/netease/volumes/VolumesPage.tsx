import { useMemo, useState } from 'react';
import { App, Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { EmptyState } from '../../../ui/EmptyState';
import { ResourceTable } from '../../../ui/resource-table/ResourceTable';
import { neteaseKeys } from '../shared/keys';
import { PageFrame, RefreshButton } from '../shared/PageFrame';
import type { Volume } from '../shared/types';
import { readAllPages, useAcrossAccounts } from '../shared/useAcrossAccounts';
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
  const [changeError, setChangeError] = useState<{ error: unknown; account: string }>();
  const remove = useNeteaseChange((api, v: Target & { id: number }) => api.call('deleteVolume', { id: v.id }), neteaseKeys.volumes);
  const columns = useMemo(() => volumeColumns(t, { resize: setResizing, remove: setDeleting }), [t]);

  return (
    <PageFrame
      title={t('volumes.title')}
      subtitle={t('volumes.subtitle')}
      accountsError={accounts.error}
      onRetryAccounts={() => accounts.refetch()}
      failed={list.failed}
      changeError={changeError?.error}
      changeScope={{ account: changeError?.account }}
      onDismissChange={() => setChangeError(undefined)}
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={scopes.length === 0} onClick={() => setCreating(true)}>
          {t('volumes.create')}
        </Button>
      }
    >
      <ResourceTable
        ariaLabel={t('volumes.title')}
        rows={list.rows}
        columns={columns}
        rowKey={(r) => r.key}
        loading={list.rows.length === 0 && (list.isLoading || accounts.isLoading)}
        emptyText={!accounts.isLoading && scopes.length === 0 ? <EmptyState description={t('common.noAccounts')} /> : undefined}
        toolbar={<RefreshButton spinning={list.isFetching} onClick={list.refetchAll} />}
      />
      <CreateVolumeModal
        open={creating}
        scopes={scopes}
        onClose={() => setCreating(false)}
        onCreated={(name) => {
          setCreating(false);
          setChangeError(undefined);
          message.success(t('volumes.created', { name }));
        }}
      />
      <ResizeVolumeModal
        row={resizing}
        onClose={() => setResizing(undefined)}
        onResized={(name, size) => {
          setResizing(undefined);
          setChangeError(undefined);
          message.success(t('volumes.resized', { name, size }));
        }}
      />
      <DangerConfirm
        open={!!deleting}
        kind={t('volumes.kind')}
        name={deleting?.item.name ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync({ accountId: deleting.accountId, region: deleting.region, id: deleting.item.id });
            message.success(t('volumes.deleted', { name: deleting.item.name }));
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
