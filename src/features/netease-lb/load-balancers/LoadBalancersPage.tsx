import { useEffect, useMemo, useState } from 'react';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { links } from '../../shared/links';
import { AccountRowsPage } from '../../netease/shared/AccountRowsPage';
import { ConfirmRowChange } from '../../netease/shared/ConfirmRowChange';
import { useAcrossAccounts } from '../../netease/shared/useAcrossAccounts';
import { useChangeError } from '../../netease/shared/useChangeError';
import { useNeteaseChange, type Target } from '../../netease/shared/useNeteaseChange';
import { useNeteaseScopes } from '../../netease/shared/useNeteaseScopes';
import { lbKeys } from '../shared/keys';
import { allLoadBalancers } from '../shared/queries';
import type { LoadBalancer } from '../shared/types';
import { useLbT } from '../useLbT';
import { lbColumns, type LbRow } from './lbColumns';
import { LbModal } from './LbModal';

/** 6.2 list (every account, every space), 6.1 create, 6.4 settings, 6.5 delete. */
export default function LoadBalancersPage() {
  const t = useLbT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { accounts, scopes } = useNeteaseScopes();
  const list = useAcrossAccounts<LoadBalancer>(scopes, lbKeys.loadBalancers, (api) => allLoadBalancers(api), (lb) => `${lb.namespace}/${lb.name}`);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<LbRow>();
  const [deleting, setDeleting] = useState<LbRow>();
  const change = useChangeError();
  const remove = useNeteaseChange((api, v: Target & { namespace: string; lb_name: string }) => api.call('deleteLoadBalancer', { namespace: v.namespace, lb_name: v.lb_name }), lbKeys.loadBalancers);
  const columns = useMemo(() => lbColumns(t, { edit: setEditing, remove: setDeleting }), [t]);

  // A CREATING instance turns WORKING by itself: look again until none is left.
  const creatingNow = list.rows.some((r) => r.item.status === 'CREATING');
  useEffect(() => {
    if (!creatingNow) return;
    const timer = setInterval(list.refetchAll, 2000);
    return () => clearInterval(timer);
  }, [creatingNow]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <AccountRowsPage
      title={t('lb.title')}
      subtitle={t('lb.subtitle')}
      create={{ label: t('lb.create'), onClick: () => setCreating(true) }}
      noAccounts={t('common.noAccounts')}
      accounts={accounts} scopes={scopes} list={list} columns={columns} change={change}
      onOpen={(r) => navigate(links.neteaseLoadBalancer(r.accountId, r.item.namespace, r.item.name))}
    >
      <LbModal
        // A fresh form for every opening.
        key={editing ? `edit-${editing.key}` : creating ? 'new' : 'closed'}
        open={creating || !!editing}
        scopes={scopes}
        editing={editing ? { accountId: editing.accountId, region: editing.region, accountName: editing.accountName, lb: editing.item } : undefined}
        onClose={() => {
          setCreating(false);
          setEditing(undefined);
        }}
        onDone={(target) => {
          change.clear();
          if (editing) message.success(t('lb.updated', { name: target.name }));
          else {
            message.success(t('lb.created', { name: target.name }));
            navigate(`${links.neteaseLoadBalancer(target.accountId, target.namespace, target.name)}?created=1`);
          }
        }}
      />
      <ConfirmRowChange
        row={deleting}
        onClose={() => setDeleting(undefined)}
        kind={t('lb.kind')}
        name={(r) => r.item.name}
        run={(r) => remove.mutateAsync({ accountId: r.accountId, region: r.region, namespace: r.item.namespace, lb_name: r.item.name })}
        success={(r) => t('lb.deleted', { name: r.item.name, ip: r.item.address })}
        change={change}
      />
    </AccountRowsPage>
  );
}
