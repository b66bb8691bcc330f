import { useMemo, useState } from 'react';
import { App, Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { EmptyState } from '../../../ui/EmptyState';
import { ResourceTable } from '../../../ui/resource-table/ResourceTable';
import { PageFrame, RefreshButton } from '../../netease/shared/PageFrame';
import { useAcrossAccounts } from '../../netease/shared/useAcrossAccounts';
import { useNeteaseScopes } from '../../netease/shared/useNeteaseScopes';
import { useServiceChange, type ChangeAnswer, type Target } from '../shared/api';
import { AnswerBanner } from '../shared/AnswerBanner';
import { svcKeys } from '../shared/keys';
import { loadSpaces } from '../shared/load';
import type { SpaceWithServices } from '../shared/types';
import { useSvcT } from '../useSvcT';
import { CreateSpaceModal } from './CreateSpaceModal';
import { spaceColumns, type SpaceRow } from './spaceColumns';
import { SpaceServices } from './SpaceServices';

/** 9.1 create, 9.2 list (with 9.6's services of each), 9.3 delete — every NetEase account at once. */
export default function SpacesPage() {
  const t = useSvcT();
  const { message } = App.useApp();
  const { accounts, scopes } = useNeteaseScopes();
  const list = useAcrossAccounts<SpaceWithServices>(scopes, svcKeys.spaces, loadSpaces, (s) => s.space.id);
  const [params, setParams] = useSearchParams();
  // The expanded spaces live in the URL: a copied link opens the same view.
  const open = useMemo(() => (params.get('open') ?? '').split(',').filter(Boolean), [params]);
  const setOpen = (keys: readonly React.Key[]) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (keys.length) next.set('open', keys.join(','));
        else next.delete('open');
        return next;
      },
      { replace: true },
    );
  const [creating, setCreating] = useState(params.get('create') === '1');
  const [deleting, setDeleting] = useState<SpaceRow>();
  const [changeError, setChangeError] = useState<{ error: unknown; account: string }>();
  const [answer, setAnswer] = useState<{ title: string; answer: ChangeAnswer }>();
  const remove = useServiceChange('deleteNamespace', (api, v: Target & { id: number }) => api.call('deleteNamespace', { id: v.id }));
  const columns = useMemo(() => spaceColumns(t, { remove: setDeleting }), [t]);

  return (
    <PageFrame
      title={t('spaces.title')}
      subtitle={t('spaces.subtitle')}
      accountsError={accounts.error}
      onRetryAccounts={() => accounts.refetch()}
      failed={list.failed}
      changeError={changeError?.error}
      changeScope={{ account: changeError?.account }}
      onDismissChange={() => setChangeError(undefined)}
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={scopes.length === 0} onClick={() => setCreating(true)}>
          {t('spaces.create')}
        </Button>
      }
    >
      {answer ? <AnswerBanner title={answer.title} answer={answer.answer} onClose={() => setAnswer(undefined)} /> : null}
      <ResourceTable
        ariaLabel={t('spaces.title')}
        rows={list.rows}
        columns={columns}
        rowKey={(r) => r.key}
        loading={list.rows.length === 0 && (list.isLoading || accounts.isLoading)}
        emptyText={!accounts.isLoading && scopes.length === 0 ? <EmptyState description={t('common.noAccounts')} /> : undefined}
        toolbar={<RefreshButton spinning={list.isFetching} onClick={list.refetchAll} />}
        expandable={{
          expandedRowKeys: open,
          onExpandedRowsChange: setOpen,
          expandedRowRender: (row) => <SpaceServices row={row} />,
        }}
        onOpen={(row) => setOpen(open.includes(row.key) ? open.filter((k) => k !== row.key) : [...open, row.key])}
      />
      <CreateSpaceModal
        open={creating}
        scopes={scopes}
        onClose={() => setCreating(false)}
        onCreated={(name, done) => {
          setCreating(false);
          setChangeError(undefined);
          setAnswer({ title: t('spaces.created', { name }), answer: done });
          message.success(t('spaces.created', { name }));
        }}
      />
      <DangerConfirm
        open={!!deleting}
        kind={t('spaces.kind')}
        name={deleting?.item.space.display_name ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          const { space } = deleting.item;
          try {
            const done = await remove.mutateAsync({ accountId: deleting.accountId, region: deleting.region, subject: `space:${space.display_name}`, id: space.id });
            message.success(t('spaces.deleted', { name: space.display_name }));
            setAnswer({ title: t('spaces.deleted', { name: space.display_name }), answer: done });
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
