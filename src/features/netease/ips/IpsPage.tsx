import { useCallback, useMemo, useState } from 'react';
import { App, Select } from 'antd';
import { useSearchParams } from 'react-router';
import { IP_STATUSES, IP_TYPES } from '../../../providers/netease/operations';
import { AccountRowsPage } from '../shared/AccountRowsPage';
import { ConfirmRowChange } from '../shared/ConfirmRowChange';
import { neteaseKeys } from '../shared/keys';
import type { Ip } from '../shared/types';
import { readAllPages, useAcrossAccounts } from '../shared/useAcrossAccounts';
import { useChangeError } from '../shared/useChangeError';
import { useNeteaseChange, type Target } from '../shared/useNeteaseChange';
import { useNeteaseScopes } from '../shared/useNeteaseScopes';
import { useNeteaseT } from '../useNeteaseT';
import { AllocateIpsModal } from './AllocateIpsModal';
import { ipColumns, type IpRow } from './ipColumns';
import { IpDetailDrawer } from './IpDetailDrawer';
import { ipStatusLabel, ipTypeLabel } from './ipLabels';
import { QuotaBar } from './QuotaBar';
import { useIpQuotas } from './useIpQuotas';

/** 8.2 states no maximum page size; 100 keeps large lists to few calls. */
const PAGE = 100;
/** URL params: 8.2's own filters (asked of the service), and the IP whose detail is open. */
const STATUS = 'status';
const TYPE = 'type';
const OPEN = 'ip';

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined => (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

/** 8.1 allocate, 8.2 list by status and type, 8.3 detail, 8.4 quota, 8.5 cost, 8.6 release. */
export default function IpsPage() {
  const t = useNeteaseT();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const { accounts, scopes } = useNeteaseScopes();
  const status = pick(params.get(STATUS), IP_STATUSES);
  const type = pick(params.get(TYPE), IP_TYPES);
  const filter = useMemo(() => ({ ...(status ? { status } : {}), ...(type ? { type } : {}) }), [status, type]);
  const list = useAcrossAccounts<Ip>(
    scopes,
    (a, r) => neteaseKeys.ipList(a, r, filter),
    (api) =>
      readAllPages(async (offset) => {
        const page = await api.call('listIps', { ...filter, offset, limit: PAGE });
        return { total: page.total, items: page.ips };
      }),
    (ip) => ip.id,
  );
  const quotas = useIpQuotas(scopes);
  const [allocating, setAllocating] = useState(false);
  const [releasing, setReleasing] = useState<IpRow>();
  const change = useChangeError();
  const release = useNeteaseChange((api, v: Target & { id: string }) => api.call('deleteIp', { id: v.id }), neteaseKeys.ips);

  const setParam = useCallback(
    (name: string, value: string | undefined) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const openRef = params.get(OPEN);
  const openTarget = useMemo(() => {
    if (!openRef) return undefined;
    const at = openRef.indexOf('/');
    const scope = scopes.find((s) => s.account.id === openRef.slice(0, at));
    return scope ? { accountId: scope.account.id, accountName: scope.account.name, region: scope.region, id: openRef.slice(at + 1) } : undefined;
  }, [openRef, scopes]);

  const columns = useMemo(() => ipColumns(t, { open: (r) => setParam(OPEN, r.key), release: setReleasing }), [t, setParam]);
  const quotaOf = (accountId: string | undefined) => quotas.find((q) => q.scope.account.id === accountId)?.data;

  return (
    <AccountRowsPage
      title={t('ips.title')}
      subtitle={t('ips.subtitle')}
      create={{ label: t('ips.allocate'), onClick: () => setAllocating(true) }}
      noAccounts={t('common.noAccounts')}
      accounts={accounts} scopes={scopes} list={list} columns={columns} change={change}
      above={<QuotaBar quotas={quotas} />}
      onOpen={(r) => setParam(OPEN, r.key)}
      toolbar={
        <>
          <Select
            aria-label={t('ips.statusFilter')}
            value={status ?? ''}
            onChange={(v) => setParam(STATUS, v || undefined)}
            style={{ width: 150 }}
            options={[{ value: '', label: `${t('ips.statusFilter')}: ${t('common.all')}` }, ...IP_STATUSES.map((s) => ({ value: s, label: ipStatusLabel(t, s) }))]}
          />
          <Select
            aria-label={t('ips.typeFilter')}
            value={type ?? ''}
            onChange={(v) => setParam(TYPE, v || undefined)}
            style={{ width: 190 }}
            options={[{ value: '', label: `${t('ips.typeFilter')}: ${t('common.all')}` }, ...IP_TYPES.map((s) => ({ value: s, label: ipTypeLabel(t, s) }))]}
          />
        </>
      }
    >
      <AllocateIpsModal
        open={allocating}
        scopes={scopes}
        quotaOf={quotaOf}
        onClose={() => setAllocating(false)}
        onAllocated={(count, asked) => {
          setAllocating(false);
          change.clear();
          if (count < asked) message.warning(t('ips.allocatedPartly', { count, asked }));
          else message.success(t('ips.allocated', { count }));
        }}
      />
      <IpDetailDrawer target={openTarget} onClose={() => setParam(OPEN, undefined)} />
      <ConfirmRowChange
        row={releasing}
        onClose={() => setReleasing(undefined)}
        kind={t('ips.kind')}
        name={(r) => r.item.ip}
        run={(r) => release.mutateAsync({ accountId: r.accountId, region: r.region, id: r.item.id })}
        success={(r) => t('ips.released', { ip: r.item.ip })}
        change={change}
      />
    </AccountRowsPage>
  );
}
