import { useMemo, useState } from 'react';
import { App, Alert, Button, Descriptions, Flex, Modal, Skeleton, Table, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAccounts } from '../../app/accounts/useAccounts';
import { CopyButton } from '../../ui/CopyButton';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ProviderTag } from '../../ui/ProviderTag';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDate } from '../shared/format';
import { links, regionFromSegment } from '../shared/links';
import { PageHeader } from '../shared/PageHeader';
import { tencentIngressStatus } from '../ingresses/adapters';
import { useIngressT } from '../ingresses/useIngressT';
import { useIngressChanges, useTencentIngress, useTencentServiceNames, type IngressRef } from './api';
import { IngressForm } from './IngressForm';
import { modifyParams } from './params';
import type { RuleInput } from './rules';

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** One Tencent ingress: VIP, status, rules (linking to their services); modify and delete. */
export default function IngressDetailPage() {
  const ti = useIngressT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const p = useParams();
  const ref: IngressRef = useMemo(
    () => ({ accountId: p.accountId ?? '', region: regionFromSegment(p.region), clusterId: p.clusterId ?? '', namespace: p.namespace ?? 'default', name: p.name ?? '' }),
    [p.accountId, p.region, p.clusterId, p.namespace, p.name],
  );
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit') === '1';
  const setEditing = (on: boolean) =>
    setParams(
      (cur) => {
        const n = new URLSearchParams(cur);
        if (on) n.set('edit', '1');
        else n.delete('edit');
        return n;
      },
      { replace: true },
    );
  const [deleting, setDeleting] = useState(false);
  const accounts = useAccounts();
  const accountName = accounts.data?.find((a) => a.id === ref.accountId)?.name ?? ref.accountId;
  const ingress = useTencentIngress(ref);
  const services = useTencentServiceNames(ref.accountId, ref.region, ref.clusterId, editing ? ref.namespace : undefined);
  const { modify, remove } = useIngressChanges(ref.accountId, ref.region);
  const scope = { account: accountName, region: ref.region };

  const i = ingress.data;
  const rules = (Array.isArray(i?.rules) ? i.rules : []) as Row[];
  const status = tencentIngressStatus(i?.ingressIp);
  const ruleColumns = [
    { key: 'domain', title: ti('tc.domain'), render: (r: Row) => str(r.domain) },
    { key: 'url', title: ti('tc.url'), render: (r: Row) => <Typography.Text code>{str(r.url)}</Typography.Text> },
    { key: 'protocol', title: ti('tc.protocol'), render: (r: Row) => str(r.protocol) },
    { key: 'lbPort', title: ti('tc.lbPort'), render: (r: Row) => str(r.LoadBalancePort) },
    {
      key: 'service',
      title: ti('tc.service'),
      render: (r: Row) => <Link to={links.tencentService(ref.accountId, ref.region, ref.clusterId, ref.namespace, str(r.serviceName))}>{str(r.serviceName)}</Link>,
    },
    { key: 'servicePort', title: ti('tc.servicePort'), render: (r: Row) => str(r.servicePort) },
  ];

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={
          <Flex gap={8} align="center">
            <ProviderTag provider="tencent" />
            {ti('tc.title')} {ref.name}
          </Flex>
        }
        subtitle={<Link to="/ingresses">{ti('common.back')}</Link>}
        extra={
          <Flex gap={8}>
            <Button icon={<ReloadOutlined spin={ingress.isFetching} />} aria-label={ti('common.refresh')} onClick={() => ingress.refetch()} />
            <Button icon={<EditOutlined />} disabled={!i} onClick={() => setEditing(true)}>
              {ti('common.edit')}
            </Button>
            <Button danger icon={<DeleteOutlined />} disabled={!i} onClick={() => setDeleting(true)}>
              {ti('common.delete')}
            </Button>
          </Flex>
        }
      />
      {ingress.error ? <ErrorAlert error={ingress.error} scope={scope} onRetry={() => ingress.refetch()} /> : null}
      {remove.error ? <ErrorAlert error={remove.error} scope={scope} /> : null}
      {ingress.isLoading ? <Skeleton active /> : null}
      {ingress.isSuccess && !i ? <Alert type="warning" showIcon title={ti('common.notFound', { what: 'Ingress', name: ref.name })} /> : null}
      {i ? (
        <>
          <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={ti('common.status')}>
              <StatusBadge status={status.status} text={status.statusText} />
            </Descriptions.Item>
            <Descriptions.Item label={ti('tc.vip')}>
              {i.ingressIp ? (
                <span data-testid="ingress-vip">
                  {str(i.ingressIp)} <CopyButton text={str(i.ingressIp)} />
                </span>
              ) : (
                <Typography.Text type="secondary">{ti('tc.vipPending')}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={ti('tc.lbId')}>{str(i.lbId) || '—'}</Descriptions.Item>
            <Descriptions.Item label={ti('common.account')}>{`${accountName} · ${ref.region}`}</Descriptions.Item>
            <Descriptions.Item label={ti('common.cluster')}>
              <Link to={links.tencentCluster(ref.accountId, ref.region, ref.clusterId)}>{ref.clusterId}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={ti('common.namespace')}>{ref.namespace}</Descriptions.Item>
            <Descriptions.Item label={ti('tc.subnet')}>{str(i.unSubnetId) || '—'}</Descriptions.Item>
            <Descriptions.Item label={ti('common.description')}>{str(i.ingressDesc) || '—'}</Descriptions.Item>
            <Descriptions.Item label={ti('common.created')}>{formatDate(str(i.createdAt ?? i.createAt))}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
            {ti('tc.rules')}
          </Typography.Title>
          <Table<Row>
            size="small"
            aria-label={ti('tc.rules')}
            rowKey={(r) => `${str(r.LoadBalancePort)} ${str(r.domain)} ${str(r.url)}`}
            columns={ruleColumns}
            dataSource={rules}
            pagination={false}
            locale={{ emptyText: ti('tc.noRules') }}
          />
        </>
      ) : null}
      <Modal open={editing && !!i} title={ti('tc.editTitle', { name: ref.name })} footer={null} width={1100} onCancel={() => setEditing(false)} destroyOnHidden>
        {modify.error ? <ErrorAlert error={modify.error} scope={scope} /> : null}
        {i ? (
          <IngressForm
            mode="edit"
            serviceNames={services.data ?? []}
            cluster={ref}
            busy={modify.isPending}
            initial={{ ingressName: ref.name, ingressDesc: str(i.ingressDesc), rules: rules as RuleInput[] }}
            onCancel={() => setEditing(false)}
            onSubmit={(v) =>
              modify.mutate(modifyParams(ref.clusterId, ref.namespace, ref.name, v), {
                onSuccess: () => {
                  message.success(ti('common.saved.ok', { name: ref.name }));
                  setEditing(false);
                  modify.reset();
                },
              })
            }
          />
        ) : null}
      </Modal>
      <DangerConfirm
        open={deleting}
        kind="Ingress"
        name={ref.name}
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          try {
            await remove.mutateAsync({ clusterId: ref.clusterId, namespace: ref.namespace, ingressName: ref.name });
            message.success(ti('common.deleted.ok', { name: ref.name }));
            navigate('/ingresses');
          } catch {
            setDeleting(false);
          }
        }}
      />
    </Flex>
  );
}
