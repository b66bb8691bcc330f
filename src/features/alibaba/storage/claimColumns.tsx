import { Button, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, LinkOutlined } from '@ant-design/icons';
import type { ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../../shared/format';
import type { AlibabaTranslate } from '../messages';
import { StatusDot } from '../shared/StatusDot';
import { text } from '../shared/values';
import type { Claim, Volume } from './types';

export function claimColumns(t: AlibabaTranslate, volumes: readonly Volume[], remove: (c: Claim) => void): ResourceColumn<Claim>[] {
  return [
    { key: 'name', title: t('common.name'), width: 180, ellipsis: true, sortValue: (c) => text(c.Name), searchText: (c) => text(c.Name), render: (c) => <Typography.Text strong>{text(c.Name)}</Typography.Text> },
    { key: 'status', title: t('common.status'), width: 110, filterValue: (c) => text(c.Status), sortValue: (c) => text(c.Status), render: (c) => <StatusDot status={c.Status} /> },
    {
      key: 'volume',
      title: t('storage.boundVolume'),
      width: 190,
      searchText: (c) => text(c.VolumeName),
      sortValue: (c) => text(c.VolumeName),
      render: (c) => {
        const volume = text(c.VolumeName);
        if (!volume) return <Typography.Text type="secondary">{t('storage.unbound')}</Typography.Text>;
        const shown = volumes.some((v) => v.Name === volume);
        return (
          <Tag icon={<LinkOutlined />} color={shown ? 'blue' : undefined} data-testid="claim-volume">
            {volume}
          </Tag>
        );
      },
    },
    { key: 'capacity', title: t('storage.capacity'), width: 90, sortValue: (c) => text(c.Capacity), render: (c) => text(c.Capacity) },
    { key: 'access', title: t('storage.accessModes'), width: 140, filterValue: (c) => text(c.AccessModes), render: (c) => text(c.AccessModes) },
    { key: 'class', title: t('storage.storageClass'), width: 110, filterValue: (c) => text(c.StorageClass), searchText: (c) => text(c.StorageClass), render: (c) => text(c.StorageClass) },
    { key: 'created', title: t('common.created'), width: 140, sortValue: (c) => dateSortValue(text(c.CreateTime)), render: (c) => formatDate(text(c.CreateTime)) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      fixed: 'right',
      render: (c) => (
        <Tooltip title={t('storage.deleteClaim')}>
          <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('storage.deleteClaim')} ${text(c.Name)}`} onClick={() => remove(c)} />
        </Tooltip>
      ),
    },
  ];
}
