import { useMemo, useState } from 'react';
import { App } from 'antd';
import { useSearchParams } from 'react-router';
import { AccountRowsPage } from '../../netease/shared/AccountRowsPage';
import { ConfirmRowChange } from '../../netease/shared/ConfirmRowChange';
import { useAcrossAccounts } from '../../netease/shared/useAcrossAccounts';
import { useChangeError } from '../../netease/shared/useChangeError';
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
  const change = useChangeError();
  const [answer, setAnswer] = useState<{ title: string; answer: ChangeAnswer }>();
  const remove = useServiceChange('deleteNamespace', (api, v: Target & { id: number }) => api.call('deleteNamespace', { id: v.id }));
  const columns = useMemo(() => spaceColumns(t, { remove: setDeleting }), [t]);

  return (
    <AccountRowsPage
      title={t('spaces.title')}
      subtitle={t('spaces.subtitle')}
      create={{ label: t('spaces.create'), onClick: () => setCreating(true) }}
      noAccounts={t('common.noAccounts')}
      accounts={accounts} scopes={scopes} list={list} columns={columns} change={change}
      above={answer ? <AnswerBanner title={answer.title} answer={answer.answer} onClose={() => setAnswer(undefined)} /> : null}
      expandable={{
        expandedRowKeys: open,
        onExpandedRowsChange: setOpen,
        expandedRowRender: (row) => <SpaceServices row={row} />,
      }}
      onOpen={(row) => setOpen(open.includes(row.key) ? open.filter((k) => k !== row.key) : [...open, row.key])}
    >
      <CreateSpaceModal
        open={creating}
        scopes={scopes}
        onClose={() => setCreating(false)}
        onCreated={(name, done) => {
          setCreating(false);
          change.clear();
          setAnswer({ title: t('spaces.created', { name }), answer: done });
          message.success(t('spaces.created', { name }));
        }}
      />
      <ConfirmRowChange
        row={deleting}
        onClose={() => setDeleting(undefined)}
        kind={t('spaces.kind')}
        name={(r) => r.item.space.display_name}
        run={async ({ accountId, region, item: { space } }) => {
          const done = await remove.mutateAsync({ accountId, region, subject: `space:${space.display_name}`, id: space.id });
          setAnswer({ title: t('spaces.deleted', { name: space.display_name }), answer: done });
        }}
        success={(r) => t('spaces.deleted', { name: r.item.space.display_name })}
        change={change}
      />
    </AccountRowsPage>
  );
}
