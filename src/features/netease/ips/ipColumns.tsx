import { Badge, Button, Flex, Tooltip, Typography } from 'antd';
import { DeleteOutlined, ProfileOutlined } from '@ant-design/icons';
import type { ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { CopyButton } from '../../../ui/CopyButton';
import { dateSortValue, formatDate } from '../../shared/format';
import type { NeteaseTranslate } from '../messages';
import type { Ip } from '../shared/types';
import type { AccountRow } from '../shared/useAcrossAccounts';
import { IP_STATUS_BADGE, ipStatusLabel, ipTypeLabel, releasable } from './ipLabels';

export type IpRow = AccountRow<Ip>;

export function ipColumns(t: NeteaseTranslate, actions: { open: (row: IpRow) => void; release: (row: IpRow) => void }): ResourceColumn<IpRow>[] {
  return [
    {
      key: 'ip',
      title: t('ips.ip'),
      width: 170,
      sortValue: (r) => r.item.ip.split('.').map((n) => n.padStart(3, '0')).join('.'),
      searchText: (r) => `${r.item.ip} ${r.item.id}`,
      render: (r) => (
        <Flex gap={2} align="center">
          <Typography.Text strong>{r.item.ip}</Typography.Text>
          <CopyButton text={r.item.ip} />
        </Flex>
      ),
    },
    { key: 'type', title: t('ips.type'), width: 150, sortValue: (r) => r.item.type, render: (r) => ipTypeLabel(t, r.item.type) },
    {
      key: 'status',
      title: t('ips.status'),
      width: 110,
      sortValue: (r) => r.item.status,
      render: (r) => <Badge status={IP_STATUS_BADGE[r.item.status] ?? 'warning'} text={ipStatusLabel(t, r.item.status)} />,
    },
    { key: 'bound', title: t('ips.boundTo'), width: 180, ellipsis: true, sortValue: (r) => r.item.service_name, searchText: (r) => `${r.item.service_name} ${r.item.service_id}`, render: (r) => r.item.service_name },
    { key: 'id', title: t('ips.id'), width: 200, ellipsis: true, render: (r) => <Typography.Text type="secondary">{r.item.id}</Typography.Text> },
    { key: 'account', title: t('common.account'), width: 150, ellipsis: true, filterValue: (r) => r.accountName, render: (r) => r.accountName },
    { key: 'created', title: t('common.created'), width: 150, sortValue: (r) => dateSortValue(r.item.create_at), render: (r) => formatDate(r.item.create_at) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 110,
      fixed: 'right',
      render: (r) => {
        const free = releasable(r.item.status);
        return (
          <Flex gap={4}>
            <Tooltip title={t('ips.detail')}>
              <Button size="small" icon={<ProfileOutlined />} aria-label={`${t('ips.detail')} ${r.item.ip}`} onClick={() => actions.open(r)} />
            </Tooltip>
            <Tooltip title={free ? t('ips.release') : t('ips.releaseWhy', { status: ipStatusLabel(t, r.item.status) })}>
              <span>
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('ips.release')} ${r.item.ip}`} disabled={!free} onClick={() => actions.release(r)} />
              </span>
            </Tooltip>
          </Flex>
        );
      },
    },
  ];
}
