import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Space, Steps, Table, Tag, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { CopyButton } from '../../../ui/CopyButton';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatusBadge } from '../../../ui/StatusBadge';
import { formatDate } from '../../shared/format';
import { links } from '../../shared/links';
import { PageHeader } from '../../shared/PageHeader';
import { neteaseApi } from '../../netease/shared/client';
import { RefreshButton } from '../../netease/shared/PageFrame';
import { useNeteaseChange, type Target } from '../../netease/shared/useNeteaseChange';
import { lbKeys } from '../shared/keys';
import { useCertificates, useSpaces, useSpaceServices } from '../shared/queries';
import { lbNeutral } from '../shared/rules';
import type { Listener, Rule } from '../shared/types';
import { useAccountScope } from '../shared/useAccountScope';
import { useLbT } from '../useLbT';
import { LbModal } from './LbModal';
import { ListenerModal, type LbTarget } from './ListenerModal';

const POLL_MS = 2000;

/** 6.3 detail (polled while CREATING), 6.4 settings, 6.5 delete, 6.6–6.9 listeners and their rules. */
export default function LoadBalancerPage() {
  const t = useLbT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const params = useParams();
  const accountId = params.accountId ?? '';
  const namespace = params.namespace ?? '';
  const name = params.name ?? '';
  const { accounts, account, region, ready } = useAccountScope(accountId);
  const api = neteaseApi(accountId);

  const detail = useQuery({
    queryKey: lbKeys.detail(accountId, region, namespace, name),
    queryFn: () => api.call('getLoadBalancer', { namespace, lb_name: name }),
    enabled: ready,
    refetchInterval: (q) => (q.state.data?.status === 'CREATING' ? POLL_MS : false),
  });
  const working = detail.data?.status === 'WORKING';
  const listeners = useQuery({
    queryKey: lbKeys.listeners(accountId, region, namespace, name),
    queryFn: () => api.call('listListeners', { namespace, lb_name: name }),
    enabled: ready && !!detail.data,
  });
  const spaces = useSpaces(ready ? accountId : undefined, region);
  const spaceId = spaces.data?.find((s) => s.namespace === namespace)?.id;
  const services = useSpaceServices(ready ? accountId : undefined, region, spaceId);
  const certs = useCertificates(ready ? accountId : undefined, region);
  const certName = (id: string) => certs.data?.find((c) => c.id === id)?.name;

  // Creation progress: while CREATING, and after a create from this console (?created=1) until dismissed.
  const [search, setSearch] = useSearchParams();
  const justCreated = search.get('created') === '1';
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (detail.data?.status !== 'CREATING') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [detail.data?.status]);
  const dismissProgress = () =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('created');
        return next;
      },
      { replace: true },
    );

  const [editingLb, setEditingLb] = useState(false);
  const [deletingLb, setDeletingLb] = useState(false);
  const [addingListener, setAddingListener] = useState(false);
  const [editingListener, setEditingListener] = useState<Listener>();
  const [deletingListener, setDeletingListener] = useState<Listener>();
  const [changeError, setChangeError] = useState<unknown>();
  const [folded, setFolded] = useState<string[]>([]);
  const removeLb = useNeteaseChange((a, v: Target) => a.call('deleteLoadBalancer', { namespace, lb_name: name }).then(() => v), lbKeys.loadBalancers);
  const removeListener = useNeteaseChange((a, v: Target & { listener_name: string }) => a.call('deleteListener', { namespace, lb_name: name, listener_name: v.listener_name }), lbKeys.loadBalancers);

  const target: LbTarget = { accountId, region, accountName: account?.name ?? accountId, namespace, name, spaceId };
  const serviceLink = (rule: Rule) => {
    const s = services.data?.find((x) => x.service_name === rule.serviceName);
    return s && spaceId !== undefined ? links.neteaseService(accountId, spaceId, s.id) : undefined;
  };

  const ruleColumns = useMemo(
    () => [
      { key: 'serverName', title: t('rule.serverName'), width: 180, render: (_: unknown, r: Rule) => (r.serverName === '*' ? <Typography.Text type="secondary">* ({t('rule.any')})</Typography.Text> : r.serverName) },
      { key: 'path', title: t('rule.path'), width: 140, render: (_: unknown, r: Rule) => <Typography.Text code>{r.path}</Typography.Text> },
      {
        key: 'backend',
        title: t('rule.backend'),
        width: 220,
        render: (_: unknown, r: Rule) => {
          const to = serviceLink(r);
          const text = `${r.serviceName}:${r.servicePort}`;
          return to ? <Link to={to}>{text}</Link> : text;
        },
      },
      { key: 'cert', title: t('rule.cert'), width: 200, render: (_: unknown, r: Rule) =>
          r.certId ? (
            <Tooltip title={r.certId}>
              <Link to={links.neteaseCertificates()}>{certName(r.certId) ?? <Typography.Text code>{r.certId}</Typography.Text>}</Link>
            </Tooltip>
          ) : (
            '—'
          ),
      },
      {
        key: 'policy',
        title: t('rule.sticky'),
        width: 200,
        render: (_: unknown, r: Rule) =>
          r.policy ? `${t(`rule.mode.${r.policy.mode}`)}${r.policy.mode === 'rewrite' ? ` · ${r.policy.cookieName ?? ''}` : ` · ${r.policy.expire ?? 30} s`}` : '—',
      },
    ],
    [t, services.data, spaceId, certs.data], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const listenerColumns = [
    { key: 'name', title: t('listener.name'), width: 200, render: (_: unknown, l: Listener) => <Typography.Text strong>{l.name}</Typography.Text> },
    { key: 'protocol', title: t('listener.protocol'), width: 100, render: (_: unknown, l: Listener) => <Tag color={l.protocol === 'https' ? 'green' : 'blue'}>{l.protocol.toUpperCase()}</Tag> },
    { key: 'port', title: t('listener.port'), width: 110, render: (_: unknown, l: Listener) => l.listenPort },
    { key: 'rules', title: t('listener.rules'), width: 120, render: (_: unknown, l: Listener) => t('listener.ruleCount', { count: l.clusters.length }) },
    { key: 'updated', title: t('common.updated'), width: 150, render: (_: unknown, l: Listener) => formatDate(l.updatetime) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_: unknown, l: Listener) => (
        <Flex gap={4}>
          <Tooltip title={working ? t('listener.editRules') : t('lb.busy')}>
            <Button size="small" icon={<EditOutlined />} disabled={!working} aria-label={`${t('listener.editRules')} ${l.name}`} onClick={() => setEditingListener(l)} />
          </Tooltip>
          <Tooltip title={working ? t('common.delete') : t('lb.busy')}>
            <Button size="small" danger icon={<DeleteOutlined />} disabled={!working} aria-label={`${t('common.delete')} ${l.name}`} onClick={() => setDeletingListener(l)} />
          </Tooltip>
        </Flex>
      ),
    },
  ];

  const lb = detail.data;
  const createdAt = lb ? Date.parse(lb.createtime) : NaN;
  const seconds = Number.isFinite(createdAt) ? Math.max(0, Math.round((now - createdAt) / 1000)) : 0;
  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={
          <Space>
            <Link to="/netease/load-balancers" aria-label={t('common.back')}>
              <ArrowLeftOutlined />
            </Link>
            {name}
            {lb ? <StatusBadge status={lbNeutral(lb.status)} text={lb.status} /> : null}
          </Space>
        }
        subtitle={`${t('lb.title')} · ${namespace} · ${account?.name ?? accountId}`}
        extra={
          <Space>
            <RefreshButton
              spinning={detail.isFetching || listeners.isFetching}
              onClick={() => {
                void detail.refetch();
                void listeners.refetch();
              }}
            />
            <Button icon={<EditOutlined />} disabled={!working} aria-label={`${t('common.edit')} ${name}`} onClick={() => setEditingLb(true)}>
              {t('common.edit')}
            </Button>
            <Button danger icon={<DeleteOutlined />} disabled={!lb} aria-label={`${t('common.delete')} ${name}`} onClick={() => setDeletingLb(true)}>
              {t('common.delete')}
            </Button>
          </Space>
        }
      />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      {detail.error ? <ErrorAlert error={detail.error} scope={{ account: account?.name }} onRetry={() => detail.refetch()} /> : null}
      {changeError ? <ErrorAlert error={changeError} scope={{ account: account?.name }} /> : null}
      {lb && (lb.status === 'CREATING' || justCreated) ? (
        <Card
          size="small"
          title={t('lb.waitTitle')}
          data-testid="lb-progress"
          extra={
            lb.status === 'WORKING' ? (
              <Button size="small" type="text" onClick={dismissProgress}>
                {t('common.close')}
              </Button>
            ) : null
          }
        >
          <Steps
            size="small"
            current={lb.status === 'WORKING' ? 2 : 1}
            status={lb.status === 'WORKING' ? 'finish' : 'process'}
            items={[{ title: t('lb.step.submitted') }, { title: t('lb.step.creating'), content: lb.status === 'CREATING' ? t('lb.waiting', { seconds }) : undefined }, { title: t('lb.step.working'), content: lb.status === 'WORKING' ? t('lb.ready') : undefined }]}
          />
        </Card>
      ) : null}
      {lb ? (
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('lb.namespace')}>{lb.namespace}</Descriptions.Item>
            <Descriptions.Item label={t('lb.address')}>
              {lb.address ? (
                <Space size={4}>
                  <Typography.Text code>{lb.address}</Typography.Text>
                  <CopyButton text={lb.address} />
                </Space>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={<Tooltip title={t('lb.instanceStatusHelp')}>{t('lb.instanceStatus')}</Tooltip>}>
              <Tag color={lb.instanceStatus === 'UP' ? 'green' : 'red'}>{lb.instanceStatus}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('lb.chargeMode')}>{t(`lb.charge.${lb.chargeMode}`)}</Descriptions.Item>
            <Descriptions.Item label={t('lb.bandwidth')}>{lb.bandwidthLimit}</Descriptions.Item>
            <Descriptions.Item label={t('lb.description')}>{lb.description || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('common.created')}>{formatDate(lb.createtime)}</Descriptions.Item>
            <Descriptions.Item label={t('common.updated')}>{formatDate(lb.updatetime)}</Descriptions.Item>
            <Descriptions.Item label={t('common.account')}>{account?.name ?? accountId}</Descriptions.Item>
          </Descriptions>
        </Card>
      ) : null}
      {lb ? (
        <Card
          size="small"
          title={t('lb.listeners')}
          extra={
            <Tooltip title={working ? undefined : t('lb.busy')}>
              <Button type="primary" size="small" icon={<PlusOutlined />} disabled={!working} onClick={() => setAddingListener(true)}>
                {t('listener.add')}
              </Button>
            </Tooltip>
          }
        >
          {listeners.error ? <ErrorAlert error={listeners.error} scope={{ account: account?.name }} onRetry={() => listeners.refetch()} /> : null}
          <div role="region" aria-label={t('lb.listeners')}>
            <Table<Listener>
              size="small"
              rowKey="name"
              loading={listeners.isLoading}
              dataSource={listeners.data ?? []}
              columns={listenerColumns}
              pagination={false}
              locale={{ emptyText: t('listener.none') }}
              expandable={{
                // Rules show under every listener unless the user folds one.
                expandedRowKeys: (listeners.data ?? []).map((l) => l.name).filter((n) => !folded.includes(n)),
                onExpand: (open, l) => setFolded((f) => (open ? f.filter((n) => n !== l.name) : [...f, l.name])),
                expandedRowRender: (l) =>
                  l.clusters.length === 0 ? (
                    <Typography.Text type="secondary">{t('rule.noRules')}</Typography.Text>
                  ) : (
                    <Table<Rule> size="small" rowKey={(r) => `${r.serverName}${r.path}`} dataSource={l.clusters} columns={ruleColumns} pagination={false} />
                  ),
              }}
            />
          </div>
        </Card>
      ) : null}
      <LbModal
        // A fresh form for every opening.
        key={editingLb ? 'lb-edit' : 'lb-closed'}
        open={editingLb}
        scopes={[]}
        editing={lb ? { accountId, region, accountName: target.accountName, lb } : undefined}
        onClose={() => setEditingLb(false)}
        onDone={() => message.success(t('lb.updated', { name }))}
      />
      <ListenerModal
        key={editingListener ? `listener-edit-${editingListener.name}` : addingListener ? 'listener-new' : 'listener-closed'}
        open={addingListener || !!editingListener}
        lb={target}
        editing={editingListener}
        services={services.data ?? []}
        onClose={() => {
          setAddingListener(false);
          setEditingListener(undefined);
        }}
        onDone={(listenerName) => {
          setChangeError(undefined);
          message.success(t(editingListener ? 'listener.updated' : 'listener.created', { name: listenerName }));
        }}
      />
      <DangerConfirm
        open={!!deletingListener}
        kind={t('listener.kind')}
        name={deletingListener?.name ?? ''}
        onCancel={() => setDeletingListener(undefined)}
        onConfirm={async () => {
          if (!deletingListener) return;
          try {
            await removeListener.mutateAsync({ accountId, region, listener_name: deletingListener.name });
            message.success(t('listener.deleted', { name: deletingListener.name }));
            setChangeError(undefined);
          } catch (error) {
            setChangeError(error);
          }
          setDeletingListener(undefined);
        }}
      />
      <DangerConfirm
        open={deletingLb}
        kind={t('lb.kind')}
        name={name}
        onCancel={() => setDeletingLb(false)}
        onConfirm={async () => {
          try {
            await removeLb.mutateAsync({ accountId, region });
            message.success(t('lb.deleted', { name, ip: lb?.address ?? '' }));
            setDeletingLb(false);
            navigate('/netease/load-balancers');
          } catch (error) {
            setChangeError(error);
            setDeletingLb(false);
          }
        }}
      />
    </Flex>
  );
}
