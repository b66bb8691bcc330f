import { Button, Flex, Tooltip, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import type { ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { CopyButton } from '../../../ui/CopyButton';
import { dateSortValue, formatDate } from '../../shared/format';
import type { NeteaseTranslate } from '../messages';
import type { AccountRow } from '../shared/useAcrossAccounts';
import type { SecretKey } from '../shared/types';

export type KeyRow = AccountRow<SecretKey>;

export function keyColumns(t: NeteaseTranslate, actions: { download: (row: KeyRow) => void; remove: (row: KeyRow) => void; downloading?: string }): ResourceColumn<KeyRow>[] {
  return [
    { key: 'name', title: t('keys.name'), width: 200, ellipsis: true, sortValue: (r) => r.item.name, searchText: (r) => r.item.name, render: (r) => <Typography.Text strong>{r.item.name}</Typography.Text> },
    { key: 'id', title: t('keys.id'), width: 110, sortValue: (r) => r.item.id, searchText: (r) => String(r.item.id), render: (r) => r.item.id },
    {
      key: 'fingerprint',
      title: t('keys.fingerprint'),
      width: 420,
      searchText: (r) => r.item.fingerprint,
      render: (r) => (
        <Flex gap={4} align="center">
          <Typography.Text code>{r.item.fingerprint}</Typography.Text>
          <CopyButton text={r.item.fingerprint} />
        </Flex>
      ),
    },
    { key: 'account', title: t('common.account'), width: 160, ellipsis: true, filterValue: (r) => r.accountName, sortValue: (r) => r.accountName, render: (r) => r.accountName },
    { key: 'created', title: t('common.created'), width: 150, sortValue: (r) => dateSortValue(r.item.created_at), render: (r) => formatDate(r.item.created_at) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 130,
      fixed: 'right',
      render: (r) => (
        <Flex gap={4}>
          <Tooltip title={t('keys.download')}>
            <Button size="small" icon={<DownloadOutlined />} aria-label={`${t('keys.download')} ${r.item.name}`} loading={actions.downloading === r.key} onClick={() => actions.download(r)} />
          </Tooltip>
          <Tooltip title={t('keys.delete')}>
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('keys.delete')} ${r.item.name}`} onClick={() => actions.remove(r)} />
          </Tooltip>
        </Flex>
      ),
    },
  ];
}
