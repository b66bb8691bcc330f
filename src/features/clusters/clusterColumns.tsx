import { Link } from 'react-router';
import { Flex, Tag, Typography } from 'antd';
import type { Translate } from '../../app/i18n/I18nProvider';
import type { Cluster, NeutralStatus } from '../../domain/types';
import type { ProviderId } from '../../providers/core/types';
import { ProviderTag } from '../../ui/ProviderTag';
import type { ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { dateSortValue, formatDate } from '../shared/format';
import { CapacityCell } from './CapacityCell';
import { clusterPath } from './paths';

/** The Clusters table: a column spec over the shared table. */
export function clusterColumns(t: Translate, accountName: (id: string) => string): ResourceColumn<Cluster>[] {
  return [
    {
      key: 'provider',
      title: t('col.provider'),
      width: 120,
      render: (c) => <ProviderTag provider={c.provider} />,
      sortValue: (c) => c.provider,
      filterValue: (c) => c.provider,
      filterLabel: (v) => t(`provider.${v as ProviderId}`),
    },
    {
      key: 'account',
      title: t('col.account'),
      width: 150,
      ellipsis: true,
      render: (c) => accountName(c.accountId),
      sortValue: (c) => accountName(c.accountId),
      filterValue: (c) => c.accountId,
      filterLabel: accountName,
      searchText: (c) => accountName(c.accountId),
    },
    { key: 'region', title: t('col.region'), width: 120, sortValue: (c) => c.region, filterValue: (c) => c.region, searchText: (c) => c.region },
    {
      key: 'name',
      title: t('col.name'),
      width: 220,
      ellipsis: true,
      render: (c) => (
        <Flex gap={6} align="center">
          <Link to={clusterPath(c)}>{c.name}</Link>
          {c.kind === 'space' ? <Tag style={{ marginInlineEnd: 0 }}>{t('clusters.space')}</Tag> : null}
        </Flex>
      ),
      sortValue: (c) => c.name,
      searchText: (c) => c.name,
    },
    {
      key: 'id',
      title: t('col.id'),
      width: 220,
      // Alibaba's ids are 32 hex digits: one line, full id in the tooltip and the copy.
      render: (c) => (
        <Typography.Text code copyable={{ text: c.id }} ellipsis={{ tooltip: c.id }} style={{ maxWidth: '100%' }}>
          {c.id}
        </Typography.Text>
      ),
      sortValue: (c) => c.id,
      searchText: (c) => c.id,
    },
    {
      key: 'status',
      title: t('col.status'),
      width: 160,
      render: (c) => (c.kind === 'space' ? <Typography.Text type="secondary">–</Typography.Text> : <StatusBadge status={c.status} text={c.statusText} />),
      sortValue: (c) => c.status,
      filterValue: (c) => c.status,
      filterLabel: (v) => t(`status.${v as NeutralStatus}`),
      searchText: (c) => c.statusText,
    },
    {
      key: 'nodes',
      title: t('col.nodeCount'),
      width: 110,
      render: (c) => (c.kind === 'space' ? <Typography.Text type="secondary">{t('clusters.services', { count: c.serviceCount ?? 0 })}</Typography.Text> : c.nodeCount),
      sortValue: (c) => c.nodeCount,
    },
    {
      key: 'cpu',
      title: t('col.cpuReqLimit'),
      width: 170,
      render: (c) => <CapacityCell request={c.capacity?.cpuRequest} limit={c.capacity?.cpuLimit} total={c.capacity?.cpuTotal} unit="cores" />,
      sortValue: (c) => c.capacity?.cpuRequest ?? -1,
    },
    {
      key: 'memory',
      title: t('col.memReqLimit'),
      width: 170,
      render: (c) => <CapacityCell request={c.capacity?.memoryGbRequest} limit={c.capacity?.memoryGbLimit} total={c.capacity?.memoryGbTotal} unit="gib" />,
      sortValue: (c) => c.capacity?.memoryGbRequest ?? -1,
    },
    {
      key: 'created',
      title: t('col.created'),
      width: 150,
      render: (c) => formatDate(c.createdAt),
      sortValue: (c) => dateSortValue(c.createdAt),
    },
  ];
}
