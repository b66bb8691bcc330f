import { Tag, Typography } from 'antd';
import type { Translate } from '../../app/i18n/I18nProvider';
import type { Repository } from '../../domain/types';
import { ProviderTag } from '../../ui/ProviderTag';
import type { ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../shared/format';

export const repositoryKey = (r: Pick<Repository, 'provider' | 'accountId' | 'region' | 'id'>) => `${r.provider}/${r.accountId}/${r.region}/${r.id}`;

export function repositoryColumns(t: Translate, accountName: (id: string) => string): ResourceColumn<Repository>[] {
  return [
    { key: 'provider', title: t('col.provider'), width: 110, render: (r) => <ProviderTag provider={r.provider} />, filterValue: (r) => r.provider, filterLabel: (v) => t(`provider.${v as Repository['provider']}`) },
    {
      key: 'account',
      title: t('col.account'),
      width: 140,
      ellipsis: true,
      render: (r) => accountName(r.accountId),
      sortValue: (r) => accountName(r.accountId),
      filterValue: (r) => r.accountId,
      filterLabel: accountName,
    },
    {
      key: 'name',
      title: t('col.name'),
      width: 240,
      ellipsis: true,
      render: (r) => <Typography.Text strong>{r.namespace ? `${r.namespace}/${r.name}` : r.name}</Typography.Text>,
      sortValue: (r) => r.name,
      searchText: (r) => `${r.namespace ?? ''}/${r.name} ${r.id}`,
    },
    {
      key: 'visibility',
      title: t('col.visibility'),
      width: 100,
      render: (r) => (r.visibility ? <Tag color={r.visibility === 'public' ? 'green' : 'default'}>{t(r.visibility === 'public' ? 'repos.public' : 'repos.private')}</Tag> : ''),
      filterValue: (r) => r.visibility,
      filterLabel: (v) => t(v === 'public' ? 'repos.public' : 'repos.private'),
    },
    { key: 'tags', title: t('col.tags'), width: 90, render: (r) => r.tagCount ?? '', sortValue: (r) => r.tagCount },
    { key: 'latest', title: t('col.latestTag'), width: 130, ellipsis: true, render: (r) => r.latestTag ?? '', searchText: (r) => r.latestTag },
    { key: 'updated', title: t('col.updated'), width: 150, render: (r) => formatDate(r.updatedAt), sortValue: (r) => dateSortValue(r.updatedAt) },
    { key: 'description', title: t('col.description'), width: 240, ellipsis: true, render: (r) => r.description ?? '', searchText: (r) => r.description },
  ];
}
