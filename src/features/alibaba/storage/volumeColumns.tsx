import { Button, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, LinkOutlined } from '@ant-design/icons';
import type { ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../../shared/format';
import type { AlibabaTranslate } from '../messages';
import { StatusDot } from '../shared/StatusDot';
import { text } from '../shared/values';
import { bindingOf, volumeDeleteBlocked } from './binding';
import type { Claim, Volume } from './types';

export function volumeColumns(t: AlibabaTranslate, claims: readonly Claim[], remove: (v: Volume) => void): ResourceColumn<Volume>[] {
  return [
    { key: 'name', title: t('common.name'), width: 180, ellipsis: true, sortValue: (v) => text(v.Name), searchText: (v) => text(v.Name), render: (v) => <Typography.Text strong>{text(v.Name)}</Typography.Text> },
    { key: 'status', title: t('common.status'), width: 110, filterValue: (v) => text(v.Status), sortValue: (v) => text(v.Status), render: (v) => <StatusDot status={v.Status} /> },
    {
      key: 'claim',
      title: t('storage.boundClaim'),
      width: 190,
      searchText: (v) => text(v.PvcName),
      sortValue: (v) => text(v.PvcName),
      render: (v) => {
        const { claim, shown } = bindingOf(v, claims);
        if (!claim) return <Typography.Text type="secondary">{t('storage.unbound')}</Typography.Text>;
        return (
          <Tooltip title={shown ? undefined : t('storage.otherEnvironment')}>
            <Tag icon={<LinkOutlined />} color={shown ? 'blue' : undefined} data-testid="volume-claim">
              {claim}
            </Tag>
          </Tooltip>
        );
      },
    },
    { key: 'capacity', title: t('storage.capacity'), width: 90, sortValue: (v) => text(v.Capacity), render: (v) => text(v.Capacity) },
    { key: 'access', title: t('storage.accessModes'), width: 140, filterValue: (v) => text(v.AccessModes), render: (v) => text(v.AccessModes) },
    { key: 'class', title: t('storage.storageClass'), width: 110, filterValue: (v) => text(v.StorageClass), searchText: (v) => text(v.StorageClass), render: (v) => text(v.StorageClass) },
    { key: 'reclaim', title: t('storage.reclaimPolicy'), width: 110, filterValue: (v) => text(v.ReclaimPolicy), render: (v) => text(v.ReclaimPolicy) },
    { key: 'mountDir', title: t('storage.mountDir'), width: 120, ellipsis: true, render: (v) => text(v.MountDir) },
    { key: 'reason', title: t('storage.reason'), width: 140, ellipsis: true, render: (v) => text(v.Reason) },
    { key: 'created', title: t('common.created'), width: 140, sortValue: (v) => dateSortValue(text(v.CreateTime)), render: (v) => formatDate(text(v.CreateTime)) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      fixed: 'right',
      render: (v) => {
        const blocked = volumeDeleteBlocked(v);
        // A disabled button swallows hover: the tooltip sits on a focusable wrapper so it explains why.
        return (
          <Tooltip title={blocked ? t('storage.deleteBlocked', { claim: text(v.PvcName) }) : t('storage.deleteVolume')}>
            <span tabIndex={blocked ? 0 : -1} aria-label={blocked ? t('storage.deleteBlocked', { claim: text(v.PvcName) }) : undefined}>
              <Button size="small" danger icon={<DeleteOutlined />} disabled={blocked} aria-label={`${t('storage.deleteVolume')} ${text(v.Name)}`} onClick={() => remove(v)} />
            </span>
          </Tooltip>
        );
      },
    },
  ];
}
