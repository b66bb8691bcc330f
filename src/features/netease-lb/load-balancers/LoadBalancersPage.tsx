import { useEffect, useMemo, useState } from 'react';
import { App, Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { EmptyState } from '../../../ui/EmptyState';
import { ResourceTable } from '../../../ui/resource-table/ResourceTable';
import { links } from '../../shared/links';
import { PageFrame, RefreshButton } from '../../netease/shared/PageFrame';
import { useAcrossAccounts } from '../../netease/shared/useAcrossAccounts';
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
  const [changeError, setChangeError] = useState<{ error: unknown; account: string }>();
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
    <PageFrame
      title={t('lb.title')}
      subtitle={t('lb.subtitle')}
      accountsError={accounts.error}
      onRetryAccounts={() => accounts.refetch()}
      failed={list.failed}
      changeError={changeError?.error}
      changeScope={{ account: changeError?.account }}
      onDismissChange={() => setChangeError(undefined)}
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={scopes.length === 0} onClick={() => setCreating(true)}>
          {t('lb.create')}
        </Button>
      }
    >
      <ResourceTable
        ariaLabel={t('lb.title')}
        rows={list.rows}
        columns={columns}
        rowKey={(r) => r.key}
        onOpen={(r) => navigate(links.neteaseLoadBalancer(r.accountId, r.item.namespace, r.item.name))}
        loading={list.rows.length === 0 && (list.isLoading || accounts.isLoading)}
        emptyText={!accounts.isLoading && scopes.length === 0 ? <EmptyState description={t('common.noAccounts')} /> : undefined}
        toolbar={<RefreshButton spinning={list.isFetching} onClick={list.refetchAll} />}
      />
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
          setChangeError(undefined);
          if (editing) message.success(t('lb.updated', { name: target.name }));
          else {
            message.success(t('lb.created', { name: target.name }));
            navigate(`${links.neteaseLoadBalancer(target.accountId, target.namespace, target.name)}?created=1`);
          }
        }}
      />
      <DangerConfirm
        open={!!deleting}
        kind={t('lb.kind')}
        name={deleting?.item.name ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync({ accountId: deleting.accountId, region: deleting.region, namespace: deleting.item.namespace, lb_name: deleting.item.name });
            message.success(t('lb.deleted', { name: deleting.item.name, ip: deleting.item.address }));
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
