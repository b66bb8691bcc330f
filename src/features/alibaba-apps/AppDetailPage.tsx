import { useMemo, useState } from 'react';
import { formatDate } from '../shared/format';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { App as AntApp, Button, Descriptions, Flex, Select, Spin, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, ColumnHeightOutlined, DeleteOutlined, EditOutlined, RocketOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { links } from '../shared/links';
import { RefreshButton } from '../alibaba/shared/PageFrame';
import { useSetUrlParams } from '../alibaba/shared/useUrlParam';
import { num, text } from '../alibaba/shared/values';
import { AllocationsTab } from './AllocationsTab';
import { alertScope, type AppCtx } from './appCtx';
import { AppFormModal } from './AppFormModal';
import { ConfigsTab } from './ConfigsTab';
import { DeployModal } from './DeployModal';
import { EnvironmentsTab } from './EnvironmentsTab';
import { ForceOffer } from './ForceOffer';
import { tOr } from './messages';
import { OrderState, OrdersTab } from './OrdersTab';
import { PodsTab } from './PodsTab';
import { kindOfListedEnv } from './rules';
import { ScaleModal } from './ScaleModal';
import { useAccountScope, useAllocs, useAppDetail, useAppList, useAppsChange, useConfigs, useEnvDetail, useEnvs, useInstances, useOrders, type Alloc, type DeployConfig } from './useApps';
import { useAppsT } from './useAppsT';

const TABS = ['overview', 'environments', 'configs', 'allocations', 'orders', 'pods'] as const;
type Tab = (typeof TABS)[number];

/** One application (links.alibabaApp): tabs and the chosen environment live in the URL (`tab`, `env`). */
export default function AppDetailPage() {
  const t = useAppsT();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const { accountId, appId: appParam } = useParams();
  const appId = Number(appParam);
  const [params] = useSearchParams();
  const setParams = useSetUrlParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'overview';
  const { accounts, scope } = useAccountScope(accountId);
  const detail = useAppDetail(scope, Number.isFinite(appId) ? appId : undefined);
  const envs = useEnvs(scope, appId);
  const configs = useConfigs(scope, appId);
  const envIds = useMemo(() => (envs.data ?? []).map((e) => num(e.EnvId)!), [envs.data]);
  const allocs = useAllocs(scope, appId, envIds);
  const envParam = params.get('env') ?? '';
  const env = envs.data?.find((e) => text(e.EnvId) === envParam) ?? envs.data?.[0];
  const envId = num(env?.EnvId);
  const envDetail = useEnvDetail(scope, appId, envId);
  const [action, setAction] = useState<'deploy' | 'scale' | 'edit' | 'delete' | 'force'>();
  const [forceOffer, setForceOffer] = useState(false);
  const [changeError, setChangeError] = useState<unknown>();
  const instances = useInstances(action === 'scale' ? scope : undefined, appId, envId);
  const apps = useAppList(action === 'edit' ? scope : undefined);
  const remove = useAppsChange(scope, (api, force: boolean, region) => api.call('DeleteAppDetail', { AppId: appId, Force: force }, region));
  const title = text(detail.data?.Title) || String(appParam);
  const stateful = text(detail.data?.AppStateType) === 'stateful';

  const ctx: AppCtx = { scope, appId, title, stateful, envs, configs, allocs, env, setEnv: (id) => setParams({ env: id }) };
  const envConfig = configs.data?.find((c) => num(c.Id) === num(env?.AppSchemaId));
  const toOrder = (id: number) => {
    setAction(undefined);
    if (scope) navigate(links.alibabaDeployOrder(scope.account.id, appId, id));
  };

  if (!accounts.isLoading && !scope) return <EmptyState description={accounts.data?.some((a) => a.provider === 'alibaba') ? t('common.unknownAccount', { id: accountId ?? '' }) : t('common.noAccounts')} />;

  const refresh = () => {
    void detail.refetch();
    void envs.refetch();
    void configs.refetch();
    void allocs.refetch();
    void envDetail.refetch();
  };

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={
          <Flex align="center" gap={8}>
            <Link to="/alibaba/apps" aria-label={t('common.back')}>
              <ArrowLeftOutlined />
            </Link>
            {title}
            {detail.data ? <Tag color={stateful ? 'purple' : 'blue'}>{tOr(t, `state.${text(detail.data.AppStateType)}`, text(detail.data.AppStateType))}</Tag> : null}
          </Flex>
        }
        subtitle={`AppId ${appId}${scope ? ` · ${scope.account.name}` : ''}`}
        extra={
          <Flex gap={8} align="center" wrap>
            <Select
              aria-label={t('detail.environment')}
              placeholder={t('detail.chooseEnv')}
              style={{ minWidth: 200 }}
              value={env ? text(env.EnvId) : undefined}
              loading={envs.isLoading}
              onChange={(id: string) => setParams({ env: id })}
              options={(envs.data ?? []).map((e) => ({ value: text(e.EnvId), label: `${text(e.EnvName)} · ${t(`env.type.${kindOfListedEnv(e.EnvType)}`)}` }))}
            />
            <Button icon={<RocketOutlined />} disabled={!env} onClick={() => setAction('deploy')}>
              {t('env.deploy')}
            </Button>
            <Button icon={<ColumnHeightOutlined />} disabled={!env} onClick={() => setAction('scale')}>
              {t('env.scale')}
            </Button>
            <Button icon={<EditOutlined />} disabled={!detail.data} onClick={() => setAction('edit')}>
              {t('common.edit')}
            </Button>
            <Button danger icon={<DeleteOutlined />} disabled={!detail.data} onClick={() => setAction('delete')}>
              {t('common.delete')}
            </Button>
            <RefreshButton spinning={detail.isFetching || envs.isFetching} onClick={refresh} />
          </Flex>
        }
      />
      {changeError ? <ErrorAlert error={changeError} scope={alertScope(scope)} /> : null}
      {forceOffer ? <ForceOffer label={t('apps.force')} help={t('apps.forceHelp')} onForce={() => setAction('force')} /> : null}
      {detail.error ? <ErrorAlert error={detail.error} scope={alertScope(scope)} onRetry={() => void detail.refetch()} /> : null}
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k === 'overview' ? undefined : k })}
        destroyOnHidden
        items={[
          { key: 'overview', label: t('tab.overview'), children: <Overview ctx={ctx} detail={detail.data} loading={detail.isLoading} replicas={num(envDetail.data?.Replicas)} /> },
          { key: 'environments', label: `${t('tab.environments')}${envs.data ? ` (${envs.data.length})` : ''}`, children: <EnvironmentsTab ctx={ctx} /> },
          { key: 'configs', label: `${t('tab.configs')}${configs.data ? ` (${configs.data.length})` : ''}`, children: <ConfigsTab ctx={ctx} /> },
          { key: 'allocations', label: t('tab.allocations'), children: <AllocationsTab ctx={ctx} /> },
          { key: 'orders', label: t('tab.orders'), children: <OrdersTab ctx={ctx} /> },
          { key: 'pods', label: `${t('tab.pods')}${env ? ` · ${text(env.EnvName)}` : ''}`, children: <PodsTab ctx={ctx} /> },
        ]}
      />
      <DeployModal
        open={action === 'deploy'}
        scope={scope}
        envId={envId}
        envName={text(env?.EnvName)}
        replicas={num(envDetail.data?.Replicas)}
        codePath={text(envConfig?.ContainerCodePath?.CodePath)}
        onClose={() => setAction(undefined)}
        onStarted={(id) => {
          message.success(t('deploy.started', { id }));
          toOrder(id);
        }}
      />
      <ScaleModal
        open={action === 'scale'}
        scope={scope}
        envId={envId}
        envName={text(env?.EnvName)}
        current={instances.data?.length}
        onClose={() => setAction(undefined)}
        onStarted={(id) => {
          message.success(t('scale.started', { id }));
          toOrder(id);
        }}
      />
      <AppFormModal
        open={action === 'edit'}
        scope={scope}
        appId={appId}
        takenTitles={(apps.data ?? []).map((a) => text(a.Title))}
        onClose={() => setAction(undefined)}
        onDone={(name) => {
          setAction(undefined);
          message.success(t('apps.updated', { name }));
        }}
      />
      <DangerConfirm
        open={action === 'delete' || action === 'force'}
        kind={action === 'force' ? `${t('apps.kind')} (Force)` : t('apps.kind')}
        name={title}
        onCancel={() => setAction(undefined)}
        onConfirm={async () => {
          const force = action === 'force';
          try {
            await remove.mutateAsync(force);
            message.success(t('apps.deleted', { name: title }));
            navigate(scope ? `/alibaba/apps` : '/alibaba/apps');
          } catch (error) {
            setChangeError(error);
            setForceOffer(!force);
          }
          setAction(undefined);
        }}
      />
    </Flex>
  );
}

function Overview({ ctx, detail, loading, replicas }: { ctx: AppCtx; detail: ReturnType<typeof useAppDetail>['data']; loading: boolean; replicas?: number }) {
  if (loading) return <Spin />;
  if (!detail) return null;
  const env = ctx.env;
  const alloc = env ? ctx.allocs.data?.get(num(env.EnvId)!) : undefined;
  const config = ctx.configs.data?.find((c) => num(c.Id) === num(env?.AppSchemaId));
  return (
    <OverviewBody ctx={ctx} detail={detail} replicas={replicas} alloc={alloc} config={config} />
  );
}

function OverviewBody({ ctx, detail, replicas, alloc, config }: { ctx: AppCtx; detail: NonNullable<ReturnType<typeof useAppDetail>['data']>; replicas?: number; alloc: Alloc | null | undefined; config: DeployConfig | undefined }) {
  const t = useAppsT();
  const env = ctx.env;
  // Same query as the pods tab (environment's newest orders): shared in the cache.
  const latest = useOrders(env ? ctx.scope : undefined, ctx.appId, { EnvId: num(env?.EnvId) }, { PageNumber: 1, PageSize: 5 });
  const order = latest.data?.rows.reduce<(typeof latest.data.rows)[number] | undefined>((best, o) => (!best || (num(o.DeployOrderId) ?? 0) > (num(best.DeployOrderId) ?? 0) ? o : best), undefined);
  return (
    <Flex vertical gap={16}>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('apps.appTitle')}>{text(detail.Title)}</Descriptions.Item>
        <Descriptions.Item label={t('apps.id')}>{text(detail.AppId)}</Descriptions.Item>
        <Descriptions.Item label={t('apps.bizTitle')}>{text(detail.BizTitle)}</Descriptions.Item>
        <Descriptions.Item label={t('apps.language')}>{text(detail.Language)}</Descriptions.Item>
        <Descriptions.Item label={t('apps.os')}>{text(detail.OperatingSystem)}</Descriptions.Item>
        <Descriptions.Item label={t('apps.serviceType')}>{tOr(t, `serviceType.${text(detail.ServiceType)}`, text(detail.ServiceType))}</Descriptions.Item>
        <Descriptions.Item label={t('apps.bizCode')}>{text(detail.BizName)}</Descriptions.Item>
        <Descriptions.Item label={t('apps.deployType')}>{text(detail.DeployType)}</Descriptions.Item>
        <Descriptions.Item label={t('apps.stateType')}>{tOr(t, `state.${text(detail.AppStateType)}`, text(detail.AppStateType))}</Descriptions.Item>
        <Descriptions.Item label={t('apps.description')} span={3}>
          {text(detail.Description)}
        </Descriptions.Item>
        <Descriptions.Item label={t('apps.userRoles')} span={3}>
          <Flex gap={4} wrap>
            {(detail.UserRoles ?? []).map((r, i) => (
              <Tag key={i}>
                {text(r.RealName) || text(r.UserId)} · {text(r.RoleName)} <Typography.Text type="secondary">({text(r.UserType)})</Typography.Text>
              </Tag>
            ))}
          </Flex>
        </Descriptions.Item>
      </Descriptions>
      {env ? (
        <Descriptions size="small" bordered title={`${t('detail.environment')}: ${text(env.EnvName)}`} column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('env.id')}>{text(env.EnvId)}</Descriptions.Item>
          <Descriptions.Item label={t('env.type')}>{t(`env.type.${kindOfListedEnv(env.EnvType)}`)}</Descriptions.Item>
          <Descriptions.Item label={t('env.region')}>{text(env.Region)}</Descriptions.Item>
          <Descriptions.Item label={t('env.replicas')}>{replicas ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('env.config')}>{config ? `${text(config.Name)} (${text(config.Id)})` : text(env.AppSchemaId)}</Descriptions.Item>
          <Descriptions.Item label={t('alloc.cluster')}>
            {alloc && ctx.scope ? <Link to={links.alibabaCluster(ctx.scope.account.id, text(alloc.ClusterId))}>{text(alloc.ClusterId)}</Link> : <Typography.Text type="warning">{t('alloc.none')}</Typography.Text>}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.latestOrder')} span={2}>
            {order && ctx.scope ? (
              <Flex gap={8} align="center">
                <Link to={links.alibabaDeployOrder(ctx.scope.account.id, ctx.appId, text(order.DeployOrderId))}>
                  {text(order.Name)} ({text(order.DeployOrderId)})
                </Link>
                <OrderState order={order} />
                <Typography.Text type="secondary">{formatDate(text(order.StartTime))}</Typography.Text>
              </Flex>
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <EmptyState description={t('detail.noEnv')} />
      )}
    </Flex>
  );
}
