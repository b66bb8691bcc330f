import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { App, AutoComplete, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Segmented, Select, Switch, Typography } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone, LoadingOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useAccounts } from '../../../app/accounts/useAccounts';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { links } from '../../shared/links';
import { clusterKeys } from '../api/keys';
import { useClusterChange } from '../api/queries';
import { fetchClusters } from '../api/read';
import { tencentScope } from '../api/scope';
import { taskStore } from '../api/tasks';
import { NodeSpecFields, zonesOf } from '../components/NodeSpecFields';
import { useUrlParam } from '../components/useUrlParam';
import { buildCreateCluster, buildCreateEmptyCluster, cidrProblem, NODE_DEFAULTS, type ClusterBasics, type EmptyClusterValues, type NodeSpecValues } from '../rules';
import { useClustersT } from '../useClustersT';
import { checkKey, checkOutcome, mayCreate, type CidrCheck } from '../create/cidrCheck';

type Values = ClusterBasics & EmptyClusterValues & NodeSpecValues;
const CLUSTERS_PER_ACCOUNT = 5;
export const K8S_VERSIONS = ['1.10.5', '1.8.13', '1.7.8'];

/**
 * The guided create form: CreateCluster (with nodes) or CreateEmptyCluster. CheckClusterCIDR runs
 * when VPC and CIDR are filled and again before submit; its answer sits beside the CIDR field.
 * The returned requestId is followed on the new cluster's page.
 */
export default function CreateClusterPage() {
  const t = useClustersT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const accounts = useAccounts();
  const tencent = useMemo(() => (accounts.data ?? []).filter((a) => a.provider === 'tencent'), [accounts.data]);
  const [accountParam, setAccount] = useUrlParam('account');
  const [regionParam, setRegion] = useUrlParam('region');
  const [mode, setMode] = useUrlParam('mode', 'nodes');
  const account = tencent.find((a) => a.id === accountParam) ?? tencent[0];
  const region = account?.regions.includes(regionParam) ? regionParam : account?.regions[0] ?? '';
  const [form] = Form.useForm<Values>();
  const [check, setCheck] = useState<CidrCheck>({ state: 'idle' });
  const vpcId = Form.useWatch('vpcId', form) ?? '';
  const cidr = Form.useWatch('clusterCIDR', form) ?? '';
  const withNodes = mode !== 'empty';

  const clusters = useQuery({
    queryKey: account ? clusterKeys.clusters(account.id, region) : ['none'],
    queryFn: () => fetchClusters(tencentScope(account!.id, region)),
    enabled: !!account && !!region,
  });
  const vpcs = useMemo(() => {
    const seen = new Map<string, string[]>();
    for (const c of clusters.data ?? []) if (c.unVpcId) seen.set(c.unVpcId, [...(seen.get(c.unVpcId) ?? []), c.clusterName ?? '']);
    return [...seen].map(([id, names]) => ({ value: id, label: `${id} · ${names.join(', ')}` }));
  }, [clusters.data]);
  // The quota (5) is per account: count the clusters of every region of it.
  const quota = useQuery({
    queryKey: account ? ['tencent', account.id, 'all-regions', 'cluster-quota'] : ['none'],
    queryFn: async () => (await Promise.all(account!.regions.map((r) => fetchClusters(tencentScope(account!.id, r))))).flat().filter((c) => c.status !== 'Deleting').length,
    enabled: !!account,
  });
  const used = quota.data ?? 0;

  useEffect(() => {
    form.setFieldValue('zoneId', zonesOf(region)[0] ?? '');
  }, [region, form]);

  const runCheck = async (vpc: string, range: string): Promise<CidrCheck> => {
    const key = checkKey(vpc, range);
    if (!account || !vpc.trim() || cidrProblem(range)) return { state: 'idle' };
    setCheck({ state: 'checking', key });
    const s = tencentScope(account.id, region);
    let outcome: CidrCheck;
    try {
      await s.client.CheckClusterCIDR({ vpcId: vpc.trim(), clusterCIDR: range.trim() }, s.region);
      outcome = checkOutcome(key, undefined);
    } catch (error) {
      outcome = checkOutcome(key, error);
    }
    setCheck(outcome);
    return outcome;
  };

  // Check as the user types, once both fields are well-formed (debounced).
  useEffect(() => {
    if (!vpcId.trim() || cidrProblem(cidr)) {
      setCheck({ state: 'idle' });
      return;
    }
    const id = setTimeout(() => void runCheck(vpcId, cidr), 400);
    return () => clearTimeout(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [vpcId, cidr, account?.id, region]);

  const create = useClusterChange({ accountId: account?.id ?? '', region }, (s, v: Values) =>
    withNodes ? s.client.CreateCluster(buildCreateCluster(v, { ...NODE_DEFAULTS, ...v }), s.region) : s.client.CreateEmptyCluster(buildCreateEmptyCluster(v, v), s.region),
  );

  const submit = async (v: Values) => {
    if (!account) return;
    const key = checkKey(v.vpcId, v.clusterCIDR);
    const outcome = check.state === 'ok' && check.key === key ? check : await runCheck(v.vpcId, v.clusterCIDR);
    if (!mayCreate(outcome, key, !!v.ignoreClusterCIDRConflict)) {
      form.scrollToField('clusterCIDR');
      return;
    }
    try {
      const r = await create.mutateAsync(v);
      const clusterId = String(r.clusterId ?? '');
      taskStore.track(r, { kind: 'createCluster', accountId: account.id, region, clusterId, detail: v.clusterName });
      message.success(t('create.started', { name: v.clusterName }));
      if (clusterId) navigate(links.tencentCluster(account.id, region, clusterId));
    } catch {
      // shown under the form
    }
  };

  const cidrHelp =
    check.state === 'checking' ? (
      <span>
        <LoadingOutlined /> {t('cidr.checking')}
      </span>
    ) : check.state === 'ok' ? (
      <span data-testid="cidr-check" data-state="ok">
        <CheckCircleTwoTone twoToneColor="#52c41a" /> {t('cidr.ok', { vpc: vpcId })}
      </span>
    ) : check.state === 'refused' ? (
      <span data-testid="cidr-check" data-state="refused" style={{ color: 'var(--ant-color-error)' }}>
        <CloseCircleTwoTone twoToneColor="#ff4d4f" /> {t('cidr.refused', { code: check.code, message: check.message })}
      </span>
    ) : (
      t('help.cidr')
    );

  const required = { required: true, whitespace: true, message: t('rule.required') };
  return (
    <Flex vertical gap={12} style={{ maxWidth: 1100 }}>
      <PageHeader title={t('create.title')} subtitle={t('create.subtitle')} />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      {accounts.data && tencent.length === 0 && <Typography.Text type="secondary">{t('create.noAccounts')}</Typography.Text>}
      <Flex gap={12} wrap align="center">
        <Select aria-label={t('field.account')} style={{ width: 220 }} value={account?.id} options={tencent.map((a) => ({ value: a.id, label: a.name }))} onChange={(v) => setAccount(v)} />
        <Select aria-label={t('field.region')} style={{ width: 160 }} value={region || undefined} options={(account?.regions ?? []).map((r) => ({ value: r, label: r }))} onChange={(v) => setRegion(v)} />
        <Segmented
          value={withNodes ? 'nodes' : 'empty'}
          onChange={(v) => setMode(v === 'nodes' ? undefined : String(v))}
          options={[
            { value: 'nodes', label: t('create.withNodes') },
            { value: 'empty', label: t('create.empty') },
          ]}
        />
        {quota.data !== undefined && (
          <Typography.Text type={used >= CLUSTERS_PER_ACCOUNT ? 'danger' : 'secondary'} data-testid="quota">
            {t('create.quota', { used, max: CLUSTERS_PER_ACCOUNT, account: account?.name ?? '' })}
          </Typography.Text>
        )}
      </Flex>
      <Typography.Text type="secondary">{withNodes ? t('create.withNodesHelp') : t('create.emptyHelp')}</Typography.Text>
      <Form<Values> form={form} layout="vertical" initialValues={{ ...NODE_DEFAULTS, ignoreClusterCIDRConflict: false }} onFinish={submit} scrollToFirstError>
        <Card size="small" title={t('create.basics')}>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="clusterName" label={t('field.clusterName')} rules={[required]}>
                <Input autoFocus />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item name="clusterDesc" label={t('field.clusterDesc')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="vpcId" label={t('field.vpcId')} rules={[required]} extra={t('help.vpcId')}>
                <AutoComplete options={vpcs} placeholder="vpc-xxxxxxxx" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="clusterCIDR"
                required
                label={t('field.clusterCIDR')}
                extra={cidrHelp}
                rules={[{ validator: async (_, v: string) => { const p = cidrProblem(v); if (p) throw new Error(t(p)); } }]}
              >
                <Input placeholder="172.16.0.0/16" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="ignoreClusterCIDRConflict" label={t('field.ignoreConflict')} valuePropName="checked" extra={t('help.ignoreConflict')}>
                <Switch />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="masterSubnetId" label={t('field.masterSubnetId')} extra={t('help.masterSubnetId')}>
                <Input placeholder="subnet-xxxxxxxx" />
              </Form.Item>
            </Col>
            {!withNodes && (
              <>
                <Col span={5}>
                  <Form.Item name="clusterVersion" label={t('field.k8sVersion')}>
                    <AutoComplete options={K8S_VERSIONS.map((v) => ({ value: v }))} placeholder="1.10.5" />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name="osName" label={t('field.osName')} extra={t('help.emptyOs')}>
                    <Select allowClear options={['centos7.2x86_64', 'ubuntu16.04.1 LTSx86_64'].map((v) => ({ value: v, label: v }))} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name="projectId" label={t('field.projectId')} rules={[{ type: 'integer', min: 0, message: t('rule.nonNegativeInt') }]}>
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </>
            )}
          </Row>
        </Card>
        {withNodes && (
          <Card size="small" title={t('create.nodes')} style={{ marginTop: 12 }}>
            <NodeSpecFields t={t} form={form} region={region} />
          </Card>
        )}
        {create.error && (
          <div style={{ marginTop: 12 }}>
            <ErrorAlert error={create.error} scope={{ account: account?.name, region }} />
          </div>
        )}
        <Flex gap={8} style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending || check.state === 'checking'} disabled={!account}>
            {withNodes ? t('create.submitNodes') : t('create.submitEmpty')}
          </Button>
          <Button onClick={() => navigate('/clusters')}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </Flex>
  );
}
