import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { links } from '../../shared/links';
import type { AccountRow } from '../../netease/shared/useAcrossAccounts';
import type { SvcTranslate } from '../messages';
import { spaceDeleteBlock } from '../shared/rules';
import type { SpaceWithServices } from '../shared/types';

export type SpaceRow = AccountRow<SpaceWithServices>;

export function spaceColumns(t: SvcTranslate, actions: { remove: (row: SpaceRow) => void }): ResourceColumn<SpaceRow>[] {
  return [
    {
      key: 'name',
      title: t('spaces.name'),
      width: 180,
      ellipsis: true,
      sortValue: (r) => r.item.space.display_name,
      searchText: (r) => `${r.item.space.display_name} ${r.item.space.namespace} ${r.item.space.id}`,
      render: (r) => <Typography.Text strong>{r.item.space.display_name}</Typography.Text>,
    },
    { key: 'system', title: t('spaces.systemName'), width: 200, ellipsis: true, sortValue: (r) => r.item.space.namespace, render: (r) => <Typography.Text code>{r.item.space.namespace}</Typography.Text> },
    { key: 'id', title: t('spaces.id'), width: 90, sortValue: (r) => r.item.space.id, render: (r) => r.item.space.id },
    {
      key: 'services',
      title: t('spaces.services'),
      width: 110,
      sortValue: (r) => r.item.services.length,
      searchText: (r) => r.item.services.map((s) => s.service_name).join(' '),
      render: (r) => r.item.services.length,
    },
    {
      key: 'deletable',
      title: t('spaces.deletable'),
      width: 120,
      filterValue: (r) => (r.item.space.deletable ? t('common.yes') : t('common.no')),
      render: (r) => (r.item.space.deletable ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>),
    },
    { key: 'account', title: t('common.account'), width: 150, ellipsis: true, filterValue: (r) => r.accountName, render: (r) => r.accountName },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 120,
      fixed: 'right',
      render: (r) => {
        const block = spaceDeleteBlock(r.item.space, r.item.services.length);
        const why = block === 'hasServices' ? t('spaces.deleteHasServices', { count: r.item.services.length }) : block === 'notDeletable' ? t('spaces.deleteRefused') : t('spaces.delete');
        return (
          <Flex gap={4}>
            <Tooltip title={t('services.createIn', { space: r.item.space.display_name })}>
              <Link to={links.neteaseServiceCreate({ account: r.accountId, space: r.item.space.id })} onClick={(e) => e.stopPropagation()}>
                <Button size="small" icon={<PlusOutlined />} aria-label={t('services.createIn', { space: r.item.space.display_name })} />
              </Link>
            </Tooltip>
            <Tooltip title={why}>
              <span>
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`${t('spaces.delete')} ${r.item.space.display_name}`}
                  disabled={!!block}
                  onClick={(e) => {
                    e.stopPropagation();
                    actions.remove(r);
                  }}
                />
              </span>
            </Tooltip>
          </Flex>
        );
      },
    },
  ];
}
