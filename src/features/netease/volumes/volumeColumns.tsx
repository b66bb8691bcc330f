import { Badge, Button, Flex, Tooltip, Typography } from 'antd';
import { ColumnHeightOutlined, DeleteOutlined } from '@ant-design/icons';
import type { ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../../shared/format';
import type { NeteaseMessageKey, NeteaseTranslate } from '../messages';
import type { Volume } from '../shared/types';
import type { AccountRow } from '../shared/useAcrossAccounts';
import { canGrow } from './sizeRules';

export type VolumeRow = AccountRow<Volume>;

const STATUS_BADGE: Record<string, 'success' | 'processing'> = { create_succ: 'success', mount_succ: 'processing' };
/** The document prints only these two; any other word the service sends shows as it is. */
const statusLabel = (t: NeteaseTranslate, status: string) => (status in STATUS_BADGE ? t(`volumes.status.${status}` as NeteaseMessageKey) : status);

/** 7.2 says where a volume is mounted: `service_name` ("space/service") and its mappings. */
export const attachedTo = (v: Volume): string => v.service_name;

export function volumeColumns(t: NeteaseTranslate, actions: { resize: (row: VolumeRow) => void; remove: (row: VolumeRow) => void }): ResourceColumn<VolumeRow>[] {
  return [
    { key: 'name', title: t('volumes.name'), width: 160, ellipsis: true, sortValue: (r) => r.item.name, searchText: (r) => `${r.item.name} ${r.item.volume_uuid}`, render: (r) => <Typography.Text strong>{r.item.name}</Typography.Text> },
    { key: 'size', title: t('volumes.size'), width: 90, sortValue: (r) => r.item.size, render: (r) => r.item.size },
    {
      key: 'status',
      title: t('volumes.status'),
      width: 120,
      filterValue: (r) => r.item.status,
      filterLabel: (v) => statusLabel(t, v),
      render: (r) => <Badge status={STATUS_BADGE[r.item.status] ?? 'warning'} text={statusLabel(t, r.item.status)} />,
    },
    {
      key: 'attached',
      title: t('volumes.attachedTo'),
      width: 240,
      sortValue: (r) => attachedTo(r.item),
      searchText: (r) => attachedTo(r.item),
      filterValue: (r) => attachedTo(r.item) || t('volumes.notAttached'),
      render: (r) =>
        attachedTo(r.item) ? (
          <Tooltip title={r.item.volume_mappings.map((m) => `${t('volumes.mountPath')}: ${m.mount_path}`).join('\n')}>
            <span>
              {attachedTo(r.item)}
              {r.item.volume_mappings.length > 0 && <Typography.Text type="secondary"> · {r.item.volume_mappings.map((m) => m.mount_path).join(', ')}</Typography.Text>}
            </span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('volumes.notAttached')}</Typography.Text>
        ),
    },
    { key: 'fs', title: t('volumes.fileSystem'), width: 90, render: (r) => r.item.file_system_type },
    { key: 'account', title: t('common.account'), width: 150, ellipsis: true, filterValue: (r) => r.accountName, render: (r) => r.accountName },
    { key: 'created', title: t('common.created'), width: 130, sortValue: (r) => dateSortValue(r.item.created_at), render: (r) => formatDate(r.item.created_at) },
    // Sic `upated_at`: the document's key.
    { key: 'updated', title: t('common.updated'), width: 130, sortValue: (r) => dateSortValue(r.item.upated_at), render: (r) => formatDate(r.item.upated_at) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 110,
      fixed: 'right',
      render: (r) => {
        const grow = canGrow(r.item.size);
        const attached = attachedTo(r.item);
        return (
          <Flex gap={4}>
            <Tooltip title={grow ? t('volumes.resize') : t('volumes.resizeAtMax', { current: r.item.size })}>
              <span>
                <Button size="small" icon={<ColumnHeightOutlined />} aria-label={`${t('volumes.resize')} ${r.item.name}`} disabled={!grow} onClick={() => actions.resize(r)} />
              </span>
            </Tooltip>
            {/* Deleting a mounted volume is not documented; the service refuses it, so the button says why first. */}
            <Tooltip title={attached ? t('volumes.deleteAttached', { service: attached }) : t('volumes.delete')}>
              <span>
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('volumes.delete')} ${r.item.name}`} disabled={!!attached} onClick={() => actions.remove(r)} />
              </span>
            </Tooltip>
          </Flex>
        );
      },
    },
  ];
}
