import { useMemo, useState } from 'react';
import { App, Badge, Button, Card, Descriptions, Drawer, Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, EyeOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAccounts } from '../../app/accounts/useAccounts';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ProviderTag } from '../../ui/ProviderTag';
import { ResourceTable, type ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../shared/format';
import { links, regionFromSegment } from '../shared/links';
import { PageHeader } from '../shared/PageHeader';
import { useClusterInfo, useCollector, useCollectorChange, useCollectors, useDaemonStatus, type ClusterScope, type CollectorRow } from './api';
import { CollectorDrawer } from './CollectorDrawer';
import { destinationSummary, sourceSummary } from './rules';
import { useLogT } from './useLogT';
import type { LogTranslate } from './messages';

type Rec = Record<string, unknown>;

/** GetLogDaemonStatus: enabled (the document spells it `enabel` once) and the agent's node counts. */
function DaemonCard({ scope }: { scope: ClusterScope }) {
  const t = useLogT();
  const d = useDaemonStatus(scope);
  if (d.error) return <ErrorAlert error={d.error} scope={{ region: scope.region }} onRetry={() => void d.refetch()} />;
  const data = (d.data ?? {}) as Rec;
  const enabled = (data.enabled ?? data.enabel) === true;
  const current = Number(data.currentNumberScheduled ?? 0);
  const desired = Number(data.desiredNumberScheduled ?? 0);
  return (
    <Card size="small" title={t('daemon.title')} loading={d.isLoading} data-testid="daemon">
      <Flex gap={24} align="center" wrap>
        <Badge status={enabled ? 'success' : 'default'} text={enabled ? t('daemon.enabled') : t('daemon.disabled')} />
        <Flex vertical style={{ minWidth: 240 }}>
          <Typography.Text type="secondary">{t('daemon.scheduled', { current, desired })}</Typography.Text>
          <Progress percent={desired ? Math.round((current / desired) * 100) : 0} size="small" status={desired && current < desired ? 'active' : 'normal'} aria-label={t('daemon.scheduledLabel')} />
        </Flex>
        {data.message ? <Typography.Text type="secondary">{String(data.message)}</Typography.Text> : null}
      </Flex>
    </Card>
  );
}

function CollectorView({ scope, name, onClose }: { scope: ClusterScope; name?: string; onClose: () => void }) {
  const t = useLogT();
  const c = useCollector(scope, name);
  const d = (c.data ?? {}) as Rec;
  const input = (d.inputOption ?? {}) as Rec;
  return (
    <Drawer open={!!name} title={name} onClose={onClose} size="large" destroyOnHidden>
      {c.error ? <ErrorAlert error={c.error} scope={{ region: scope.region }} onRetry={() => void c.refetch()} /> : null}
      <Descriptions size="small" column={1} bordered data-testid="collector-view">
        <Descriptions.Item label={t('field.name')}>{String(d.name ?? '')}</Descriptions.Item>
        <Descriptions.Item label={t('field.description')}>{String(d.description ?? '')}</Descriptions.Item>
        <Descriptions.Item label={t('col.cluster')}>{`${String(d.clusterName ?? '')} (${String(d.clusterId ?? '')})`}</Descriptions.Item>
        <Descriptions.Item label={t('field.inputType')}>{d.inputType ? labelOf(t, 'input', String(d.inputType)) : ''}</Descriptions.Item>
        <Descriptions.Item label={t('col.source')}>{sourceSummary(d, t('source.allNamespaces'))}</Descriptions.Item>
        {d.inputType === 'host-log' ? <Descriptions.Item label={t('field.path')}>{String(input.path ?? '')}</Descriptions.Item> : null}
        <Descriptions.Item label={t('field.outputType')}>{d.outputType ? labelOf(t, 'output', String(d.outputType)) : ''}</Descriptions.Item>
        <Descriptions.Item label={t('col.destination')}>{destinationSummary(d)}</Descriptions.Item>
        <Descriptions.Item label={t('col.created')}>{formatDate(String(d.createdAt ?? ''))}</Descriptions.Item>
        <Descriptions.Item label={t('view.raw')}>
          <pre style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap' }}>{JSON.stringify({ inputOption: d.inputOption, outputOption: d.outputOption }, null, 2)}</pre>
        </Descriptions.Item>
      </Descriptions>
    </Drawer>
  );
}

const labelOf = (t: LogTranslate, kind: 'input' | 'output', v: string) => {
  const key = `${kind}.${v}`;
  return ['input.container-log', 'input.host-log', 'output.kafka', 'output.ckafka', 'output.cls'].includes(key) ? t(key as 'input.host-log') : v;
};

/** A Tencent cluster's log agent and its log collection rules: list, view, create, edit, delete. */
export default function LogCollectorsPage() {
  const t = useLogT();
  const { message } = App.useApp();
  const { accountId = '', region: regionSeg, clusterId = '' } = useParams();
  const region = regionFromSegment(regionSeg);
  const scope: ClusterScope = { accountId, region, clusterId };
  const accounts = useAccounts();
  const account = accounts.data?.find((a) => a.id === accountId);
  const cluster = useClusterInfo(scope);
  const collectors = useCollectors(scope);
  const [params, setParams] = useSearchParams();
  const setParam = (name: string, value?: string) =>
    setParams(
      (c) => {
        const next = new URLSearchParams(c);
        for (const k of ['view', 'edit', 'create']) next.delete(k);
        if (value !== undefined) next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const viewing = params.get('view') ?? undefined;
  const editing = params.get('edit') ?? undefined;
  const creating = params.get('create') === '1';
  const [deleting, setDeleting] = useState<string>();
  const [changeError, setChangeError] = useState<unknown>();
  const remove = useCollectorChange(scope, (api, name: string, r) => api.DeleteLogCollector({ clusterId, name }, r));
  const errorScope = { account: account?.name ?? accountId, region };

  const columns = useMemo<ResourceColumn<CollectorRow>[]>(
    () => [
      {
        key: 'name',
        title: t('field.name'),
        width: 180,
        ellipsis: true,
        render: (c) => <Typography.Text strong>{String(c.name ?? '')}</Typography.Text>,
        sortValue: (c) => String(c.name ?? ''),
        searchText: (c) => `${String(c.name ?? '')} ${sourceSummary(c as Rec, '')} ${destinationSummary(c as Rec)}`,
      },
      { key: 'input', title: t('field.inputType'), width: 120, render: (c) => <Tag>{labelOf(t, 'input', String(c.inputType ?? ''))}</Tag>, filterValue: (c) => String(c.inputType ?? ''), filterLabel: (v) => labelOf(t, 'input', v) },
      { key: 'source', title: t('col.source'), width: 260, ellipsis: true, render: (c) => sourceSummary(c as Rec, t('source.allNamespaces')) },
      { key: 'output', title: t('field.outputType'), width: 100, render: (c) => <Tag color="blue">{labelOf(t, 'output', String(c.outputType ?? ''))}</Tag>, filterValue: (c) => String(c.outputType ?? ''), filterLabel: (v) => labelOf(t, 'output', v) },
      { key: 'destination', title: t('col.destination'), width: 260, ellipsis: true, render: (c) => destinationSummary(c as Rec) },
      { key: 'created', title: t('col.created'), width: 150, render: (c) => formatDate(String(c.createdAt ?? '')), sortValue: (c) => dateSortValue(String(c.createdAt ?? '')) },
      {
        key: 'actions',
        title: t('common.actions'),
        width: 120,
        fixed: 'right',
        render: (c) => {
          const name = String(c.name ?? '');
          return (
            <Flex gap={4}>
              <Tooltip title={t('action.view')}>
                <Button size="small" icon={<EyeOutlined />} aria-label={`${t('action.view')} ${name}`} onClick={(e) => (e.stopPropagation(), setParam('view', name))} />
              </Tooltip>
              <Tooltip title={t('action.edit')}>
                <Button size="small" icon={<EditOutlined />} aria-label={`${t('action.edit')} ${name}`} onClick={(e) => (e.stopPropagation(), setParam('edit', name))} />
              </Tooltip>
              <Tooltip title={t('action.delete')}>
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('action.delete')} ${name}`} onClick={(e) => (e.stopPropagation(), setDeleting(name))} />
              </Tooltip>
            </Flex>
          );
        },
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t],
  );

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={
          <Flex align="center" gap={8}>
            <ProviderTag provider="tencent" />
            <span>{t('page.title')}</span>
          </Flex>
        }
        subtitle={
          <Flex gap={8} align="center" wrap>
            <Link to={links.tencentCluster(accountId, region, clusterId)}>{cluster.data?.clusterName ? `${cluster.data.clusterName} (${clusterId})` : clusterId}</Link>
            <Typography.Text type="secondary">{`${account?.name ?? accountId} · ${region || '—'}`}</Typography.Text>
            <Link to="/tencent/log-collectors">{t('page.change')}</Link>
          </Flex>
        }
      />
      {cluster.error ? <ErrorAlert error={cluster.error} scope={errorScope} onRetry={() => void cluster.refetch()} /> : null}
      <DaemonCard scope={scope} />
      {changeError ? <ErrorAlert error={changeError} scope={errorScope} /> : null}
      {collectors.error ? <ErrorAlert error={collectors.error} scope={errorScope} onRetry={() => void collectors.refetch()} /> : null}
      <ResourceTable
        ariaLabel={t('page.rules')}
        rows={collectors.data ?? []}
        columns={columns}
        rowKey={(c) => String(c.name ?? '')}
        loading={collectors.isLoading}
        onOpen={(c) => setParam('view', String(c.name ?? ''))}
        emptyText={t('page.none')}
        toolbar={
          <Flex gap={8}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setParam('create', '1')}>
              {t('action.create')}
            </Button>
            <Tooltip title={t('common.refresh')}>
              <Button icon={<ReloadOutlined spin={collectors.isFetching} />} aria-label={t('common.refresh')} onClick={() => void collectors.refetch()} />
            </Tooltip>
          </Flex>
        }
      />
      <CollectorView scope={scope} name={viewing} onClose={() => setParam('view')} />
      <CollectorDrawer
        scope={scope}
        accountName={account?.name}
        open={creating || !!editing}
        editing={editing}
        onClose={() => setParam('edit')}
        onSaved={(name) => {
          message.success(t(editing ? 'done.updated' : 'done.created', { name }));
          setParam('view', name);
        }}
      />
      <DangerConfirm
        open={!!deleting}
        kind={t('kind')}
        name={deleting ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting);
            setChangeError(undefined);
            message.success(t('done.deleted', { name: deleting }));
          } catch (error) {
            setChangeError(error);
          }
          setDeleting(undefined);
        }}
      />
    </Flex>
  );
}
