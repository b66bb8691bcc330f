import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Flex, Result } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useLocation, useParams } from 'react-router';
import { useAccounts } from '../../app/accounts/useAccounts';
import { useT } from '../../app/i18n/useI18n';
import { withScope } from '../../app/layout/navItems';
import { offers } from '../../domain/capabilities';
import { PROVIDERS, type ProviderId } from '../../providers/core/types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ProviderTag } from '../../ui/ProviderTag';
import { ResourceTable } from '../../ui/resource-table/ResourceTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { domainContext, domainOf } from '../shared/domainContext';
import { formatDate } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { resourceKeys } from '../shared/queryKeys';
import { nodeColumns } from './nodeColumns';
import { regionFromPath } from './paths';

const isProvider = (p: string | undefined): p is ProviderId => (PROVIDERS as readonly string[]).includes(p ?? '');

export default function NodesPage() {
  const t = useT();
  const params = useParams();
  const location = useLocation();
  const provider = isProvider(params.provider) && offers(params.provider, 'nodes') ? params.provider : undefined;
  const accountId = params.accountId ?? '';
  const region = regionFromPath(params.region ?? '');
  const clusterId = params.clusterId ?? '';
  const accounts = useAccounts();
  const account = accounts.data?.find((a) => a.id === accountId);

  // Same key as the Clusters page: coming from there, the cluster is already in the cache.
  const clusters = useQuery({
    queryKey: resourceKeys.clusters(provider ?? 'tencent', accountId, region),
    queryFn: async () => (await domainOf(provider!).listClusters?.(domainContext(provider!, accountId, region))) ?? [],
    enabled: !!provider,
  });
  const nodes = useQuery({
    queryKey: resourceKeys.nodes(provider ?? 'tencent', accountId, region, clusterId),
    queryFn: async () => (await domainOf(provider!).listNodes?.(domainContext(provider!, accountId, region), clusterId)) ?? [],
    enabled: !!provider,
  });
  const cluster = clusters.data?.find((c) => c.id === clusterId);
  const columns = useMemo(() => nodeColumns(t), [t]);
  const back = (
    <Link to={withScope('/clusters', location.search)}>
      <Button icon={<ArrowLeftOutlined />}>{t('nodes.back')}</Button>
    </Link>
  );

  if (!provider) return <Result status="404" title={t('notFound.title')} extra={back} />;
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center">
        {back}
        <PageHeader title={t('nodes.title', { cluster: cluster?.name ?? clusterId })} />
      </Flex>
      <Descriptions size="small" column={{ xs: 1, md: 3, xl: 6 }} bordered>
        <Descriptions.Item label={t('col.provider')}>
          <ProviderTag provider={provider} />
        </Descriptions.Item>
        <Descriptions.Item label={t('col.account')}>{account?.name ?? accountId}</Descriptions.Item>
        <Descriptions.Item label={t('col.region')}>{region || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('col.id')}>{clusterId}</Descriptions.Item>
        <Descriptions.Item label={t('col.status')}>{cluster ? <StatusBadge status={cluster.status} text={cluster.statusText} /> : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('col.created')}>{formatDate(cluster?.createdAt) || '—'}</Descriptions.Item>
      </Descriptions>
      {nodes.error ? <ErrorAlert error={nodes.error} scope={{ account: account?.name ?? accountId, region }} onRetry={() => nodes.refetch()} /> : null}
      <ResourceTable ariaLabel={t('nodes.title', { cluster: cluster?.name ?? clusterId })} rows={nodes.data ?? []} columns={columns} rowKey={(n) => n.id} loading={nodes.isLoading} />
    </Flex>
  );
}
