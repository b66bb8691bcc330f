import { Typography } from 'antd';
import { Link } from 'react-router';
import type { Translate } from '../../app/i18n/I18nProvider';
import type { NeutralStatus } from '../../domain/types';
import type { ProviderId } from '../../providers/core/types';
import { CopyButton } from '../../ui/CopyButton';
import { ProviderTag } from '../../ui/ProviderTag';
import type { ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { dateSortValue, formatDate } from '../shared/format';
import { links } from '../shared/links';
import type { IngressKind, IngressRow } from './adapters';
import type { IngressTranslate } from './messages';

/** Several lines in one dense cell: the first shows, the rest count ("+2"), all in the tooltip. */
function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span title={lines.join('\n')}>
      {lines[0]}
      {lines.length > 1 && <Typography.Text type="secondary"> +{lines.length - 1}</Typography.Text>}
    </span>
  );
}

/** Where a row's group lives: the Tencent cluster, the Alibaba app (on its environment); NetEase spaces have no page of their own. */
export function groupHref(r: IngressRow): string | undefined {
  if (r.provider === 'tencent') return links.tencentCluster(r.accountId, r.region, r.group.id);
  if (r.provider === 'alibaba') {
    const [appId, envId] = r.group.id.split('/');
    return appId ? links.alibabaApp(r.accountId, appId, { env: envId }) : undefined;
  }
  return undefined;
}

/** The Ingresses table: a column spec over the shared table. */
export function ingressColumns(t: Translate, ti: IngressTranslate, accountName: (id: string) => string): ResourceColumn<IngressRow>[] {
  // Tencent's and Alibaba's network type codes read as words; other subtypes are shown as they come.
  const subtypeLabel = (s: string) => (s === 'internet' || s === 'intranet' ? ti(`ali.network.${s}`) : s);
  return [
    {
      key: 'provider',
      title: t('col.provider'),
      width: 120,
      render: (r) => <ProviderTag provider={r.provider} />,
      sortValue: (r) => r.provider,
      filterValue: (r) => r.provider,
      filterLabel: (v) => t(`provider.${v as ProviderId}`),
    },
    {
      key: 'account',
      title: t('col.account'),
      width: 130,
      ellipsis: true,
      render: (r) => accountName(r.accountId),
      sortValue: (r) => accountName(r.accountId),
      filterValue: (r) => r.accountId,
      filterLabel: accountName,
      searchText: (r) => accountName(r.accountId),
    },
    {
      key: 'region',
      title: t('col.region'),
      width: 110,
      render: (r) => r.region || '—',
      sortValue: (r) => r.region,
      filterValue: (r) => r.region || '—',
    },
    {
      key: 'group',
      title: ti('col.group'),
      width: 190,
      ellipsis: true,
      render: (r) => {
        const href = groupHref(r);
        const label = r.namespace && r.group.kind === 'cluster' ? `${r.group.name} / ${r.namespace}` : r.group.name;
        return href ? (
          <Link to={href} onClick={(e) => e.stopPropagation()}>
            {label}
          </Link>
        ) : (
          label
        );
      },
      sortValue: (r) => r.group.name,
      filterValue: (r) => r.group.name,
      searchText: (r) => `${r.group.name} ${r.group.id} ${r.namespace ?? ''}`,
    },
    {
      key: 'name',
      title: t('col.name'),
      width: 200,
      ellipsis: true,
      render: (r) => (
        <Link to={r.href} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 600 }}>
          {r.name}
        </Link>
      ),
      sortValue: (r) => r.name,
      searchText: (r) => `${r.name} ${r.id}`,
    },
    {
      key: 'type',
      title: ti('col.type'),
      width: 170,
      ellipsis: true,
      render: (r) => (r.subtype ? `${ti(`kind.${r.kind}`)} · ${subtypeLabel(r.subtype)}` : ti(`kind.${r.kind}`)),
      sortValue: (r) => r.kind,
      filterValue: (r) => r.kind,
      filterLabel: (v) => ti(`kind.${v as IngressKind}`),
      searchText: (r) => `${ti(`kind.${r.kind}`)} ${r.subtype ?? ''} ${r.subtype ? subtypeLabel(r.subtype) : ''}`,
    },
    {
      key: 'address',
      title: ti('col.address'),
      width: 190,
      ellipsis: true,
      render: (r) =>
        r.address ? (
          <span>
            {r.address} <CopyButton text={r.address} />
          </span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
      sortValue: (r) => r.address,
      searchText: (r) => r.address,
    },
    { key: 'rules', title: ti('col.rules'), width: 240, ellipsis: true, render: (r) => <Lines lines={r.rules} />, sortValue: (r) => r.rules.length, searchText: (r) => r.rules.join(' ') },
    { key: 'backends', title: ti('col.backends'), width: 180, ellipsis: true, render: (r) => <Lines lines={r.backends} />, searchText: (r) => r.backends.join(' ') },
    {
      key: 'status',
      title: t('col.status'),
      width: 130,
      render: (r) => <StatusBadge status={r.status} text={r.statusText} />,
      sortValue: (r) => r.status,
      filterValue: (r) => r.status,
      filterLabel: (v) => t(`status.${v as NeutralStatus}`),
      searchText: (r) => r.statusText,
    },
    { key: 'created', title: t('col.created'), width: 140, render: (r) => formatDate(r.createdAt), sortValue: (r) => dateSortValue(r.createdAt) },
  ];
}
