import { useMemo, useState } from 'react';
import { formatDate } from '../shared/format';
import { Link, useParams } from 'react-router';
import { Alert, App as AntApp, Button, Card, Descriptions, Flex, Progress, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CaretRightOutlined, CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled, LoadingOutlined, PauseCircleFilled, StopOutlined } from '@ant-design/icons';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable } from '../../ui/resource-table/ResourceTable';
import { PageHeader } from '../shared/PageHeader';
import { links } from '../shared/links';
import { RefreshButton } from '../alibaba/shared/PageFrame';
import { num, text } from '../alibaba/shared/values';
import { OrderState, orderProgress } from './OrdersTab';
import { podColumns } from './PodsTab';
import { podRows } from './podRows';
import { batchesOf, elapsed, orderEnded, orderTone, type Batch, type BatchState } from './rules';
import { useAccountScope, useAppDetail, useAppsChange, useOrderDetail, usePods } from './useApps';
import { useAppsT } from './useAppsT';
import { alertScope } from './appCtx';

/** A deploy order's EnvType is 'test' / 'online' (or the numeric 1 / 2 of the environment lists). */
const orderEnvKind = (v: unknown): 'test' | 'online' | undefined =>
  v === 'online' || Number(v) === 2 ? 'online' : v === 'test' || Number(v) === 1 ? 'test' : undefined;

const BATCH_ICON: Record<BatchState, React.ReactNode> = {
  done: <CheckCircleFilled style={{ color: 'var(--ant-color-success, #52c41a)' }} />,
  running: <LoadingOutlined style={{ color: 'var(--ant-color-primary, #1677ff)' }} />,
  paused: <PauseCircleFilled style={{ color: 'var(--ant-color-warning, #faad14)' }} />,
  waiting: <ClockCircleOutlined style={{ color: 'var(--ant-color-text-quaternary, #bfbfbf)' }} />,
  failed: <CloseCircleFilled style={{ color: 'var(--ant-color-error, #ff4d4f)' }} />,
};

/** One deploy order (links.alibabaDeployOrder): a live view of its batches and pods until it ends, resume and close. */
export default function DeployOrderPage() {
  const t = useAppsT();
  const { message, modal } = AntApp.useApp();
  const { accountId, appId: appParam, orderId: orderParam } = useParams();
  const appId = Number(appParam);
  const orderId = Number(orderParam);
  const { accounts, scope } = useAccountScope(accountId);
  const app = useAppDetail(scope, appId);
  const detail = useOrderDetail(scope, Number.isFinite(orderId) ? orderId : undefined);
  const order = detail.data;
  const envKind = orderEnvKind(order?.EnvType);
  const live = !order || !orderEnded(order.Status);
  const pods = usePods(scope, Number.isFinite(orderId) ? orderId : undefined, live);
  const [changeError, setChangeError] = useState<unknown>();
  const resume = useAppsChange(scope, (api, id: number, region) => api.call('ResumeDeploy', { DeployOrderId: id }, region));
  const close = useAppsChange(scope, (api, id: number, region) => api.call('CloseDeployOrder', { DeployOrderId: id }, region));
  const batches = useMemo(() => batchesOf(order, pods.data ?? []), [order, pods.data]);
  const rows = useMemo(() => podRows([], pods.data ?? [], Number(order?.Status) === 2), [pods.data, order?.Status]);
  const envId = num(order?.EnvId);
  const now = useMemo(() => Date.now(), [pods.dataUpdatedAt]);
  const columns = useMemo(
    () => podColumns(t, (pod, view) => links.logs({ provider: 'alibaba', account: accountId ?? '', app: appId, env: envId, pod, ...(view ? { view } : {}) }), now),
    [t, accountId, appId, envId, now],
  );

  if (!accounts.isLoading && !scope) return <EmptyState description={t('common.unknownAccount', { id: accountId ?? '' })} />;

  const paused = Number(order?.Status) === 2;
  const progress = order ? orderProgress(order) : undefined;
  const appLink = links.alibabaApp(accountId ?? '', appId, { tab: 'orders', env: envId });

  const doResume = async () => {
    try {
      await resume.mutateAsync(orderId);
      message.success(t('order.resumed', { id: orderId }));
      setChangeError(undefined);
    } catch (error) {
      setChangeError(error);
    }
    void detail.refetch();
  };
  const doClose = () =>
    modal.confirm({
      title: t('order.closeTitle', { id: orderId }),
      content: t('order.closeBody'),
      okText: t('order.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await close.mutateAsync(orderId);
          message.success(t('order.closed', { id: orderId }));
          setChangeError(undefined);
        } catch (error) {
          setChangeError(error);
        }
        void detail.refetch();
      },
    });

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={
          <Flex align="center" gap={8}>
            <Link to={appLink} aria-label={text(app.data?.Title) || String(appId)}>
              <ArrowLeftOutlined />
            </Link>
            {t('order.title', { id: orderId })}
            {order ? <OrderState order={order} /> : null}
          </Flex>
        }
        subtitle={
          <>
            <Link to={appLink}>{text(app.data?.Title) || `AppId ${appId}`}</Link> · {text(order?.Name)}
          </>
        }
        extra={
          <Flex gap={8} align="center">
            {paused ? (
              <Button type="primary" icon={<CaretRightOutlined />} loading={resume.isPending} onClick={doResume}>
                {t('order.resume')}
              </Button>
            ) : null}
            {order && !orderEnded(order.Status) ? (
              <Button danger icon={<StopOutlined />} loading={close.isPending} onClick={doClose}>
                {t('order.close')}
              </Button>
            ) : null}
            <RefreshButton
              spinning={detail.isFetching}
              onClick={() => {
                void detail.refetch();
                void pods.refetch();
              }}
            />
          </Flex>
        }
      />
      {changeError ? <ErrorAlert error={changeError} scope={alertScope(scope)} /> : null}
      {detail.error ? <ErrorAlert error={detail.error} scope={alertScope(scope)} onRetry={() => void detail.refetch()} /> : null}
      {pods.error ? <ErrorAlert error={pods.error} scope={alertScope(scope)} onRetry={() => void pods.refetch()} /> : null}
      {order ? (
        <>
          <Typography.Text type="secondary" data-testid="order-live">
            {live ? t('order.live') : t('order.endedNote')}
          </Typography.Text>
          {paused ? <Alert type="warning" showIcon title={t('order.pausedHint', { num: text(order.CurrentPartitionNum) })} /> : null}
          <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 4 }}>
            <Descriptions.Item label={t('order.deployType')}>{text(order.DeployTypeName) || text(order.DeployType)}</Descriptions.Item>
            <Descriptions.Item label={t('order.pauseType')}>
              <Tag>{text(order.DeployPauseType)}</Tag> {text(order.DeployPauseTypeName)}
            </Descriptions.Item>
            <Descriptions.Item label={t('order.batches')}>
              {text(order.CurrentPartitionNum)}/{text(order.TotalPartitions)} · {text(order.PartitionTypeName) || text(order.PartitionType)}
            </Descriptions.Item>
            <Descriptions.Item label={t('order.progress')}>
              <Progress size="small" style={{ width: 160, margin: 0 }} percent={progress?.percent} format={() => `${progress?.done}/${progress?.total}`} status={orderTone(order.Status, order.Result) === 'error' ? 'exception' : live ? 'active' : undefined} />
            </Descriptions.Item>
            <Descriptions.Item label={t('order.started')}>{formatDate(text(order.StartTime)) || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('order.ended')}>{formatDate(text(order.EndTime)) || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('order.elapsed')}>{elapsed(order.ElapsedTime)}</Descriptions.Item>
            <Descriptions.Item label={t('order.failureRate')}>{text(order.FailureRate)}</Descriptions.Item>
            <Descriptions.Item label={t('order.user')}>{text(order.UserNick) || text(order.UserId)}</Descriptions.Item>
            <Descriptions.Item label={t('order.schema')}>{text(order.SchemaId)}</Descriptions.Item>
            <Descriptions.Item label={t('detail.environment')}>
              <Link to={links.alibabaApp(accountId ?? '', appId, { tab: 'pods', env: envId })}>{text(order.EnvId)}</Link> · {envKind ? t(`env.type.${envKind}`) : text(order.EnvType)}
            </Descriptions.Item>
            <Descriptions.Item label={t('order.description')}>{text(order.Description)}</Descriptions.Item>
          </Descriptions>
          <section aria-label={t('order.batches')}>
            <Flex gap={12} wrap>
              {batches.map((b) => (
                <BatchCard key={b.num} batch={b} pods={pods.data ?? []} />
              ))}
            </Flex>
          </section>
        </>
      ) : null}
      <ResourceTable ariaLabel={t('tab.pods')} urlPrefix="pod" height={360} rows={rows} columns={columns} rowKey={(p) => p.name} loading={pods.isLoading} />
    </Flex>
  );
}

function BatchCard({ batch, pods }: { batch: Batch; pods: readonly { AppInstanceId?: unknown; DeploySteps?: readonly { StepName?: unknown; Status?: unknown }[] | null }[] }) {
  const t = useAppsT();
  return (
    <Card size="small" style={{ minWidth: 240 }} data-testid={`batch-${batch.num}`} data-state={batch.state} title={<Flex gap={8} align="center">{BATCH_ICON[batch.state]} {t('order.batch', { num: batch.num })}</Flex>} extra={<Typography.Text type="secondary">{t(`order.batchState.${batch.state}`)}</Typography.Text>}>
      <Flex vertical gap={2}>
        {batch.pods.map((name) => {
          const step = pods.find((p) => text(p.AppInstanceId) === name)?.DeploySteps?.[0];
          return (
            <Flex key={name} gap={6} justify="space-between">
              <Typography.Text code style={{ fontSize: 12 }}>
                {name}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {step ? `${text(step.StepName)} · ${text(step.Status)}` : ''}
              </Typography.Text>
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}
