import { useMemo } from 'react';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useScopes } from '../../app/accounts/useAccounts';
import type { ProviderId } from '../../providers/core/types';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { links } from '../shared/links';
import { PageHeader } from '../shared/PageHeader';
import { loadClusters, logApi, logKeys, type ClusterRow } from './api';
import { useLogT } from './useLogT';

const TENCENT: readonly ProviderId[] = ['tencent'];

interface PickRow {
  accountId: string;
  accountName: string;
  region: string;
  cluster: ClusterRow;
}

/** Pick the account, region and cluster whose log collection rules to manage (DescribeCluster per account and region). */
export default function ClusterPickerPage() {
  const t = useLogT();
  const navigate = useNavigate();
  const { accounts, scopes } = useScopes(TENCENT);
  const results = useQueries({
    queries: scopes.map((s) => ({
      queryKey: logKeys.clusters(s.account.id, s.region),
      queryFn: () => loadClusters(logApi(s.account.id), s.region),
    })),
  });
  const stamp = results.map((r) => r.dataUpdatedAt).join();
  const rows = useMemo<PickRow[]>(
    () => scopes.flatMap((s, i) => (results[i]?.data ?? []).map((cluster) => ({ accountId: s.account.id, accountName: s.account.name, region: s.region, cluster }))),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stamp, scopes],
  );
  const href = (r: PickRow) => links.tencentLogCollectors(r.accountId, r.region, String(r.cluster.clusterId ?? ''));
  const columns = useMemo<ResourceColumn<PickRow>[]>(
    () => [
      { key: 'account', title: t('col.account'), width: 160, render: (r) => r.accountName, filterValue: (r) => r.accountId, filterLabel: (v) => rows.find((r) => r.accountId === v)?.accountName ?? v, sortValue: (r) => r.accountName },
      { key: 'region', title: t('col.region'), width: 100, render: (r) => r.region, filterValue: (r) => r.region, sortValue: (r) => r.region },
      {
        key: 'cluster',
        title: t('col.cluster'),
        width: 260,
        render: (r) => (
          <Link to={href(r)} onClick={(e) => e.stopPropagation()}>
            <Typography.Text strong>{String(r.cluster.clusterName ?? '')}</Typography.Text> <Typography.Text type="secondary">{String(r.cluster.clusterId ?? '')}</Typography.Text>
          </Link>
        ),
        sortValue: (r) => String(r.cluster.clusterName ?? ''),
        searchText: (r) => `${String(r.cluster.clusterName ?? '')} ${String(r.cluster.clusterId ?? '')}`,
      },
      { key: 'status', title: t('col.status'), width: 110, render: (r) => String(r.cluster.status ?? ''), filterValue: (r) => String(r.cluster.status ?? '') },
      { key: 'nodes', title: t('col.nodes'), width: 80, render: (r) => String(r.cluster.nodeNum ?? ''), sortValue: (r) => Number(r.cluster.nodeNum ?? 0) },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, rows],
  );
  return (
    <Flex vertical gap={12}>
      <PageHeader title={t('picker.title')} subtitle={t('picker.subtitle')} />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} /> : null}
      {scopes.map((s, i) =>
        results[i]?.error ? <ErrorAlert key={`${s.account.id}/${s.region}`} error={results[i].error} scope={{ account: s.account.name, region: s.region }} onRetry={() => void results[i].refetch()} /> : null,
      )}
      <ResourceTable
        ariaLabel={t('picker.table')}
        rows={rows}
        columns={columns}
        rowKey={(r) => `${r.accountId}/${r.region}/${String(r.cluster.clusterId ?? '')}`}
        loading={rows.length === 0 && (accounts.isLoading || results.some((r) => r.isLoading))}
        onOpen={(r) => navigate(href(r))}
        emptyText={!accounts.isLoading && scopes.length === 0 ? <EmptyState description={t('picker.noAccounts')} /> : undefined}
        toolbar={
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined spin={results.some((r) => r.isFetching)} />} aria-label={t('common.refresh')} onClick={() => results.forEach((r) => void r.refetch())} />
          </Tooltip>
        }
      />
    </Flex>
  );
}
