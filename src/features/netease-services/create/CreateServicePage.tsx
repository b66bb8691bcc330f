import { useMemo, useState } from 'react';
import { App, Button, Card, Flex, Form, Input, InputNumber, Radio, Select, Switch, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n/useI18n';
import { NETEASE_REGION } from '../../../providers/netease/domain';
import { DISK_TYPES, PUBLIC_NET_TYPES } from '../../../providers/netease/operations/enums';
import { SERVICE_SPECS } from '../../../providers/netease/operations/specs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { links } from '../../shared/links';
import { AccountSelect } from '../../netease/shared/AccountSelect';
import { useNeteaseScopes } from '../../netease/shared/useNeteaseScopes';
import { recordActivity } from '../shared/activity';
import { useServiceChange, type Target } from '../shared/api';
import { field } from '../shared/field';
import { PortsEditor, portProblems } from '../shared/PortsEditor';
import { evenWeights, specSummary } from '../shared/rules';
import type { SvcMessageKey } from '../messages';
import { useSvcT } from '../useSvcT';
import { ContainerEditor } from './ContainerEditor';
import { createParams, createProblems, emptyContainer, type ContainerForm, type CreateForm, type CreateServiceParams } from './createParams';
import { useChoices } from './useChoices';

const initialForm = (spaceId: number | undefined): CreateForm => ({
  space_id: spaceId,
  service_name: '',
  stateful: 0,
  replicas: 1,
  spec_id: 1,
  ports: [{ protocol: 'TCP', dest_port: 80, source_port: 80 }],
  public_used: false,
  public_type: 'flow',
  bandwidth: 20,
  ip_id: undefined,
  disk_type: 2,
  containers: [emptyContainer(1)],
});

/** 9.5, guided: the space, the kind, the size, ports, the public network and disks of stateful services, and each container. */
export default function CreateServicePage() {
  const t = useSvcT();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { scopes, accounts } = useNeteaseScopes();
  const [params, setParams] = useSearchParams();
  const accountId = params.get('account') ?? scopes[0]?.account.id ?? '';
  const scope = scopes.find((s) => s.account.id === accountId);
  const region = scope?.region ?? NETEASE_REGION;
  const spaceParam = params.get('space');
  const [form, setForm] = useState<CreateForm>(() => initialForm(spaceParam ? Number(spaceParam) : undefined));
  const [problems, setProblems] = useState(new Map<string, string>());
  const choices = useChoices(accountId || undefined, region);
  const create = useServiceChange('createService', (api, v: Target & { params: CreateServiceParams }) => api.call('createService', v.params));
  const set = (patch: Partial<CreateForm>) => setForm((f) => ({ ...f, ...patch }));
  const setContainer = (i: number, patch: Partial<ContainerForm>) => setForm((f) => ({ ...f, containers: f.containers.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const setQuery = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (value) n.set(key, value);
        else n.delete(key);
        return n;
      },
      { replace: true },
    );

  const stateful = form.stateful === 1;
  const freeVolumes = useMemo(() => (choices.volumes.data ?? []).filter((v) => !v.service_name).map((v) => ({ id: v.id, name: v.name, size: v.size })), [choices.volumes.data]);
  const keyNames = (choices.keys.data ?? []).map((k) => k.name);

  const submit = async () => {
    const bad = new Map([...createProblems(form), ...portProblems(form.ports, 'service_info.port_maps')]);
    if (!scope) bad.set('account', 'required');
    setProblems(bad);
    if (bad.size || !scope) {
      message.error(t('create.fixFields', { count: bad.size }));
      return;
    }
    const body = createParams(form);
    const done = await create.mutateAsync({ accountId: scope.account.id, region: scope.region, subject: `space:${form.space_id}`, params: body }).catch(() => undefined);
    if (!done) return;
    const serviceId = done.result.service_id;
    // The service's own history starts with its creation.
    recordActivity(scope.account.id, `service:${serviceId}`, { ...done, ok: true });
    message.success(t('create.created', { name: body.service_info.service_name }));
    navigate(links.neteaseService(scope.account.id, form.space_id!, serviceId), { state: { answer: { title: t('create.created', { name: body.service_info.service_name }), answer: done } } });
  };

  const weightsBad = problems.has('service_container_infos');
  return (
    <Flex vertical gap={12} style={{ maxWidth: 1100 }}>
      <PageHeader title={t('create.title')} subtitle={t('create.subtitle')} />
      {accounts.error ? <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} /> : null}
      <Form layout="vertical" onFinish={submit} aria-label={t('create.title')}>
        <Card size="small" title={t('create.where')}>
          <Flex gap={12} wrap>
            <Form.Item label={t('common.account')} required style={{ minWidth: 220 }} validateStatus={problems.has('account') ? 'error' : undefined} help={problems.has('account') ? t('common.accountRequired') : undefined}>
              <AccountSelect
                scopes={scopes}
                label={t('common.account')}
                value={accountId || undefined}
                onChange={(a) => {
                  setQuery('account', a);
                  setQuery('space', undefined);
                  setForm(initialForm(undefined));
                }}
              />
            </Form.Item>
            <Form.Item label={t('spaces.label')} required style={{ minWidth: 260 }} {...field(problems, 'service_info.namespace_id', t('rules.space'))}>
              <Select
                aria-label={t('spaces.label')}
                loading={choices.spaces.isLoading}
                value={form.space_id}
                onChange={(v: number) => {
                  set({ space_id: v });
                  setQuery('space', String(v));
                }}
                options={(choices.spaces.data?.namespaces ?? []).map((n) => ({ value: n.id, label: `${n.display_name} (${n.namespace})` }))}
              />
            </Form.Item>
          </Flex>
          {choices.spaces.error ? <ErrorAlert error={choices.spaces.error} onRetry={() => choices.spaces.refetch()} /> : null}
        </Card>

        <Card size="small" title={t('create.service')} style={{ marginTop: 12 }}>
          <Flex gap={12} wrap>
            <Form.Item label={t('services.name')} required style={{ minWidth: 260 }} {...field(problems, 'service_info.service_name', t('rules.serviceName'))}>
              <Input aria-label={t('services.name')} value={form.service_name} onChange={(e) => set({ service_name: e.target.value })} autoComplete="off" spellCheck={false} maxLength={64} />
            </Form.Item>
            <Form.Item label={t('services.kind')} required extra={stateful ? t('rules.stateful') : t('rules.stateless')}>
              <Radio.Group
                aria-label={t('services.kind')}
                value={form.stateful}
                optionType="button"
                onChange={(e) => set({ stateful: e.target.value as 0 | 1, disk_type: e.target.value === 1 ? 0 : 2 })}
                options={[
                  { value: 0, label: t('services.stateless') },
                  { value: 1, label: t('services.stateful') },
                ]}
              />
            </Form.Item>
            <Form.Item label={t('services.replicas')} required {...field(problems, 'service_info.replicas', t('rules.replicas'))}>
              <InputNumber aria-label={t('services.replicas')} value={form.replicas} onChange={(replicas) => set({ replicas })} precision={0} style={{ width: 120 }} />
            </Form.Item>
          </Flex>
          <Form.Item label={t('services.spec')} required {...field(problems, 'service_info.spec_id', t('rules.spec'))}>
            <Select aria-label={t('services.spec')} value={form.spec_id} onChange={(spec_id: number) => set({ spec_id })} options={SERVICE_SPECS.map((s) => ({ value: s.id, label: specSummary(s, lang) }))} style={{ maxWidth: 560 }} />
          </Form.Item>
          <Form.Item label={t('services.ports')} extra={t('ports.hint')}>
            <PortsEditor value={form.ports} onChange={(ports) => set({ ports })} problems={problems} prefix="service_info.port_maps" />
          </Form.Item>
        </Card>

        {stateful ? (
          <Card size="small" title={t('create.statefulOptions')} style={{ marginTop: 12 }}>
            <Flex gap={12} wrap align="start">
              <Form.Item label={t('publicNet.used')} extra={t('rules.publicNetUsedCreate')}>
                <Switch aria-label={t('publicNet.used')} checked={form.public_used} onChange={(public_used) => set({ public_used, ip_id: public_used ? form.ip_id : undefined })} />
              </Form.Item>
              {form.public_used ? (
                <>
                  <Form.Item label={t('publicNet.type')} {...field(problems, 'service_info.state_public_net.type', t('rules.publicNetType'))}>
                    <Radio.Group aria-label={t('publicNet.type')} value={form.public_type} onChange={(e) => set({ public_type: e.target.value as CreateForm['public_type'] })} options={PUBLIC_NET_TYPES.map((v) => ({ value: v, label: t(`publicNet.type.${v}`) }))} />
                  </Form.Item>
                  <Form.Item label={t('publicNet.bandwidth')} {...field(problems, 'service_info.state_public_net.bandwidth', t('rules.bandwidth'))}>
                    <InputNumber aria-label={t('publicNet.bandwidth')} value={form.bandwidth} onChange={(bandwidth) => set({ bandwidth })} precision={0} suffix="Mbps" style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item label={t('create.ip')} extra={t('rules.ip')} style={{ minWidth: 260 }}>
                    <Select
                      aria-label={t('create.ip')}
                      allowClear
                      placeholder={t('create.ipAuto')}
                      loading={choices.ips.isLoading}
                      value={form.ip_id}
                      onChange={(ip_id?: string) => set({ ip_id })}
                      options={(choices.ips.data ?? []).map((ip) => ({ value: ip.id, label: ip.ip }))}
                    />
                  </Form.Item>
                </>
              ) : null}
            </Flex>
            <Form.Item label={t('create.diskType')} required extra={t('rules.diskType')} {...(problems.has('disks.volumes') || problems.has('disks.local') ? { validateStatus: 'error' as const, help: problems.get('disks.volumes') === 'repeated' ? t('rules.volumeRepeated') : t('rules.disksNeeded') } : {})}>
              <Radio.Group aria-label={t('create.diskType')} value={form.disk_type} onChange={(e) => set({ disk_type: e.target.value as CreateForm['disk_type'] })} options={DISK_TYPES.map((d) => ({ value: d, label: t(`disk.${d}` as SvcMessageKey) }))} />
            </Form.Item>
          </Card>
        ) : null}

        <Card
          size="small"
          title={t('services.containers')}
          style={{ marginTop: 12 }}
          extra={
            <Flex gap={8}>
              {form.containers.length > 1 ? (
                <Button size="small" onClick={() => set({ containers: form.containers.map((c, i) => ({ ...c, cpu_weight: evenWeights(form.containers.length)[i], memory_weight: evenWeights(form.containers.length)[i] })) })}>
                  {t('containers.splitEvenly')}
                </Button>
              ) : null}
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => {
                  const n = form.containers.length + 1;
                  const weights = evenWeights(n);
                  set({ containers: [...form.containers, emptyContainer(n)].map((c, i) => ({ ...c, cpu_weight: weights[i], memory_weight: weights[i] })) });
                }}
              >
                {t('create.addContainer')}
              </Button>
            </Flex>
          }
        >
          <Flex vertical gap={12}>
            <Typography.Text type={weightsBad ? 'danger' : 'secondary'} data-testid="weights-rule">
              {t('rules.weights')}
            </Typography.Text>
            {form.containers.map((c, i) => (
              <ContainerEditor
                key={i}
                i={i}
                value={c}
                onChange={(patch) => setContainer(i, patch)}
                onRemove={form.containers.length > 1 ? () => set({ containers: form.containers.filter((_, j) => j !== i) }) : undefined}
                problems={problems}
                accountId={accountId}
                region={region}
                choices={{ keys: keyNames, volumes: freeVolumes }}
                weightsBad={weightsBad}
                showVolumes={stateful && (form.disk_type === 0 || form.disk_type === 3)}
                showLocal={stateful && (form.disk_type === 1 || form.disk_type === 3)}
              />
            ))}
          </Flex>
        </Card>

        {create.error ? (
          <div style={{ marginTop: 12 }}>
            <ErrorAlert error={create.error} scope={{ account: scope?.account.name }} />
          </div>
        ) : null}
        <Flex gap={8} style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('create.submit')}
          </Button>
          <Button onClick={() => navigate(links.neteaseSpaces())}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </Flex>
  );
}
