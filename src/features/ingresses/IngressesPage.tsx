import { useCallback, useMemo } from 'react';
import { Button, Dropdown, Flex, Tooltip } from 'antd';
import { DownOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n/useI18n';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable } from '../../ui/resource-table/ResourceTable';
import { PageHeader } from '../shared/PageHeader';
import { ScopeErrors } from '../shared/ScopeErrors';
import { ingressColumns } from './ingressColumns';
import { CREATE_PATHS } from './paths';
import { useIngresses } from './useIngresses';
import { useIngressT } from './useIngressT';

/** Every ingress-like entry point of every configured account, one virtual table. */
export default function IngressesPage() {
  const t = useT();
  const ti = useIngressT();
  const navigate = useNavigate();
  const { accounts, scopes, rows, failed, isLoading, isFetching, refetchAll } = useIngresses();
  const names = useMemo(() => new Map((accounts.data ?? []).map((a) => [a.id, a.name])), [accounts.data]);
  const accountName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const columns = useMemo(() => ingressColumns(t, ti, accountName), [t, ti, accountName]);
  const providers = new Set(scopes.map((s) => s.account.provider));

  // One stable list while the accounts are unchanged: the open menu is not rebuilt under the pointer.
  const offered = [...providers].sort().join();
  const createItems = useMemo(
    () => [
      { key: CREATE_PATHS.tencent, label: ti('create.tencent'), disabled: !offered.includes('tencent') },
      { key: CREATE_PATHS.slbAp, label: ti('create.slbAp'), disabled: !offered.includes('alibaba') },
      { key: CREATE_PATHS.service, label: ti('create.service'), disabled: !offered.includes('alibaba') },
      { key: CREATE_PATHS.netease, label: ti('create.netease'), disabled: !offered.includes('netease') },
    ],
    [ti, offered],
  );

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={ti('page.title')}
        subtitle={ti('page.subtitle')}
        extra={
          <Dropdown menu={{ items: createItems, onClick: ({ key }) => navigate(key) }} trigger={['click']}>
            <Button type="primary" icon={<PlusOutlined />}>
              {ti('create.menu')} <DownOutlined />
            </Button>
          </Dropdown>
        }
      />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      <ScopeErrors failed={failed} />
      <ResourceTable
        ariaLabel={ti('page.title')}
        rows={rows}
        columns={columns}
        rowKey={(r) => `${r.provider}/${r.accountId}/${r.region}/${r.id}`}
        onOpen={(r) => navigate(r.href)}
        loading={rows.length === 0 && (isLoading || accounts.isLoading)}
        emptyText={!accounts.isLoading && scopes.length === 0 ? <EmptyState description={ti('page.noAccounts')} /> : undefined}
        toolbar={
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined spin={isFetching} />} aria-label={t('common.refresh')} onClick={refetchAll} />
          </Tooltip>
        }
      />
    </Flex>
  );
}
