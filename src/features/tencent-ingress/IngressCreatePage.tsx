import { App, Flex, Form, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useScopes } from '../../app/accounts/useAccounts';
import type { ProviderId } from '../../providers/core/types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { links } from '../shared/links';
import { PageHeader } from '../shared/PageHeader';
import { useIngressT } from '../ingresses/useIngressT';
import { useIngressChanges, useTencentClusters, useTencentNamespaces, useTencentServiceNames } from './api';
import { IngressForm } from './IngressForm';
import { createParams } from './params';
import { useUrlState } from '../shared/useUrlState';

const TENCENT: readonly ProviderId[] = ['tencent'];

/** CreateIngress: account and region, cluster and namespace (kept in the URL), then the form. */
export default function IngressCreatePage() {
  const ti = useIngressT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, set } = useUrlState();
  const { accounts, scopes } = useScopes(TENCENT);
  const chosen = params.get('in');
  const scope = scopes.find((s) => `${s.account.id}|${s.region}` === chosen) ?? scopes[0];
  const accountId = scope?.account.id;
  const region = scope?.region;
  const clusters = useTencentClusters(accountId, region);
  const clusterId = params.get('cluster') || clusters.data?.[0]?.id;
  const namespaces = useTencentNamespaces(accountId, region, clusterId);
  const namespace = params.get('ns') || 'default';
  const services = useTencentServiceNames(accountId, region, clusterId, namespace);
  const { create } = useIngressChanges(accountId, region);


  const pickers = (
    <Flex gap={16} wrap>
      <Form.Item label={ti('common.account')} required style={{ width: 260 }}>
        <Select
          aria-label={ti('common.account')}
          value={scope ? `${scope.account.id}|${scope.region}` : undefined}
          placeholder={ti('common.chooseAccount')}
          loading={accounts.isLoading}
          onChange={(v: string) => set({ in: v, cluster: undefined, ns: undefined })}
          options={scopes.map((s) => ({ value: `${s.account.id}|${s.region}`, label: `${s.account.name} · ${s.region}` }))}
        />
      </Form.Item>
      <Form.Item label={ti('common.cluster')} required style={{ width: 260 }}>
        <Select
          aria-label={ti('common.cluster')}
          value={clusterId}
          placeholder={ti('tc.chooseCluster')}
          loading={clusters.isLoading}
          onChange={(v: string) => set({ cluster: v, ns: undefined })}
          options={(clusters.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.id})${c.status === 'Running' ? '' : ` · ${c.status}`}` }))}
        />
      </Form.Item>
      <Form.Item label={ti('common.namespace')} required style={{ width: 220 }}>
        <Select
          aria-label={ti('common.namespace')}
          value={namespace}
          placeholder={ti('tc.chooseNamespace')}
          loading={namespaces.isLoading}
          onChange={(v: string) => set({ ns: v })}
          options={(namespaces.data ?? ['default']).map((n) => ({ value: n, label: n }))}
        />
      </Form.Item>
    </Flex>
  );

  return (
    <Flex vertical gap={12}>
      <PageHeader title={ti('tc.createTitle')} />
      {accounts.error ? <ErrorAlert error={accounts.error} /> : null}
      {clusters.error ? <ErrorAlert error={clusters.error} scope={{ account: scope?.account.name, region }} onRetry={() => clusters.refetch()} /> : null}
      {create.error ? <ErrorAlert error={create.error} scope={{ account: scope?.account.name, region }} /> : null}
      <IngressForm
        mode="create"
        before={pickers}
        serviceNames={services.data ?? []}
        cluster={accountId && region && clusterId ? { accountId, region, clusterId, namespace } : undefined}
        busy={create.isPending}
        initial={{ internetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', rules: [{ protocol: 'http', url: '/', LoadBalancePort: 80 }] }}
        onCancel={() => navigate(-1)}
        onSubmit={(v) => {
          if (!accountId || !region || !clusterId) return;
          create.mutate(createParams(clusterId, namespace, v), {
            onSuccess: () => {
              message.success(ti('common.created.ok', { name: v.ingressName }));
              navigate(links.tencentIngress(accountId, region, clusterId, namespace, v.ingressName));
            },
          });
        }}
      />
    </Flex>
  );
}
