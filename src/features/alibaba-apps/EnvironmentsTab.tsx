import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { App as AntApp, Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, RocketOutlined, ColumnHeightOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { links } from '../shared/links';
import { num, text } from '../alibaba/shared/values';
import { alertScope, type AppCtx } from './appCtx';
import { DeployModal } from './DeployModal';
import { EnvFormModal } from './EnvFormModal';
import { ForceOffer } from './ForceOffer';
import { kindOfListedEnv } from './rules';
import { ScaleModal } from './ScaleModal';
import { useAppsChange, useEnvDetails, useInstances, type Env } from './useApps';
import { useAppsT } from './useAppsT';

type Deleting = { env: Env; force: boolean };

/** 1.2 environments of the application: list, create, update, delete (typed name), and deploy / scale each. */
export function EnvironmentsTab({ ctx }: { ctx: AppCtx }) {
  const t = useAppsT();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const { scope, appId, envs, configs, allocs } = ctx;
  const rows = envs.data ?? [];
  const details = useEnvDetails(scope, appId, rows.map((e) => num(e.EnvId)!));
  const [form, setForm] = useState<{ env?: Env }>();
  const [deleting, setDeleting] = useState<Deleting>();
  const [forceOffer, setForceOffer] = useState<Env>();
  const [action, setAction] = useState<{ kind: 'deploy' | 'scale'; env: Env }>();
  const [changeError, setChangeError] = useState<unknown>();
  const remove = useAppsChange(scope, (api, d: Deleting, region) => api.call('DeleteAppEnvironment', { AppId: appId, EnvId: num(d.env.EnvId)!, Force: d.force }, region));
  const actionEnvId = action ? num(action.env.EnvId) : undefined;
  const instances = useInstances(action?.kind === 'scale' ? scope : undefined, appId, actionEnvId);
  const actionConfig = configs.data?.find((c) => num(c.Id) === num(action?.env.AppSchemaId));

  const columns = useMemo<ResourceColumn<Env>[]>(
    () => [
      { key: 'name', title: t('env.name'), width: 160, sortValue: (e) => text(e.EnvName), searchText: (e) => text(e.EnvName), render: (e) => <Typography.Text strong>{text(e.EnvName)}</Typography.Text> },
      { key: 'id', title: t('env.id'), width: 80, sortValue: (e) => num(e.EnvId) ?? 0, render: (e) => <Typography.Text code>{text(e.EnvId)}</Typography.Text> },
      {
        key: 'type',
        title: t('env.type'),
        width: 110,
        filterValue: (e) => kindOfListedEnv(e.EnvType),
        filterLabel: (v) => t(v === 'online' ? 'env.type.online' : 'env.type.test'),
        render: (e) => <Tag color={kindOfListedEnv(e.EnvType) === 'online' ? 'red' : 'green'}>{t(`env.type.${kindOfListedEnv(e.EnvType)}`)}</Tag>,
      },
      {
        key: 'config',
        title: t('env.config'),
        width: 180,
        ellipsis: true,
        render: (e) => {
          const c = configs.data?.find((x) => num(x.Id) === num(e.AppSchemaId));
          return c ? `${text(c.Name)} (${text(c.Id)})` : text(e.AppSchemaId);
        },
      },
      { key: 'replicas', title: t('env.replicas'), width: 90, render: (e) => text(details.data?.get(num(e.EnvId)!)?.Replicas) },
      { key: 'region', title: t('env.region'), width: 130, render: (e) => text(e.Region) },
      {
        key: 'cluster',
        title: t('alloc.cluster'),
        width: 170,
        ellipsis: true,
        render: (e) => {
          const a = allocs.data?.get(num(e.EnvId)!);
          return a ? <Typography.Text code>{text(a.ClusterId)}</Typography.Text> : allocs.data ? <Typography.Text type="warning">{t('alloc.notAllocated')}</Typography.Text> : null;
        },
      },
      {
        key: 'actions',
        title: t('common.actions'),
        width: 250,
        fixed: 'right',
        render: (e) => (
          <Flex gap={4}>
            <Button size="small" icon={<RocketOutlined />} aria-label={`${t('env.deploy')} ${text(e.EnvName)}`} onClick={() => setAction({ kind: 'deploy', env: e })}>
              {t('env.deploy')}
            </Button>
            <Button size="small" icon={<ColumnHeightOutlined />} aria-label={`${t('env.scale')} ${text(e.EnvName)}`} onClick={() => setAction({ kind: 'scale', env: e })}>
              {t('env.scale')}
            </Button>
            <Tooltip title={t('common.edit')}>
              <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t('common.edit')} ${text(e.EnvName)}`} onClick={() => setForm({ env: e })} />
            </Tooltip>
            <Tooltip title={t('common.delete')}>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${text(e.EnvName)}`} onClick={() => setDeleting({ env: e, force: false })} />
            </Tooltip>
          </Flex>
        ),
      },
    ],
    [t, configs.data, details.data, allocs.data],
  );

  const started = (orderId: number) => {
    setAction(undefined);
    message.success(action?.kind === 'scale' ? t('scale.started', { id: orderId }) : t('deploy.started', { id: orderId }));
    if (scope) navigate(links.alibabaDeployOrder(scope.account.id, appId, orderId));
  };

  return (
    <Flex vertical gap={8}>
      {changeError ? <ErrorAlert error={changeError} scope={alertScope(scope)} /> : null}
      {forceOffer ? <ForceOffer label={t('env.force')} help={t('apps.forceHelp')} onForce={() => setDeleting({ env: forceOffer, force: true })} /> : null}
      {envs.error ? <ErrorAlert error={envs.error} scope={alertScope(scope)} onRetry={() => void envs.refetch()} /> : null}
      {details.error ? <ErrorAlert error={details.error} scope={alertScope(scope)} onRetry={() => void details.refetch()} /> : null}
      <ResourceTable
        ariaLabel={t('tab.environments')}
        urlPrefix="env"
        height={360}
        rows={rows}
        columns={columns}
        rowKey={(e) => text(e.EnvId)}
        loading={envs.isLoading}
        emptyText={envs.data ? <EmptyState description={t('detail.noEnv')} /> : undefined}
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({})}>
            {t('env.create')}
          </Button>
        }
      />
      <EnvFormModal
        open={!!form}
        scope={scope}
        appId={appId}
        appTitle={ctx.title}
        env={form?.env}
        envDetail={form?.env ? details.data?.get(num(form.env.EnvId)!) : undefined}
        envs={rows}
        configs={configs.data ?? []}
        onClose={() => setForm(undefined)}
        onDone={(name, id) => {
          const editing = !!form?.env;
          setForm(undefined);
          message.success(editing ? t('env.updated', { name }) : t('env.created', { name, id: id ?? '' }));
          if (!editing && id !== undefined) ctx.setEnv(String(id));
        }}
      />
      <DeployModal
        open={action?.kind === 'deploy'}
        scope={scope}
        envId={actionEnvId}
        envName={text(action?.env.EnvName)}
        replicas={action ? num(details.data?.get(actionEnvId!)?.Replicas) : undefined}
        codePath={text(actionConfig?.ContainerCodePath?.CodePath)}
        onClose={() => setAction(undefined)}
        onStarted={started}
      />
      <ScaleModal
        open={action?.kind === 'scale'}
        scope={scope}
        envId={actionEnvId}
        envName={text(action?.env.EnvName)}
        current={instances.data?.length}
        onClose={() => setAction(undefined)}
        onStarted={started}
      />
      <DangerConfirm
        open={!!deleting}
        kind={deleting?.force ? `${t('env.kind')} (Force)` : t('env.kind')}
        name={text(deleting?.env.EnvName)}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting);
            message.success(t('env.deleted', { name: text(deleting.env.EnvName) }));
            setChangeError(undefined);
            setForceOffer(undefined);
          } catch (error) {
            setChangeError(error);
            setForceOffer(deleting.force ? undefined : deleting.env);
          }
          setDeleting(undefined);
        }}
      />
    </Flex>
  );
}
