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
import { clusterColumns } from './clusterColumns';
import { links } from '../shared/links';
import { clusterPath } from './paths';
import { useClusters } from './useClusters';

export default function ClustersPage() {
  const t = useT();
  const navigate = useNavigate();
  const { accounts, scopes, rows, failed, isLoading, isFetching, refetchAll } = useClusters();
  const names = useMemo(() => new Map((accounts.data ?? []).map((a) => [a.id, a.name])), [accounts.data]);
  const accountName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const columns = useMemo(() => clusterColumns(t, accountName), [t, accountName]);
  const createItems = [
    { key: links.tencentClusterCreate(), label: t('clusters.createTencent') },
    { key: links.alibabaClusterCreate(), label: t('clusters.createAlibaba') },
    { key: `${links.neteaseSpaces()}?create=1`, label: t('clusters.createNetease') },
  ];

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
        onOpen={(c) => navigate(clusterPath(c))}
        emptyText={!accounts.isLoading && scopes.length === 0 ? <EmptyState description={t('clusters.noAccounts')} /> : undefined}
        toolbar={
          <Flex gap={8}>
            <Tooltip title={t('common.refresh')}>
              <Button icon={<ReloadOutlined spin={isFetching} />} aria-label={t('common.refresh')} onClick={refetchAll} />
            </Tooltip>
            <Dropdown menu={{ items: createItems, onClick: ({ key }) => navigate(key) }} trigger={['click']}>
              <Button type="primary" icon={<PlusOutlined />}>
                {t('clusters.create')} <DownOutlined />
              </Button>
            </Dropdown>
          </Flex>
        }
      />
    </Flex>
  );
}
