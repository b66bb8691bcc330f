import { Link } from 'react-router';
import { servicePath } from './servicePaths';
import { ImagesCell, PortsCell } from './SummaryCells';
import type { Translate } from '../../app/i18n/I18nProvider';
import type { NeutralStatus, Service } from '../../domain/types';
import type { ProviderId } from '../../providers/core/types';
import { ProviderTag } from '../../ui/ProviderTag';
import type { ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { dateSortValue, formatDate } from '../shared/format';

/** "2 / 3", or "– / 3" when the provider's list does not say how many are ready. */
export const replicasText = (s: Service): string =>
  s.desiredReplicas === undefined && s.readyReplicas === undefined ? '' : `${s.readyReplicas ?? '–'} / ${s.desiredReplicas ?? '–'}`;

const NAME_STYLE = { color: 'inherit', fontWeight: 600 };

/** The Services table: a column spec over the shared table. */
export function serviceColumns(t: Translate, accountName: (id: string) => string): ResourceColumn<Service>[] {
  return [
    {
      key: 'provider',
      title: t('col.provider'),
      width: 120,
      render: (s) => <ProviderTag provider={s.provider} />,
      sortValue: (s) => s.provider,
      filterValue: (s) => s.provider,
      filterLabel: (v) => t(`provider.${v as ProviderId}`),
    },
    {
      key: 'account',
      title: t('col.account'),
      width: 140,
      ellipsis: true,
      render: (s) => accountName(s.accountId),
      sortValue: (s) => accountName(s.accountId),
      filterValue: (s) => s.accountId,
      filterLabel: accountName,
      searchText: (s) => accountName(s.accountId),
    },
    {
      key: 'group',
      title: t('col.group'),
      width: 200,
      ellipsis: true,
      render: (s) => s.group.name,
      sortValue: (s) => s.group.name,
      filterValue: (s) => s.group.name,
      searchText: (s) => `${s.group.name} ${s.group.id} ${s.region}`,
    },
    {
      key: 'name',
      title: t('col.name'),
      width: 220,
      ellipsis: true,
      render: (s) => (
        <Link to={servicePath(s)} style={NAME_STYLE}>
          {s.name}
        </Link>
      ),
      sortValue: (s) => s.name,
      searchText: (s) => `${s.name} ${s.namespace ?? ''}`,
    },
    {
      key: 'status',
      title: t('col.status'),
      width: 150,
      render: (s) => <StatusBadge status={s.status} text={s.statusText || t(`status.${s.status}`)} />,
      sortValue: (s) => s.status,
      filterValue: (s) => s.status,
      filterLabel: (v) => t(`status.${v as NeutralStatus}`),
      searchText: (s) => s.statusText,
    },
    { key: 'replicas', title: t('col.replicas'), width: 110, render: replicasText, sortValue: (s) => s.desiredReplicas },
    {
      key: 'image',
      title: t('col.image'),
      width: 280,
      ellipsis: true,
      render: (s) => <ImagesCell service={s} />,
      sortValue: (s) => s.images[0],
      searchText: (s) => s.images.join(' '),
    },
    { key: 'ports', title: t('col.ports'), width: 140, ellipsis: true, render: (s) => <PortsCell service={s} />, searchText: (s) => s.ports.join(' ') },
    { key: 'created', title: t('col.created'), width: 150, render: (s) => formatDate(s.createdAt), sortValue: (s) => dateSortValue(s.createdAt) },
  ];
}
