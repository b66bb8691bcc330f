import { useMemo, useState } from 'react';
import { App, Breadcrumb, Button, Dropdown, Flex, Skeleton, Tabs, Tag, Tooltip, Typography } from 'antd';
import { ArrowsAltOutlined, CloudServerOutlined, DeleteOutlined, DownOutlined, EditOutlined, GlobalOutlined, PoweroffOutlined, ReloadOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { links } from '../../shared/links';
import { RefreshButton } from '../../netease/shared/PageFrame';
import { neteaseApi } from '../../netease/shared/client';
import { useActivity } from '../shared/activity';
import { useServiceChange, type ChangeAnswer, type Target } from '../shared/api';
import { AnswerBanner } from '../shared/AnswerBanner';
import { svcKeys } from '../shared/keys';
import { blockedReason, type ServiceAction } from '../shared/rules';
import { ServiceStatus } from '../shared/ServiceStatus';
import type { Container } from '../shared/types';
import type { SvcMessageKey } from '../messages';
import { useSvcT } from '../useSvcT';
import { ImageModal } from './actions/ImageModal';
import { PortsModal } from './actions/PortsModal';
import { RestartModal } from './actions/RestartModal';
import { ScaleModal } from './actions/ScaleModal';
import { SpecModal } from './actions/SpecModal';
import { StatefulModal } from './actions/StatefulModal';
import { StatelessModal } from './actions/StatelessModal';
import { Rollout } from './Rollout';
import { ConfigTab, ContainersTab, EnvTab, HealthTab, HistoryTab, OverviewTab, PortsTab, VolumesTab } from './tabs';
import { useServiceDetail } from './useServiceDetail';

export const SERVICE_TABS = ['overview', 'containers', 'ports', 'env', 'volumes', 'health', 'config', 'history'] as const;
type Tab = (typeof SERVICE_TABS)[number];
type Dialog = 'scale' | 'image' | 'spec' | 'stateless' | 'stateful' | 'ports' | 'restart' | 'hardReboot';

/** One service (9.7) with every change 9.8-9.16 offers, the rollout, and tabs kept in the URL. */
export default function ServicePage() {
  const t = useSvcT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { accountId = '', spaceId = '', serviceId = '' } = useParams();
  const id = Number(serviceId);
  const [params, setParams] = useSearchParams();
  const tab: Tab = (SERVICE_TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'overview';
  const { query, scope, region, accounts } = useServiceDetail(accountId, id);
  const space = useQuery({
    queryKey: [...svcKeys.spaces(accountId, region), 'names'],
    queryFn: () => neteaseApi(accountId).call('listNamespaces', {}),
    enabled: !!accountId,
    staleTime: 60_000,
  });
  const spaceName = space.data?.namespaces.find((n) => String(n.id) === spaceId)?.display_name ?? spaceId;
  const activity = useActivity(accountId, `service:${id}`);
  const [dialog, setDialog] = useState<Dialog>();
  const [deleting, setDeleting] = useState<{ freeIp: boolean }>();
  // The create page hands over 9.5's answer.
  const location = useLocation();
  const [answer, setAnswer] = useState<{ title: string; answer: ChangeAnswer } | undefined>((location.state as { answer?: { title: string; answer: ChangeAnswer } } | null)?.answer);
  const [changeError, setChangeError] = useState<unknown>();
  const restartOne = useServiceChange('restartContainer', (api, v: Target & { uuid: string }) => api.call('restartContainer', { id, uuid: v.uuid }));
  const remove = useServiceChange('deleteService', (api, v: Target & { free_ip: boolean }) => api.call('deleteService', { id, free_ip: v.free_ip }));

  const service = query.data;
  const info = service?.service_info;
  const target = { accountId, region, subject: `service:${id}` };
  const why = (action: ServiceAction): string | undefined => {
    if (!info) return t('services.loading');
    const reason = blockedReason(action, info);
    return reason ? t(`blocked.${reason}` as SvcMessageKey, { status: info.status }) : undefined;
  };
  const done = (title: string, a: ChangeAnswer) => {
    setDialog(undefined);
    setChangeError(undefined);
    setAnswer({ title, answer: a });
    message.success(title);
  };
  const setTab = (next: string) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        n.set('tab', next);
        return n;
      },
      { replace: true },
    );

  const actionButton = (action: ServiceAction, dialogName: Dialog, icon: React.ReactNode, label: string) => {
    const blocked = why(action);
    return (
      <Tooltip key={dialogName} title={blocked ?? t(`hint.${action}` as SvcMessageKey)}>
        <span>
          <Button icon={icon} aria-label={label} disabled={!!blocked} onClick={() => setDialog(dialogName)}>
            {label}
          </Button>
        </span>
      </Tooltip>
    );
  };

  const actionProps = info && service ? { accountId, accountName: scope?.account.name, region, service, onClose: () => setDialog(undefined), onDone: done } : undefined;
  const tabItems = useMemo(() => {
    if (!service || !info) return [];
    const editEnv = (
      <Tooltip title={why('stateless') ?? t('hint.stateless')}>
        <span>
          <Button size="small" icon={<EditOutlined />} disabled={!!why('stateless')} onClick={() => setDialog('stateless')}>
            {t('actions.stateless')}
          </Button>
        </span>
      </Tooltip>
    );
    const editPorts = (
      <Tooltip title={why('ports') ?? t('hint.ports')}>
        <span>
          <Button size="small" icon={<EditOutlined />} disabled={!!why('ports')} onClick={() => setDialog('ports')}>
            {t('actions.ports')}
          </Button>
        </span>
      </Tooltip>
    );
    const restartContainer = async (_c: Container, uuid: string) => {
      try {
        const a = await restartOne.mutateAsync({ ...target, uuid });
        done(t('containers.restarted', { id: uuid.slice(0, 12) }), a);
      } catch (error) {
        setChangeError(error);
      }
    };
    return [
      { key: 'overview', label: t('tabs.overview'), children: <OverviewTab service={service} spaceName={spaceName} /> },
      { key: 'containers', label: t('tabs.containers'), children: <ContainersTab service={service} restartBlocked={why('restartContainer')} onRestart={restartContainer} /> },
      { key: 'ports', label: t('tabs.ports'), children: <PortsTab service={service} edit={editPorts} /> },
      { key: 'env', label: t('tabs.env'), children: <EnvTab service={service} edit={editEnv} /> },
      { key: 'volumes', label: t('tabs.volumes'), children: <VolumesTab service={service} /> },
      { key: 'health', label: t('tabs.health'), children: <HealthTab /> },
      { key: 'config', label: t('tabs.config'), children: <ConfigTab service={service} /> },
      { key: 'history', label: t('tabs.history'), children: <HistoryTab activity={activity} /> },
    ];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, info, t, spaceName, activity]);

  return (
    <Flex vertical gap={12}>
      <Breadcrumb items={[{ title: <Link to={links.neteaseSpaces()}>{t('spaces.title')}</Link> }, { title: <Link to={`${links.neteaseSpaces()}?open=${encodeURIComponent(`${accountId}/${spaceId}`)}`}>{spaceName}</Link> }, { title: info?.service_name ?? serviceId }]} />
      <PageHeader
        title={
          <Flex gap={8} align="center">
            {info?.service_name ?? serviceId}
            {info ? <Tag color={info.stateful === 1 ? 'purple' : 'blue'}>{info.stateful === 1 ? t('services.stateful') : t('services.stateless')}</Tag> : null}
            {info ? <ServiceStatus status={info.status} /> : null}
          </Flex>
        }
        subtitle={`${t('services.subtitle')} · ${scope?.account.name ?? accountId}`}
        extra={<RefreshButton spinning={query.isFetching} onClick={() => void query.refetch()} />}
      />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      {query.error ? <ErrorAlert error={query.error} scope={{ account: scope?.account.name }} onRetry={() => void query.refetch()} /> : null}
      {info ? (
        <Flex gap={8} wrap data-testid="service-actions">
          {actionButton('scale', 'scale', <ArrowsAltOutlined />, t('actions.scale'))}
          {actionButton('image', 'image', <SwapOutlined />, t('actions.image'))}
          {actionButton('spec', 'spec', <CloudServerOutlined />, t('actions.spec'))}
          {actionButton('stateless', 'stateless', <EditOutlined />, t('actions.stateless'))}
          {actionButton('stateful', 'stateful', <GlobalOutlined />, t('actions.stateful'))}
          {actionButton('ports', 'ports', <EditOutlined />, t('actions.ports'))}
          {actionButton('restart', 'restart', <ReloadOutlined />, t('actions.restart'))}
          {actionButton('restart', 'hardReboot', <PoweroffOutlined />, t('actions.hardReboot'))}
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'keep', label: t('actions.deleteKeepIp'), onClick: () => setDeleting({ freeIp: false }) },
                { key: 'free', danger: true, label: t('actions.deleteFreeIp'), onClick: () => setDeleting({ freeIp: true }) },
              ],
            }}
          >
            <Button danger icon={<DeleteOutlined />} aria-label={t('actions.delete')}>
              {t('actions.delete')} <DownOutlined />
            </Button>
          </Dropdown>
        </Flex>
      ) : null}
      {answer ? <AnswerBanner title={answer.title} answer={answer.answer} onClose={() => setAnswer(undefined)} /> : null}
      {changeError ? <ErrorAlert error={changeError} scope={{ account: scope?.account.name }} /> : null}
      {info ? <Rollout activity={activity} status={info.status} /> : null}
      {service ? (
        <Tabs activeKey={tab} onChange={setTab} items={tabItems} />
      ) : query.isLoading ? (
        <Skeleton active />
      ) : (
        <Typography.Text type="secondary">{t('services.notFound')}</Typography.Text>
      )}
      {actionProps ? (
        <>
          {dialog === 'scale' ? <ScaleModal open {...actionProps} /> : null}
          {dialog === 'image' ? <ImageModal open {...actionProps} /> : null}
          {dialog === 'spec' ? <SpecModal open {...actionProps} /> : null}
          {dialog === 'stateless' ? <StatelessModal open {...actionProps} /> : null}
          {dialog === 'stateful' ? <StatefulModal open {...actionProps} /> : null}
          {dialog === 'ports' ? <PortsModal open {...actionProps} /> : null}
          {dialog === 'restart' || dialog === 'hardReboot' ? <RestartModal open {...actionProps} option={dialog === 'restart' ? 'restart' : 'hard_reboot'} /> : null}
        </>
      ) : null}
      <DangerConfirm
        open={!!deleting}
        kind={deleting?.freeIp ? t('services.kindFreeIp', { ip: info?.pub_ip || '—' }) : t('services.kindKeepIp', { ip: info?.pub_ip || '—' })}
        name={info?.service_name ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting || !info) return;
          try {
            await remove.mutateAsync({ ...target, free_ip: deleting.freeIp });
            message.success(deleting.freeIp ? t('services.deletedFreeIp', { name: info.service_name }) : t('services.deletedKeepIp', { name: info.service_name, ip: info.pub_ip || '—' }));
            setDeleting(undefined);
            navigate(`${links.neteaseSpaces()}?open=${encodeURIComponent(`${accountId}/${spaceId}`)}`);
          } catch (error) {
            setChangeError(error);
            setDeleting(undefined);
          }
        }}
      />
    </Flex>
  );
}
