import { useState } from 'react';
import { App, Button, Flex, Tabs, Tag, Typography } from 'antd';
import { DeleteOutlined, ReloadOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { CopyButton } from '../../ui/CopyButton';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ProviderTag } from '../../ui/ProviderTag';
import { PageHeader } from '../shared/PageHeader';
import { clusterKeys, text, useAlibabaAccount, useClusterChange, useClusterDetail, useClusterList, type ClusterScope } from './api';
import { BindingsTab } from './BindingsTab';
import { LabelsTab } from './LabelsTab';
import { NodesTab } from './NodesTab';
import { OverviewTab } from './OverviewTab';
import { ClusterStatus } from './ClusterStatus';
import { useClustersT } from './useClustersT';
import { useQueryClient } from '@tanstack/react-query';

export const TABS = ['overview', 'nodes', 'labels', 'bindings'] as const;
export type TabKey = (typeof TABS)[number];

/** One Alibaba (聚石塔) cluster: overview, nodes, node labels and their bindings; the tab is in the URL. */
export default function ClusterDetailPage() {
  const t = useClustersT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { accountId = '', clusterId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { accounts, account } = useAlibabaAccount(accountId);
  const region = account?.regions[0] ?? '';
  const scope: ClusterScope = { accountId: account ? accountId : '', region, clusterId };
  const list = useClusterList(account ? accountId : undefined, region);
  const detail = useClusterDetail(scope);
  const row = list.data?.find((c) => text(c.InstanceId) === clusterId);
  const title = text(detail.data?.BasicInfo?.ClusterName) || text(row?.ClusterTitle) || clusterId;
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'overview';
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>();
  const remove = useClusterChange(scope, (api, _: void, r) => api.DeleteCluster({ ClusterInstanceId: clusterId }, r));
  const errorScope = { account: account?.name, region };

  if (!accounts.isLoading && !account) {
    return accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} /> : <EmptyState description={t('detail.noAccount', { account: accountId })} />;
  }

  const setTab = (key: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (key === 'overview') next.delete('tab');
        else next.set('tab', key);
        return next;
      },
      { replace: true },
    );

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={
          <Flex align="center" gap={8}>
            <ProviderTag provider="alibaba" />
            <span data-testid="cluster-title">{title}</span>
          </Flex>
        }
        subtitle={
          <Flex align="center" gap={8} wrap>
            <Typography.Text type="secondary">{account?.name}</Typography.Text>
            <Typography.Text code>{clusterId}</Typography.Text>
            <CopyButton text={clusterId} label={t('detail.copyId')} />
            {row ? <ClusterStatus status={row.Status} /> : null}
            {row?.EnvType !== undefined ? <Tag>{t(String(row.EnvType) === '1' || row.EnvType === 'PRO' ? 'env.PRO' : 'env.TEST')}</Tag> : null}
          </Flex>
        }
        extra={
          <Flex gap={8}>
            <Button
              icon={<ReloadOutlined spin={detail.isFetching} />}
              aria-label={t('common.refresh')}
              onClick={() => void queryClient.invalidateQueries({ queryKey: clusterKeys.cluster(scope.accountId, region, clusterId) })}
            />
            <Button danger icon={<DeleteOutlined />} onClick={() => setDeleting(true)}>
              {t('detail.delete')}
            </Button>
          </Flex>
        }
      />
      {deleteError ? <ErrorAlert error={deleteError} scope={errorScope} /> : null}
      {list.error ? <ErrorAlert error={list.error} scope={errorScope} onRetry={() => void list.refetch()} /> : null}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'overview', label: t('tab.overview'), children: <OverviewTab scope={scope} detail={detail} cluster={row} /> },
          { key: 'nodes', label: t('tab.nodes'), children: <NodesTab scope={scope} accountName={account?.name} creating={row ? text(row.Status) !== 'running' && text(row.Status) !== '' : false} /> },
          { key: 'labels', label: t('tab.labels'), children: <LabelsTab scope={scope} accountName={account?.name} /> },
          { key: 'bindings', label: t('tab.bindings'), children: <BindingsTab scope={scope} accountName={account?.name} /> },
        ]}
        destroyOnHidden
      />
      <DangerConfirm
        open={deleting}
        kind={t('detail.kind')}
        name={title}
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          try {
            await remove.mutateAsync();
            setDeleteError(undefined);
            setDeleting(false);
            await queryClient.invalidateQueries({ queryKey: clusterKeys.account(accountId) });
            message.success(t('detail.deleted', { name: title }));
            navigate('/clusters');
          } catch (error) {
            setDeleteError(error);
            setDeleting(false);
          }
        }}
      />
    </Flex>
  );
}
