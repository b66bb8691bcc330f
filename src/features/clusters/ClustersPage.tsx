import { useCallback, useMemo } from 'react';
import { Button, Flex, Tooltip } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../app/i18n/useI18n';
import { withScope } from '../../app/layout/navItems';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable } from '../../ui/resource-table/ResourceTable';
import { PageHeader } from '../shared/PageHeader';
import { ScopeErrors } from '../shared/ScopeErrors';
import { clusterColumns } from './clusterColumns';
import { nodesPath } from './paths';
import { useClusters } from './useClusters';

export default function ClustersPage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const { accounts, scopes, rows, failed, isLoading, isFetching, refetchAll } = useClusters();
  const names = useMemo(() => new Map((accounts.data ?? []).map((a) => [a.id, a.name])), [accounts.data]);
  const accountName = useCallback((id: string) => names.get(id) ?? id, [names]);
  // Opening a cluster keeps the account/region choice, so "back" lands in the same scope.
  const scopeSearch = withScope('', location.search);
  const columns = useMemo(() => clusterColumns(t, accountName, scopeSearch), [t, accountName, scopeSearch]);

  return (
    <Flex vertical gap={12}>
      <PageHeader title={t('clusters.title')} subtitle={t('clusters.subtitle')} />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      <ScopeErrors failed={failed} />
      <ResourceTable
        ariaLabel={t('clusters.title')}
        rows={rows}
        columns={columns}
        rowKey={(c) => `${c.provider}/${c.accountId}/${c.region}/${c.id}`}
        // Rows that arrived show at once; the refresh icon spins while other accounts answer.
        loading={rows.length === 0 && (isLoading || accounts.isLoading)}
        onOpen={(c) => navigate(nodesPath(c, scopeSearch))}
        emptyText={!accounts.isLoading && scopes.length === 0 ? <EmptyState description={t('clusters.noAccounts')} /> : undefined}
        toolbar={
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined spin={isFetching} />} aria-label={t('common.refresh')} onClick={refetchAll} />
          </Tooltip>
        }
      />
    </Flex>
  );
}
