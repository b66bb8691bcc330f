import { useMemo, useState } from 'react';
import { App, AutoComplete, Button, Card, Flex, Form, Input, Radio, Select, Switch, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { links } from '../shared/links';
import { PageHeader } from '../shared/PageHeader';
import { clusterApi, clusterKeys, text, useAlibabaAccount, useClusterList } from './api';
import { BUSINESS_CODES, CLUSTER_TYPES, createParams, ENV_TYPES, needsCidr, validateCreate, type CreateClusterForm, type Refusal } from './rules';
import { businessLabel } from './messages';
import { useClustersT } from './useClustersT';
import type { AlibabaParams } from '../../providers/alibaba/client';

const INITIAL: CreateClusterForm = {
  BusinessCode: 'JST',
  ClusterEnvType: 'TEST',
  ClusterType: 'Standard',
  login: 'KeyPair',
  CloudMonitorFlags: true,
  SnatEntry: true,
  PublicSlb: false,
  CreateWithLogIntegration: false,
  Vswitchids: [],
};

/** 5.4.7 CreateCluster: every field the document says has an effect, with its rules beside it. */
export default function CreateClusterPage() {
  const t = useClustersT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const { accounts, alibaba } = useAlibabaAccount(undefined);
  const account = alibaba.find((a) => a.id === params.get('account')) ?? alibaba[0];
  const region = account?.regions[0] ?? '';
  const clusters = useClusterList(account?.id, region);
  const [form] = Form.useForm<CreateClusterForm>();
  const type = Form.useWatch('ClusterType', form);
  const login = Form.useWatch('login', form);
  const vpc = Form.useWatch('VpcId', form);
  const [refused, setRefused] = useState<Record<string, Refusal>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  // The document has no VPC list: the VPCs and switches of the account's clusters are offered.
  const known = useMemo(() => {
    const m = new Map<string, Set<string>>();
    for (const c of clusters.data ?? []) {
      const id = text(c.VpcId);
      if (!id) continue;
      const s = m.get(id) ?? new Set<string>();
      for (const v of (c.VswitchIds ?? []) as unknown[]) s.add(text(v));
      m.set(id, s);
    }
    return m;
  }, [clusters.data]);

  if (!accounts.isLoading && !account) return accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} /> : <EmptyState description={t('create.noAccount')} />;

  const help = (field: string, hint?: string) => (refused[field] ? { validateStatus: 'error' as const, help: t(`rule.${refused[field]}`) } : hint ? { help: hint } : {});

  const submit = async () => {
    const values = { ...INITIAL, RegionId: region, ...form.getFieldsValue(true) } as CreateClusterForm;
    const bad = validateCreate(values);
    setRefused(bad);
    if (Object.keys(bad).length) return;
    setBusy(true);
    try {
      const r = await clusterApi(account!.id).CreateCluster(createParams(values) as AlibabaParams<'CreateCluster'>, region || undefined);
      setError(undefined);
      await queryClient.invalidateQueries({ queryKey: clusterKeys.account(account!.id) });
      const id = text(r.Result?.ClusterInstanceId);
      message.success(t('create.done', { name: values.ClusterTitle ?? '' }));
      navigate(links.alibabaCluster(account!.id, id));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 860 }}>
      <PageHeader title={t('create.title')} subtitle={t('create.subtitle')} />
      <Card size="small">
        <Form form={form} layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 18 }} size="small" initialValues={{ ...INITIAL, RegionId: region }} key={account?.id ?? ''} onFinish={submit}>
          <Form.Item label={t('common.account')}>
            <Select
              aria-label={t('common.account')}
              value={account?.id}
              options={alibaba.map((a) => ({ value: a.id, label: a.name }))}
              onChange={(id: string) => setParams((c) => (c.set('account', id), c), { replace: true })}
            />
          </Form.Item>
          <Form.Item name="ClusterTitle" label={t('field.ClusterTitle')} required {...help('ClusterTitle')}>
            <Input aria-label={t('field.ClusterTitle')} autoComplete="off" autoFocus />
          </Form.Item>
          <Form.Item name="BusinessCode" label={t('field.BusinessCode')} required {...help('BusinessCode')}>
            <Select aria-label={t('field.BusinessCode')} options={BUSINESS_CODES.map((v) => ({ value: v, label: `${v} · ${businessLabel(t, v)}` }))} />
          </Form.Item>
          <Form.Item name="ClusterEnvType" label={t('field.ClusterEnvType')} required {...help('ClusterEnvType')}>
            <Radio.Group options={ENV_TYPES.map((v) => ({ value: v, label: `${v} · ${t(`env.${v}`)}` }))} optionType="button" />
          </Form.Item>
          <Form.Item name="ClusterType" label={t('field.ClusterType')} required {...help('ClusterType', type ? t(`clusterType.${type as 'Standard'}.help`) : undefined)}>
            <Radio.Group options={CLUSTER_TYPES.map((v) => ({ value: v, label: t(`clusterType.${v}`) }))} optionType="button" />
          </Form.Item>
          <Form.Item name="RegionId" label={t('field.RegionId')} required {...help('RegionId')}>
            <Input aria-label={t('field.RegionId')} autoComplete="off" />
          </Form.Item>
          <Form.Item name="RegionName" label={t('field.RegionName')} {...help('RegionName')}>
            <Input aria-label={t('field.RegionName')} autoComplete="off" />
          </Form.Item>
          <Form.Item name="VpcId" label={t('field.VpcId')} required {...help('VpcId', t('create.vpcHelp'))}>
            <AutoComplete aria-label={t('field.VpcId')} options={[...known.keys()].map((v) => ({ value: v }))} />
          </Form.Item>
          <Form.Item name="Vswitchids" label={t('field.Vswitchids')} required {...help('Vswitchids', t('create.vswitchHelp'))}>
            <Select mode="tags" aria-label={t('field.Vswitchids')} tokenSeparators={[',', ' ']} options={[...(known.get(vpc ?? '') ?? [])].map((v) => ({ value: v, label: v }))} />
          </Form.Item>
          <Form.Item name="login" label={t('create.login')} required>
            <Radio.Group options={[{ value: 'KeyPair', label: t('field.KeyPair') }, { value: 'Password', label: t('field.Password') }]} optionType="button" />
          </Form.Item>
          {login === 'Password' ? (
            <Form.Item name="Password" label={t('field.Password')} required {...help('Password', t('create.passwordHelp'))}>
              <Input.Password aria-label={t('field.Password')} autoComplete="new-password" />
            </Form.Item>
          ) : (
            <Form.Item name="KeyPair" label={t('field.KeyPair')} required {...help('KeyPair', t('create.keyPairHelp'))}>
              <Input aria-label={t('field.KeyPair')} autoComplete="off" />
            </Form.Item>
          )}
          {needsCidr(type) ? (
            <>
              <Form.Item name="PodCIDR" label={t('field.PodCIDR')} required {...help('PodCIDR', t('create.podCidrHelp'))}>
                <Input aria-label={t('field.PodCIDR')} autoComplete="off" placeholder="172.22.0.0/16" />
              </Form.Item>
              <Form.Item name="ServiceCIDR" label={t('field.ServiceCIDR')} required {...help('ServiceCIDR', t('create.serviceCidrHelp'))}>
                <Input aria-label={t('field.ServiceCIDR')} autoComplete="off" placeholder="172.21.0.0/20" />
              </Form.Item>
            </>
          ) : null}
          <Form.Item name="SnatEntry" label={t('field.SnatEntry')} valuePropName="checked" help={t('create.snatHelp')}>
            <Switch aria-label={t('field.SnatEntry')} />
          </Form.Item>
          <Form.Item name="PublicSlb" label={t('field.PublicSlb')} valuePropName="checked" help={t('create.publicSlbHelp')}>
            <Switch aria-label={t('field.PublicSlb')} />
          </Form.Item>
          <Form.Item name="CloudMonitorFlags" label={t('field.CloudMonitorFlags')} valuePropName="checked" help={t('create.monitorHelp')}>
            <Switch aria-label={t('field.CloudMonitorFlags')} />
          </Form.Item>
          {type === 'Standard' ? (
            <Form.Item name="CreateWithLogIntegration" label={t('field.CreateWithLogIntegration')} valuePropName="checked" help={t('create.logHelp')}>
              <Switch aria-label={t('field.CreateWithLogIntegration')} />
            </Form.Item>
          ) : null}
          <Form.Item wrapperCol={{ offset: 6, span: 18 }}>
            <Typography.Text type="secondary">{t('create.ignored')}</Typography.Text>
          </Form.Item>
          {error ? (
            <Form.Item wrapperCol={{ offset: 6, span: 18 }}>
              <ErrorAlert error={error} scope={{ account: account?.name, region }} />
            </Form.Item>
          ) : null}
          <Form.Item wrapperCol={{ offset: 6, span: 18 }}>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('create.submit')}
              </Button>
              <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
            </Flex>
          </Form.Item>
        </Form>
      </Card>
    </Flex>
  );
}
