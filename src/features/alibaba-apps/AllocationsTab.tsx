import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { App as AntApp, Button, Flex, Form, Modal, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { links } from '../shared/links';
import { num, text } from '../alibaba/shared/values';
import { alertScope, type AppCtx } from './appCtx';
import { kindOfListedEnv } from './rules';
import { useAppsChange, useClusters, type Env } from './useApps';
import { useAppsT } from './useAppsT';

/**
 * 4.x resource allocations, one per environment: DescribeAppResourceAlloc for each, allocate a
 * cluster (CreateAppResourceAlloc), release it (DeleteAppResourceAlloc, typed environment name).
 */
export function AllocationsTab({ ctx }: { ctx: AppCtx }) {
  const t = useAppsT();
  const { message } = AntApp.useApp();
  const { scope, appId, envs, allocs } = ctx;
  const [creating, setCreating] = useState<Env>();
  const [cluster, setCluster] = useState<string>();
  const [missing, setMissing] = useState(false);
  const [releasing, setReleasing] = useState<Env>();
  const [changeError, setChangeError] = useState<unknown>();
  const clusters = useClusters(scope, !!creating || (allocs.data?.size ?? 0) > 0);
  const create = useAppsChange(scope, (api, p: { AppEnvId: number; ClusterId: string }, region) => api.call('CreateAppResourceAlloc', { ...p, AppId: appId }, region));
  const release = useAppsChange(scope, (api, env: Env, region) => api.call('DeleteAppResourceAlloc', { AppEnvId: num(env.EnvId)! }, region));
  const clusterName = (id: string) => text(clusters.data?.find((c) => text(c.InstanceId) === id)?.ClusterTitle);

  const columns = useMemo<ResourceColumn<Env>[]>(
    () => [
      { key: 'env', title: t('detail.environment'), width: 170, sortValue: (e) => text(e.EnvName), searchText: (e) => text(e.EnvName), render: (e) => <Typography.Text strong>{text(e.EnvName)}</Typography.Text> },
      { key: 'type', title: t('env.type'), width: 100, render: (e) => t(`env.type.${kindOfListedEnv(e.EnvType)}`) },
      {
        key: 'cluster',
        title: t('alloc.cluster'),
        width: 260,
        render: (e) => {
          const a = allocs.data?.get(num(e.EnvId)!);
          if (!a) return allocs.data ? <Typography.Text type="warning">{t('alloc.none')}</Typography.Text> : null;
          const id = text(a.ClusterId);
          return scope ? (
            <Link to={links.alibabaCluster(scope.account.id, id)}>
              {clusterName(id) ? `${clusterName(id)} · ` : ''}
              <Typography.Text code>{id}</Typography.Text>
            </Link>
          ) : (
            id
          );
        },
      },
      { key: 'id', title: t('alloc.id'), width: 100, render: (e) => text(allocs.data?.get(num(e.EnvId)!)?.Id) },
      { key: 'def', title: t('alloc.resourceDef'), width: 200, ellipsis: true, render: (e) => <Typography.Text code>{text(allocs.data?.get(num(e.EnvId)!)?.ResourceDef) || '—'}</Typography.Text> },
      {
        key: 'actions',
        title: t('common.actions'),
        width: 140,
        fixed: 'right',
        render: (e) =>
          allocs.data?.get(num(e.EnvId)!) ? (
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('alloc.release')} ${text(e.EnvName)}`} onClick={() => setReleasing(e)}>
              {t('alloc.release')}
            </Button>
          ) : (
            <Button size="small" type="primary" icon={<PlusOutlined />} disabled={!allocs.data} aria-label={`${t('alloc.create')} ${text(e.EnvName)}`} onClick={() => setCreating(e)}>
              {t('alloc.create')}
            </Button>
          ),
      },
    ],
    [t, allocs.data, clusters.data, scope],
  );

  const closeCreate = () => {
    setCreating(undefined);
    setCluster(undefined);
    setMissing(false);
    create.reset();
  };

  return (
    <Flex vertical gap={8}>
      {changeError ? <ErrorAlert error={changeError} scope={alertScope(scope)} /> : null}
      {allocs.error ? <ErrorAlert error={allocs.error} scope={alertScope(scope)} onRetry={() => void allocs.refetch()} /> : null}
      <ResourceTable ariaLabel={t('tab.allocations')} urlPrefix="alloc" height={320} rows={envs.data ?? []} columns={columns} rowKey={(e) => text(e.EnvId)} loading={envs.isLoading || allocs.isLoading} />
      <Modal
        open={!!creating}
        title={t('alloc.createTitle', { env: text(creating?.EnvName) })}
        okText={t('alloc.create')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: create.isPending }}
        onCancel={closeCreate}
        onOk={async () => {
          if (!creating) return;
          setMissing(!cluster);
          if (!cluster) return;
          try {
            await create.mutateAsync({ AppEnvId: num(creating.EnvId)!, ClusterId: cluster });
            message.success(t('alloc.created', { cluster: clusterName(cluster) || cluster, env: text(creating.EnvName) }));
            closeCreate();
          } catch {
            // Shown in the dialog.
          }
        }}
        destroyOnHidden
      >
        {clusters.error ? <ErrorAlert error={clusters.error} scope={alertScope(scope)} onRetry={() => void clusters.refetch()} /> : null}
        <Form layout="vertical" size="small">
          <Form.Item label={t('alloc.cluster')} required validateStatus={missing ? 'error' : undefined} help={missing ? t('rule.required') : undefined}>
            <Select
              aria-label={t('alloc.cluster')}
              placeholder={t('alloc.chooseCluster')}
              loading={clusters.isLoading}
              value={cluster}
              onChange={setCluster}
              showSearch={{ optionFilterProp: 'label' }}
              options={(clusters.data ?? []).map((c) => ({ value: text(c.InstanceId), label: `${text(c.ClusterTitle)} · ${text(c.InstanceId)} · ${text(c.EnvType)}` }))}
            />
          </Form.Item>
        </Form>
        {create.error ? <ErrorAlert error={create.error} scope={alertScope(scope)} /> : null}
      </Modal>
      <DangerConfirm
        open={!!releasing}
        kind={t('alloc.kind')}
        name={text(releasing?.EnvName)}
        onCancel={() => setReleasing(undefined)}
        onConfirm={async () => {
          if (!releasing) return;
          try {
            await release.mutateAsync(releasing);
            message.success(t('alloc.deleted', { env: text(releasing.EnvName) }));
            setChangeError(undefined);
          } catch (error) {
            setChangeError(error);
          }
          setReleasing(undefined);
        }}
      />
    </Flex>
  );
}
