import { Tag, Typography } from 'antd';
import { StarFilled } from '@ant-design/icons';
import { Link } from 'react-router';
import type { ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../shared/format';
import type { RepositoryRow } from './api/lists';
import type { RegistryT } from './messages';
import { registryPaths } from './paths';

export const repositoryRowKey = (r: RepositoryRow) => `${r.accountId}/${r.reponame ?? ''}`;

export function repositoryColumns(t: RegistryT, accountName: (id: string) => string): ResourceColumn<RepositoryRow>[] {
  return [
    { key: 'account', title: t('common.account'), width: 140, ellipsis: true, render: (r) => accountName(r.accountId), filterValue: (r) => r.accountId, filterLabel: accountName },
    {
      key: 'reponame',
      title: t('repo.name'),
      width: 260,
      ellipsis: true,
      render: (r) => (
        <Link to={registryPaths.repository(r.accountId, r.reponame ?? '')} onClick={(e) => e.stopPropagation()}>
          <Typography.Text strong style={{ color: 'inherit' }}>
            {r.reponame}
          </Typography.Text>
        </Link>
      ),
      sortValue: (r) => r.reponame,
      searchText: (r) => r.reponame,
    },
    { key: 'namespace', title: t('repo.namespace'), width: 130, render: (r) => r.reponame?.split('/')[0] ?? '', filterValue: (r) => r.reponame?.split('/')[0] },
    {
      key: 'public',
      title: t('repo.visibility'),
      width: 100,
      render: (r) => <Tag color={r.public === 1 ? 'green' : 'default'}>{t(r.public === 1 ? 'repo.public' : 'repo.private')}</Tag>,
      filterValue: (r) => String(r.public ?? 0),
      filterLabel: (v) => t(v === '1' ? 'repo.public' : 'repo.private'),
    },
    { key: 'tagCount', title: t('repo.tags'), width: 80, render: (r) => r.tagCount ?? '', sortValue: (r) => r.tagCount },
    { key: 'pullCount', title: t('repo.pulls'), width: 90, render: (r) => r.pullCount ?? '', sortValue: (r) => r.pullCount },
    { key: 'favorCount', title: t('repo.favorites'), width: 100, render: (r) => (<>{r.isUserFavor ? <StarFilled style={{ color: '#faad14', marginRight: 4 }} aria-label={t('repo.favorite')} /> : null}{r.favorCount ?? ''}</>), sortValue: (r) => r.favorCount },
    { key: 'updateTime', title: t('common.updated'), width: 150, render: (r) => formatDate(r.updateTime), sortValue: (r) => dateSortValue(r.updateTime) },
    { key: 'description', title: t('common.description'), width: 220, ellipsis: true, render: (r) => r.description ?? '', searchText: (r) => r.description },
  ];
}
