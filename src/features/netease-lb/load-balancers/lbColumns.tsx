import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { CopyButton } from '../../../ui/CopyButton';
import type { ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { StatusBadge } from '../../../ui/StatusBadge';
import { dateSortValue, formatDate } from '../../shared/format';
import { links } from '../../shared/links';
import type { AccountRow } from '../../netease/shared/useAcrossAccounts';
import type { LbTranslate } from '../messages';
import { lbNeutral } from '../shared/rules';
import type { LoadBalancer } from '../shared/types';

export type LbRow = AccountRow<LoadBalancer>;

export function lbColumns(t: LbTranslate, actions: { edit: (r: LbRow) => void; remove: (r: LbRow) => void }): ResourceColumn<LbRow>[] {
  return [
    {
      key: 'name',
      title: t('lb.name'),
      width: 180,
      ellipsis: true,
      sortValue: (r) => r.item.name,
      searchText: (r) => `${r.item.name} ${r.item.description}`,
      render: (r) => (
        <Link to={links.neteaseLoadBalancer(r.accountId, r.item.namespace, r.item.name)} onClick={(e) => e.stopPropagation()}>
          <Typography.Text strong>{r.item.name}</Typography.Text>
        </Link>
      ),
    },
    { key: 'namespace', title: t('lb.namespace'), width: 170, ellipsis: true, filterValue: (r) => r.item.namespace, sortValue: (r) => r.item.namespace, searchText: (r) => r.item.namespace, render: (r) => r.item.namespace },
    { key: 'status', title: t('lb.status'), width: 150, filterValue: (r) => r.item.status, sortValue: (r) => r.item.status, render: (r) => <StatusBadge status={lbNeutral(r.item.status)} text={r.item.status} /> },
    {
      key: 'instanceStatus',
      title: <Tooltip title={t('lb.instanceStatusHelp')}>{t('lb.instanceStatus')}</Tooltip>,
      width: 90,
      filterValue: (r) => r.item.instanceStatus,
      render: (r) => <Tag color={r.item.instanceStatus === 'UP' ? 'green' : 'red'}>{r.item.instanceStatus}</Tag>,
    },
    {
      key: 'address',
      title: t('lb.address'),
      width: 150,
      searchText: (r) => r.item.address,
      render: (r) =>
        r.item.address ? (
          <Flex gap={4} align="center">
            <Typography.Text code>{r.item.address}</Typography.Text>
            <CopyButton text={r.item.address} />
          </Flex>
        ) : null,
    },
    { key: 'chargeMode', title: t('lb.chargeMode'), width: 150, filterValue: (r) => r.item.chargeMode, filterLabel: (v) => t(`lb.charge.${v as 'netflow'}`), render: (r) => t(`lb.charge.${r.item.chargeMode}`) },
    { key: 'bandwidth', title: t('lb.bandwidthShort'), width: 100, sortValue: (r) => r.item.bandwidthLimit, render: (r) => `${r.item.bandwidthLimit} Mbps` },
    { key: 'description', title: t('lb.description'), width: 180, ellipsis: true, render: (r) => r.item.description },
    { key: 'account', title: t('common.account'), width: 140, ellipsis: true, filterValue: (r) => r.accountName, render: (r) => r.accountName },
    { key: 'created', title: t('common.created'), width: 140, sortValue: (r) => dateSortValue(r.item.createtime), render: (r) => formatDate(r.item.createtime) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 90,
      fixed: 'right',
      render: (r) => (
        <Flex gap={4} onClick={(e) => e.stopPropagation()}>
          <Tooltip title={r.item.status === 'WORKING' ? t('common.edit') : t('lb.busy')}>
            <Button size="small" icon={<EditOutlined />} disabled={r.item.status !== 'WORKING'} aria-label={`${t('common.edit')} ${r.item.name}`} onClick={() => actions.edit(r)} />
          </Tooltip>
          <Tooltip title={t('common.delete')}>
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${r.item.name}`} onClick={() => actions.remove(r)} />
          </Tooltip>
        </Flex>
      ),
    },
  ];
}
