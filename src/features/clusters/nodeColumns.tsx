import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { Translate } from '../../app/i18n/I18nProvider';
import type { ClusterNode, NeutralStatus } from '../../domain/types';
import type { ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { dateSortValue, formatDate } from '../shared/format';

const labelList = (n: ClusterNode) => Object.entries(n.labels ?? {}).map(([k, v]) => `${k}=${v}`);

export function cpuMemory(n: Pick<ClusterNode, 'cpu' | 'memoryGb'>): string {
  if (n.cpu === undefined && n.memoryGb === undefined) return '';
  return `${n.cpu ?? '?'} vCPU / ${n.memoryGb ?? '?'} GB`;
}

export function nodeColumns(t: Translate): ResourceColumn<ClusterNode>[] {
  return [
    // One line per row: the virtual table scrolls smoothly only with rows of one height.
    { key: 'name', title: t('col.name'), width: 190, ellipsis: true, render: (n) => <Typography.Text strong>{n.name}</Typography.Text>, sortValue: (n) => n.name, searchText: (n) => n.name },
    {
      key: 'id',
      title: t('col.id'),
      width: 150,
      render: (n) => (
        <Typography.Text copyable={{ text: n.id }} ellipsis={{ tooltip: n.id }} style={{ maxWidth: '100%' }}>
          {n.id}
        </Typography.Text>
      ),
      sortValue: (n) => n.id,
      searchText: (n) => n.id,
    },
    {
      key: 'status',
      title: t('col.status'),
      width: 170,
      render: (n) => <StatusBadge status={n.status} text={n.statusText} />,
      sortValue: (n) => n.status,
      filterValue: (n) => n.status,
      filterLabel: (v) => t(`status.${v as NeutralStatus}`),
      searchText: (n) => n.statusText,
    },
    {
      key: 'ips',
      title: `${t('col.ips')} (${t('col.privateIp')} / ${t('col.publicIp')})`,
      width: 230,
      ellipsis: true,
      render: (n) => [n.privateIp, n.publicIp].filter(Boolean).join(' / '),
      sortValue: (n) => n.privateIp,
      searchText: (n) => `${n.privateIp ?? ''} ${n.publicIp ?? ''}`,
    },
    { key: 'resources', title: t('col.cpuMemory'), width: 150, render: cpuMemory, sortValue: (n) => n.cpu },
    {
      key: 'schedulable',
      title: t('col.schedulable'),
      width: 120,
      render: (n) => (n.schedulable === undefined ? '' : n.schedulable ? t('common.yes') : t('common.no')),
      filterValue: (n) => (n.schedulable === undefined ? undefined : String(n.schedulable)),
      filterLabel: (v) => (v === 'true' ? t('common.yes') : t('common.no')),
    },
    {
      key: 'labels',
      title: t('col.labels'),
      width: 240,
      render: (n) => {
        const labels = labelList(n);
        return (
          <Tooltip title={labels.length > 0 ? labels.map((l) => <div key={l}>{l}</div>) : undefined}>
            <Flex gap={2} style={{ overflow: 'hidden', whiteSpace: 'nowrap' }}>
              {labels.map((l) => (
                <Tag key={l} style={{ marginInlineEnd: 0 }}>
                  {l}
                </Tag>
              ))}
            </Flex>
          </Tooltip>
        );
      },
      filterValue: labelList,
      searchText: (n) => labelList(n).join(' '),
    },
    { key: 'created', title: t('col.created'), width: 150, render: (n) => formatDate(n.createdAt), sortValue: (n) => dateSortValue(n.createdAt) },
  ];
}
