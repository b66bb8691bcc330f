import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Flex, Tooltip } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageHeader } from '../../shared/PageHeader';
import { links } from '../../shared/links';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatusBadge } from '../../../ui/StatusBadge';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import type { TencentResult } from '../../../providers/tencent/client';
import { useServiceList } from '../api';
import { ScopeBar, useUrlScope } from '../components/ScopeBar';
import { neutralStatus } from '../components/status';
import { useTsvcT } from '../messages';

type Row = NonNullable<TencentResult<'DescribeClusterService'>['services']>[number];

/** The services of one cluster (DescribeClusterService), all namespaces or one. */
export default function ServiceListPage() {
  const t = useTsvcT();
  const navigate = useNavigate();
  const scope = useUrlScope('');
  const { account, region, cluster, namespace } = scope;
  const list = useServiceList(account?.id, region, cluster, namespace);
  const open = (r: Row) => navigate(links.tencentService(account!.id, region!, cluster!, r.namespace ?? (namespace || 'default'), r.serviceName!, 'overview'));
  const columns = useMemo<ResourceColumn<Row>[]>(
    () => [
      {
        key: 'serviceName',
        title: t('col.name'),
        width: 200,
        sortValue: (r) => r.serviceName,
        searchText: (r) => r.serviceName,
        render: (r) => <Link to={links.tencentService(account?.id ?? '', region ?? '', cluster ?? '', r.namespace ?? 'default', r.serviceName ?? '', 'overview')}>{r.serviceName}</Link>,
      },
      { key: 'namespace', title: t('col.namespace'), width: 130, sortValue: (r) => r.namespace, filterValue: (r) => r.namespace },
      { key: 'status', title: t('col.status'), width: 160, filterValue: (r) => r.status, render: (r) => <StatusBadge status={neutralStatus(r.status)} text={r.status} /> },
      { key: 'replicas', title: t('col.replicas'), width: 110, sortValue: (r) => r.desiredReplicas, render: (r) => `${r.currentReplicas ?? 0} / ${r.desiredReplicas ?? 0}` },
      { key: 'accessType', title: t('col.access'), width: 140, filterValue: (r) => r.accessType },
      { key: 'serviceIp', title: t('col.ip'), width: 130, searchText: (r) => r.serviceIp },
      { key: 'externalIp', title: t('col.external'), width: 140, render: (r) => String((r as Record<string, unknown>).externalIp ?? r.externallp ?? '') },
      { key: 'createdAt', title: t('col.created'), width: 170, sortValue: (r) => r.createdAt },
    ],
    [t, account?.id, region, cluster],
  );
  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(links.tencentServiceCreate({ account: account?.id, region, cluster, namespace: namespace || 'default' }))}>
            {t('create.button')}
          </Button>
        }
      />
      {scope.tencent.length === 0 && !scope.accounts.isLoading ? <Alert type="info" title={t('scope.noAccounts')} /> : <ScopeBar scope={scope} allowAll />}
      {scope.clusters.error && <ErrorAlert error={scope.clusters.error} scope={{ account: account?.name, region }} onRetry={() => scope.clusters.refetch()} />}
      {list.error && <ErrorAlert error={list.error} scope={{ account: account?.name, region }} onRetry={() => list.refetch()} />}
      <ResourceTable
        ariaLabel={t('list.table')}
        rows={list.data ?? []}
        columns={columns}
        rowKey={(r) => `${r.namespace}/${r.serviceName}`}
        loading={list.isLoading}
        onOpen={open}
        toolbar={
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined />} aria-label={t('common.refresh')} onClick={() => list.refetch()} loading={list.isFetching} />
          </Tooltip>
        }
      />
    </Flex>
  );
}
