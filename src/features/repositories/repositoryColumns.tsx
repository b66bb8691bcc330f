import { Tag } from 'antd';
import { StarFilled, StarOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Translate } from '../../app/i18n/I18nProvider';
import type { Repository } from '../../domain/types';
import { ProviderTag } from '../../ui/ProviderTag';
import type { ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { links } from '../shared/links';
import { dateSortValue, formatDate } from '../shared/format';
import { registryPaths } from '../tencent-registry/paths';
import { LatestTag } from './LatestTag';
import type { ReposTranslate } from './messages';

export const repositoryKey = (r: Pick<Repository, 'provider' | 'accountId' | 'region' | 'id'>) => `${r.provider}/${r.accountId}/${r.region}/${r.id}`;

/** The repository's own page: Tencent's registry detail, NetEase's repository page. */
export function repositoryHref(r: Pick<Repository, 'provider' | 'accountId' | 'id'>): string | undefined {
  if (r.provider === 'tencent') return registryPaths.repository(r.accountId, r.id);
  if (r.provider === 'netease') return links.neteaseRepository(r.accountId, r.id);
  return undefined;
}

/** Names in bold, as in the other tables (a style, not a Typography per row). */
const STRONG = { fontWeight: 600 };

export function repositoryColumns(t: Translate, rt: ReposTranslate, accountName: (id: string) => string): ResourceColumn<Repository>[] {
  const fav = (r: Repository) => (r.favourite === undefined ? '' : r.favourite ? 'yes' : 'no');
  return [
    { key: 'provider', title: t('col.provider'), width: 110, render: (r) => <ProviderTag provider={r.provider} />, filterValue: (r) => r.provider, filterLabel: (v) => t(`provider.${v as Repository['provider']}`) },
    {
      key: 'account',
      title: t('col.account'),
      width: 130,
      ellipsis: true,
      render: (r) => accountName(r.accountId),
      sortValue: (r) => accountName(r.accountId),
      filterValue: (r) => r.accountId,
      filterLabel: accountName,
    },
    { key: 'region', title: rt('col.region'), width: 90, render: (r) => r.region || '—', filterValue: (r) => r.region || '—' },
    { key: 'namespace', title: rt('col.namespace'), width: 120, ellipsis: true, render: (r) => r.namespace ?? '', sortValue: (r) => r.namespace ?? '', filterValue: (r) => r.namespace ?? '', searchText: (r) => r.namespace },
    {
      key: 'name',
      title: rt('col.repository'),
      width: 180,
      ellipsis: true,
      render: (r) => {
        const href = repositoryHref(r);
        return href ? (
          <Link to={href} style={STRONG} aria-label={rt('open', { repo: r.namespace ? `${r.namespace}/${r.name}` : r.name })} onClick={(e) => e.stopPropagation()}>
            {r.name}
          </Link>
        ) : (
          <span style={STRONG}>{r.name}</span>
        );
      },
      sortValue: (r) => r.name,
      searchText: (r) => `${r.namespace ?? ''}/${r.name} ${r.id} ${r.description ?? ''}`,
    },
    {
      key: 'visibility',
      title: t('col.visibility'),
      width: 80,
      render: (r) => (r.visibility ? <Tag color={r.visibility === 'public' ? 'green' : 'default'}>{t(r.visibility === 'public' ? 'repos.public' : 'repos.private')}</Tag> : ''),
      filterValue: (r) => r.visibility,
      filterLabel: (v) => t(v === 'public' ? 'repos.public' : 'repos.private'),
    },
    { key: 'tags', title: t('col.tags'), width: 70, render: (r) => r.tagCount ?? '', sortValue: (r) => r.tagCount },
    { key: 'latest', title: rt('col.latestTag'), width: 140, ellipsis: true, render: (r) => <LatestTag repository={r} /> },
    { key: 'pulls', title: rt('col.pulls'), width: 90, render: (r) => (r.pulls === undefined ? '—' : r.pulls.toLocaleString()), sortValue: (r) => r.pulls },
    {
      key: 'favourite',
      title: rt('col.favourite'),
      width: 100,
      render: (r) =>
        r.favourite === undefined ? '—' : r.favourite ? <StarFilled style={{ color: '#faad14' }} aria-label={rt('favourite.yes')} /> : <StarOutlined aria-label={rt('favourite.no')} style={{ opacity: 0.35 }} />,
      filterValue: fav,
      filterLabel: (v) => rt(v === 'yes' ? 'favourite.yes' : 'favourite.no'),
    },
    { key: 'updated', title: t('col.updated'), width: 140, render: (r) => formatDate(r.updatedAt), sortValue: (r) => dateSortValue(r.updatedAt) },
    { key: 'description', title: t('col.description'), width: 220, ellipsis: true, render: (r) => r.description ?? '', searchText: (r) => r.description },
  ];
}
