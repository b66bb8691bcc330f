import { useMemo } from 'react';
import { Button, Flex, Input, Select, Space, Tag, Typography } from 'antd';
import { StarFilled, StarOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { CopyButton } from '../../../ui/CopyButton';
import { dateSortValue, formatDate } from '../../shared/format';
import type { TencentResult } from '../../../providers/tencent/client';
import { registryKeys } from '../api/keys';
import { useRegistryAccount } from '../api/useRegistryAccount';
import { useRegistryMutation } from '../api/useRegistryMutation';
import { ActionError } from '../components/ActionError';
import { RegistryPageHeader } from '../components/RegistryPageHeader';
import { useRegistryT } from '../messages';
import { pullCommand } from '../rules';
import { useUrlState } from '../../shared/useUrlState';

type PublicRow = NonNullable<TencentResult<'GetRepositoryList'>['repolInfo']>[number];
/** The document caps `limit` at 100; 50 a page keeps the answer quick. */
const PAGE_SIZE = 50;
const ORDERBY = ['official', 'pullCount'] as const;
const ORDER = ['desc', 'asc'] as const;

/** GetRepositoryList: public Tencent Hub repositories, searched and paged on the server; the query is in the URL. */
export default function PublicSearchPage() {
  const t = useRegistryT();
  const registry = useRegistryAccount();
  const scope = registry.scope;
  const { params: params, set: update } = useUrlState();
  const q = params.get('q') ?? '';
  const orderby = (ORDERBY as readonly string[]).includes(params.get('orderby') ?? '') ? (params.get('orderby') as (typeof ORDERBY)[number]) : undefined;
  const order = params.get('order') === 'asc' ? 'asc' : 'desc';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, ...(q ? { reponame: q } : {}), ...(orderby ? { orderby } : {}), order } as const;
  const list = useQuery({
    queryKey: registryKeys.publicRepositories(scope?.accountId ?? '', query),
    queryFn: () => scope!.client.GetRepositoryList(query, scope!.region),
    enabled: !!scope,
    placeholderData: keepPreviousData,
  });
  const favor = useRegistryMutation(scope?.accountId, (r: PublicRow) => {
    const v = { reponame: r.reponame ?? '', reptype: r.reptype === 'DOCKER HUB' ? ('DOCKER HUB' as const) : ('QCLOUD HUB' as const) };
    return r.isUserFavor ? scope!.client.DeleteFavor(v, scope!.region) : scope!.client.AddFavor(v, scope!.region);
  });
  // The example prints `repolInfo`; answers may also say `repoInfo` (as SearchUserRepository does).
  const rows = list.data?.repolInfo ?? ((list.data as Record<string, unknown> | undefined)?.repoInfo as PublicRow[] | undefined) ?? [];
  const total = Number((list.data as Record<string, unknown> | undefined)?.totalCount ?? NaN);
  const hasNext = Number.isFinite(total) ? page * PAGE_SIZE < total : rows.length === PAGE_SIZE;
  const columns = useMemo<ResourceColumn<PublicRow>[]>(
    () => [
      { key: 'reponame', title: t('repo.name'), width: 260, render: (r) => <Typography.Text strong>{r.reponame}</Typography.Text>, sortValue: (r) => r.reponame, searchText: (r) => r.reponame },
      { key: 'official', title: t('repo.official'), width: 90, render: (r) => (r.isQcloudOfficial ? <Tag color="blue">{t('repo.official')}</Tag> : '') },
      { key: 'reptype', title: t('fav.type'), width: 120, render: (r) => r.reptype },
      { key: 'pullCount', title: t('repo.pulls'), width: 100, render: (r) => r.pullCount ?? '', sortValue: (r) => r.pullCount },
      { key: 'favorCount', title: t('repo.favorites'), width: 100, render: (r) => r.favorCount ?? '', sortValue: (r) => r.favorCount },
      { key: 'updateTime', title: t('common.updated'), width: 150, render: (r) => formatDate(r.updateTime), sortValue: (r) => dateSortValue(r.updateTime) },
      { key: 'description', title: t('common.description'), width: 240, ellipsis: true, render: (r) => r.description, searchText: (r) => r.description },
      {
        key: 'actions',
        title: '',
        width: 90,
        render: (r) => (
          <Space size={0} onClick={(e) => e.stopPropagation()}>
            <CopyButton text={pullCommand(undefined, r.reponame ?? '')} label={t('repo.copyPull')} />
            <Button
              size="small"
              type="text"
              aria-label={`${t(r.isUserFavor ? 'repo.removeFavorite' : 'repo.addFavorite')} ${r.reponame}`}
              icon={r.isUserFavor ? <StarFilled style={{ color: '#faad14' }} /> : <StarOutlined />}
              onClick={() => favor.mutate(r)}
            />
          </Space>
        ),
      },
    ],
    [t, favor],
  );
  return (
    <Flex vertical gap={12}>
      <RegistryPageHeader title={t('search.title')} subtitle={t('search.subtitle')} registry={registry} />
      <Flex gap={8} wrap>
        <Input.Search aria-label={t('search.query')} placeholder={t('search.query')} defaultValue={q} key={q} allowClear enterButton={t('search.run')} style={{ width: 320 }} onSearch={(v) => update({ q: v.trim() || undefined, page: undefined })} />
        <Select aria-label={t('search.orderby')} placeholder={t('search.orderby')} allowClear style={{ width: 160 }} value={orderby} onChange={(v?: string) => update({ orderby: v, page: undefined })} options={ORDERBY.map((v) => ({ value: v, label: t(`search.orderby.${v}`) }))} />
        <Select aria-label={t('search.order')} style={{ width: 120 }} value={order} onChange={(v: string) => update({ order: v === 'desc' ? undefined : v, page: undefined })} options={ORDER.map((v) => ({ value: v, label: t(`search.order.${v}`) }))} />
      </Flex>
      {list.error ? <ErrorAlert error={list.error} scope={{ account: scope?.accountName }} onRetry={() => void list.refetch()} /> : null}
      <ActionError error={favor.error} account={scope?.accountName} />
      <ResourceTable ariaLabel={t('search.title')} urlPrefix="pub" height={520} rows={rows} columns={columns} rowKey={(r) => `${r.reptype}|${r.reponame}`} loading={list.isLoading} />
      <Flex gap={8} align="center">
        <Button disabled={page <= 1} onClick={() => update({ page: page > 2 ? String(page - 1) : undefined })}>
          {t('page.prev')}
        </Button>
        <Typography.Text>{t('page.of', { page })}</Typography.Text>
        {Number.isFinite(total) && <Typography.Text type="secondary">{t('common.total', { count: total })}</Typography.Text>}
        <Button disabled={!hasNext} onClick={() => update({ page: String(page + 1) })}>
          {t('page.next')}
        </Button>
      </Flex>
    </Flex>
  );
}
