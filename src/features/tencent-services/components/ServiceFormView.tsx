import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Space, Switch, Typography, type FormInstance, type FormRule } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTsvcT, type TsvcT } from '../messages';
import {
  ACCESS_TYPES,
  CHECK_METHODS,
  MOUNT_MODES,
  PROBE_LIMITS,
  PROTOCOLS,
  STRATEGIES,
  VOLUME_TYPES,
  configKeysRule,
  containerNameRule,
  cpuLimitsRule,
  cpuRule,
  emptyContainer,
  emptyProbe,
  envNameRule,
  healthNumRule,
  memoryLimitsRule,
  memoryRule,
  nodePortRule,
  rangeRule,
  replicasRule,
  serviceNameRule,
  type RuleError,
  type ServiceForm,
} from '../rules';
import { ImagePicker } from './ImagePicker';

/** An antd rule from one of the document's field rules (the message shows beside the field). */
export const ruleOf =
  (t: TsvcT, check: (value: never) => RuleError | undefined): FormRule =>
  () => ({
    validator: (_: unknown, value: unknown) => {
      const e = check(value as never);
      return e ? Promise.reject(new Error(t(e.key, e.vars))) : Promise.resolve();
    },
  });

const range = (t: TsvcT, min: number, max: number, required = false) => ruleOf(t, (v: number | undefined) => rangeRule(v, min, max, required));

interface Props {
  form: FormInstance<ServiceForm>;
  initial: ServiceForm;
  mode: 'create' | 'modify';
  accountId: string;
  region: string;
  onSubmit: (values: ServiceForm) => void;
  submitting: boolean;
  submitLabel: string;
  /** The provider's refusal, shown above the submit button. */
  error?: ReactNode;
  onCancel?: () => void;
}

/** CreateClusterService / ModifyClusterService as a guided form, the document's limits beside each field. */
export function ServiceFormView({ form, initial, mode, accountId, region, onSubmit, submitting, submitLabel, error, onCancel }: Props) {
  const t = useTsvcT();
  const [picking, setPicking] = useState<number | null>(null);
  const [invalid, setInvalid] = useState(false);
  const accessType = Form.useWatch('accessType', form) ?? initial.accessType;
  const volumes = (Form.useWatch('volumes', form) ?? initial.volumes) as ServiceForm['volumes'];
  const volumeNames = (volumes ?? []).map((v) => v?.name).filter(Boolean);

  return (
    <Form<ServiceForm>
      form={form}
      layout="vertical"
      size="small"
      initialValues={initial}
      onFinish={(v) => {
        setInvalid(false);
        onSubmit(v);
      }}
      onFinishFailed={() => setInvalid(true)}
      scrollToFirstError
      requiredMark
    >
      <Flex vertical gap={12}>
        <Card size="small" title={t('form.basics')}>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="serviceName" label={t('form.serviceName')} extra={t('form.serviceNameHelp')} required rules={[ruleOf(t, serviceNameRule)]}>
                <Input disabled={mode === 'modify'} autoFocus={mode === 'create'} maxLength={63} showCount autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item name="replicas" label={t('form.replicas')} required dependencies={[['volumes']]} rules={[({ getFieldValue }) => ({ validator: async (_, v: number) => { const e = replicasRule(v, getFieldValue('volumes') ?? []); if (e) throw new Error(t(e.key, e.vars)); } })]}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="serviceDesc" label={t('form.serviceDesc')}>
                <Input />
              </Form.Item>
            </Col>
            {mode === 'modify' && (
              <>
                <Col xs={24} md={12}>
                  <Form.Item name="strategy" label={t('form.strategy')} required>
                    <Select aria-label={t('form.strategy')} options={STRATEGIES.map((s) => ({ value: s, label: t(`form.strategy.${s}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name="minReadySeconds" label={t('form.minReadySeconds')} extra={t('form.minReadySecondsHelp')} rules={[ruleOf(t, (v: number) => rangeRule(v, 0, 2_147_483_647))]}>
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </>
            )}
          </Row>
        </Card>

        <Card size="small" title={t('form.network')}>
          <Row gutter={12}>
            <Col xs={24} md={10}>
              <Form.Item name="accessType" label={t('form.accessType')} required>
                <Select aria-label={t('form.accessType')} options={ACCESS_TYPES.map((a) => ({ value: a, label: t(`form.access.${a}`) }))} />
              </Form.Item>
            </Col>
            {accessType === 'SvcLBTypeInner' && (
              <Col xs={24} md={8}>
                <Form.Item name="subnetId" label={t('form.subnetId')} required rules={[ruleOf(t, (v: string) => (v ? undefined : { key: 'rule.subnetRequired' }))]}>
                  <Input placeholder="subnet-xxxxxxxx" />
                </Form.Item>
              </Col>
            )}
          </Row>
          {accessType === 'None' ? (
            <Typography.Text type="secondary">{t('form.noPortsForNone')}</Typography.Text>
          ) : (
            <Form.List
              name="portMappings"
              rules={[
                {
                  validator: async (_, list: unknown[]) => {
                    if ((accessType === 'LoadBalancer' || accessType === 'SvcLBTypeInner') && (!list || list.length === 0)) throw new Error(t('rule.portsRequired'));
                  },
                },
              ]}
            >
              {(fields, { add, remove }, { errors }) => (
                <>
                  {fields.map((f) => (
                    <Flex key={f.key} gap={8} align="start" wrap>
                      <Form.Item name={[f.name, 'protocol']} label={t('form.protocol')} required>
                        <Select style={{ width: 90 }} aria-label={t('form.protocol')} options={PROTOCOLS.map((p) => ({ value: p, label: p }))} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'containerPort']} label={t('form.containerPort')} required rules={[range(t, 1, 65535, true)]}>
                        <InputNumber aria-label={t('form.containerPort')} precision={0} style={{ width: 130 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'lbPort']} label={t('form.lbPort')} required rules={[range(t, 1, 65535, true)]}>
                        <InputNumber aria-label={t('form.lbPort')} precision={0} style={{ width: 150 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'nodePort']} label={t('form.nodePort')} extra={t('form.nodePortHelp')} rules={[ruleOf(t, nodePortRule)]}>
                        <InputNumber aria-label={t('form.nodePort')} precision={0} style={{ width: 130 }} />
                      </Form.Item>
                      <Button type="text" style={{ marginTop: 22 }} icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(f.name)} />
                    </Flex>
                  ))}
                  <Form.ErrorList errors={errors} />
                  <Button size="small" icon={<PlusOutlined />} onClick={() => add({ protocol: 'TCP' })}>
                    {t('form.addPort')}
                  </Button>
                </>
              )}
            </Form.List>
          )}
        </Card>

        <Card size="small" title={t('form.volumes')}>
          <Form.List name="volumes">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <VolumeRow key={f.key} name={f.name} onRemove={() => remove(f.name)} form={form} t={t} />
                ))}
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ name: `vol-${fields.length + 1}`, volumeType: 'hostPath' })}>
                  {t('form.addVolume')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Form.List name="containers">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  title={t('form.container', { n: i + 1 })}
                  extra={fields.length > 1 && <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(f.name)} />}
                >
                  <ContainerFields name={f.name} form={form} t={t} volumeNames={volumeNames} onPick={() => setPicking(f.name)} />
                </Card>
              ))}
              <div>
                <Button size="small" icon={<PlusOutlined />} onClick={() => add(emptyContainer(`c${fields.length + 1}`))}>
                  {t('form.addContainer')}
                </Button>
              </div>
            </Flex>
          )}
        </Form.List>

        <Card size="small" title={t('form.affinity')}>
          <Form.List name="nodeAffinity">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} align="start" wrap>
                    <Form.Item name={[f.name, 'key']} label={t('form.affinityKey')} required rules={[ruleOf(t, (v: string) => (v ? undefined : { key: 'rule.required' }))]}>
                      <Input style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'operator']} label={t('form.operator')} required>
                      <Select style={{ width: 140 }} options={['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'].map((o) => ({ value: o, label: o }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'values']} label={t('form.affinityValues')}>
                      <Input style={{ width: 240 }} />
                    </Form.Item>
                    <Button type="text" style={{ marginTop: 22 }} icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(f.name)} />
                  </Flex>
                ))}
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ key: '', operator: 'In', values: '' })}>
                  {t('form.addAffinity')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        {invalid && <Alert type="warning" showIcon title={t('form.invalid')} />}
        {error}
        <Space>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {submitLabel}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
        </Space>
      </Flex>
      <ImagePicker
        open={picking !== null}
        accountId={accountId}
        region={region}
        onClose={() => setPicking(null)}
        onPick={(image) => {
          if (picking === null) return;
          form.setFieldValue(['containers', picking, 'image'], image);
          void form.validateFields([['containers', picking, 'image']]);
        }}
      />
    </Form>
  );
}

function VolumeRow({ name, onRemove, form, t }: { name: number; onRemove: () => void; form: FormInstance<ServiceForm>; t: TsvcT }) {
  const type = Form.useWatch(['volumes', name, 'volumeType'], form);
  const required = (v: string) => (v ? undefined : { key: 'rule.required' as const });
  return (
    <Flex gap={8} align="start" wrap>
      <Form.Item
        name={[name, 'name']}
        label={t('form.volumeName')}
        required
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, v: string) => {
              if (!v) throw new Error(t('rule.required'));
              const all = ((getFieldValue('volumes') ?? []) as { name?: string }[]).map((x) => x?.name);
              if (all.filter((n) => n === v).length > 1) throw new Error(t('rule.duplicate'));
            },
          }),
        ]}
      >
        <Input style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name={[name, 'volumeType']} label={t('form.volumeType')} required>
        <Select style={{ width: 120 }} aria-label={t('form.volumeType')} options={VOLUME_TYPES.map((v) => ({ value: v, label: v }))} />
      </Form.Item>
      {type === 'hostPath' && (
        <Form.Item name={[name, 'hostPath']} label={t('form.hostPath')} extra={t('form.hostPathHelp')}>
          <Input style={{ width: 220 }} placeholder="/data" />
        </Form.Item>
      )}
      {type === 'cbsDisk' && (
        <Form.Item name={[name, 'cbsDiskId']} label={t('form.cbsDiskId')} required rules={[ruleOf(t, required)]}>
          <Input style={{ width: 200 }} placeholder="disk-xxxxxxxx" />
        </Form.Item>
      )}
      {type === 'nfsDisk' && (
        <Form.Item name={[name, 'nfsPath']} label={t('form.nfsPath')} required rules={[ruleOf(t, required)]}>
          <Input style={{ width: 240 }} />
        </Form.Item>
      )}
      {type === 'configMap' && (
        <>
          <Form.Item name={[name, 'configId']} label={t('form.configId')} required rules={[ruleOf(t, required)]}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name={[name, 'configVersion']} label={t('form.configVersion')} required rules={[ruleOf(t, required)]}>
            <Input style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name={[name, 'configKeys']} label={t('form.configKeys')} required rules={[ruleOf(t, configKeysRule)]}>
            <Input.TextArea rows={2} style={{ width: 220 }} />
          </Form.Item>
        </>
      )}
      <Button type="text" style={{ marginTop: 22 }} icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={onRemove} />
    </Flex>
  );
}

function ContainerFields({ name, form, t, volumeNames, onPick }: { name: number; form: FormInstance<ServiceForm>; t: TsvcT; volumeNames: string[]; onPick: () => void }) {
  const path = (...rest: (string | number)[]) => ['containers', name, ...rest];
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item
            name={[name, 'containerName']}
            label={t('form.containerName')}
            required
            rules={[({ getFieldValue }) => ({ validator: async (_, v: string) => {
              const e = containerNameRule(v, ((getFieldValue('containers') ?? []) as { containerName?: string }[]).map((k) => k?.containerName ?? ''));
              if (e) throw new Error(t(e.key, e.vars));
            } })]}
          >
            <Input maxLength={63} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={18}>
          <Form.Item label={t('form.image')} required extra={t('form.imageHelp')}>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name={[name, 'image']} noStyle rules={[ruleOf(t, (v: string) => (v?.trim() ? undefined : { key: 'rule.required' }))]}>
                <Input aria-label={t('form.image')} placeholder="ccr.ccs.tencentyun.com/namespace/name:tag" autoComplete="off" />
              </Form.Item>
              <Button onClick={onPick}>{t('form.pickImage')}</Button>
            </Space.Compact>
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'cpu']} label={t('form.cpu')} rules={[ruleOf(t, cpuRule)]}>
            <InputNumber aria-label={t('form.cpu')} min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'cpuLimits']} label={t('form.cpuLimits')} dependencies={[path('cpu')]} rules={[({ getFieldValue }) => ({ validator: async (_, v: number) => {
            const e = cpuLimitsRule(v, getFieldValue(path('cpu')));
            if (e) throw new Error(t(e.key, e.vars));
          } })]}>
            <InputNumber aria-label={t('form.cpuLimits')} min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'memory']} label={t('form.memory')} rules={[ruleOf(t, memoryRule)]}>
            <InputNumber aria-label={t('form.memory')} min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'memoryLimits']} label={t('form.memoryLimits')} dependencies={[path('memory')]} rules={[({ getFieldValue }) => ({ validator: async (_, v: number) => {
            const e = memoryLimitsRule(v, getFieldValue(path('memory')));
            if (e) throw new Error(t(e.key, e.vars));
          } })]}>
            <InputNumber aria-label={t('form.memoryLimits')} min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('form.resourcesHelp')}
          </Typography.Text>
        </Col>
      </Row>

      <Typography.Title level={5} style={{ fontSize: 13, marginTop: 12 }}>
        {t('form.envs')}
      </Typography.Title>
      <Form.List name={[name, 'envs']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="start">
                <Form.Item name={[f.name, 'name']} rules={[ruleOf(t, envNameRule)]}>
                  <Input aria-label={t('common.name')} placeholder={t('common.name')} style={{ width: 200 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'value']}>
                  <Input aria-label={t('common.value')} placeholder={t('common.value')} style={{ width: 300 }} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(f.name)} />
              </Flex>
            ))}
            <Button size="small" icon={<PlusOutlined />} onClick={() => add({ name: '', value: '' })}>
              {t('form.addEnv')}
            </Button>
          </>
        )}
      </Form.List>

      <Typography.Title level={5} style={{ fontSize: 13, marginTop: 12 }}>
        {t('form.mounts')}
      </Typography.Title>
      <Form.List name={[name, 'volumeMounts']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="start">
                <Form.Item
                  name={[f.name, 'volumeName']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_, v: string) => {
                        const vols = ((getFieldValue('volumes') ?? []) as { name?: string }[]).map((x) => x?.name);
                        if (vols.length === 0) throw new Error(t('rule.mountsWithoutVolumes'));
                        if (!v) throw new Error(t('rule.required'));
                        if (!vols.includes(v)) throw new Error(t('rule.unknownVolume', { name: v }));
                      },
                    }),
                  ]}
                >
                  <Select aria-label={t('form.volumeName')} placeholder={t('form.volumeName')} style={{ width: 160 }} options={volumeNames.map((v) => ({ value: v, label: v }))} />
                </Form.Item>
                <Form.Item name={[f.name, 'mountPath']} rules={[ruleOf(t, (v: string) => (v?.startsWith('/') ? undefined : { key: 'rule.required' }))]}>
                  <Input aria-label={t('form.mountPath')} placeholder="/data" style={{ width: 220 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'mode']}>
                  <Select aria-label={t('form.mode')} style={{ width: 80 }} options={MOUNT_MODES.map((m) => ({ value: m, label: m }))} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(f.name)} />
              </Flex>
            ))}
            <Button size="small" icon={<PlusOutlined />} onClick={() => add({ volumeName: volumeNames[0], mountPath: '', mode: 'rw' })}>
              {t('form.addMount')}
            </Button>
          </>
        )}
      </Form.List>

      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'command']} label={t('form.command')}>
            <Input placeholder="/bin/sh" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'arguments']} label={t('form.arguments')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Col>
        <Col xs={18} md={6}>
          <Form.Item name={[name, 'workingDir']} label={t('form.workingDir')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={6} md={2}>
          <Form.Item name={[name, 'privileged']} label={t('form.privileged')} valuePropName="checked">
            <Switch size="small" />
          </Form.Item>
        </Col>
      </Row>
      <ProbeFields container={name} kind="live" form={form} t={t} />
      <ProbeFields container={name} kind="ready" form={form} t={t} />
    </>
  );
}

function ProbeFields({ container, kind, form, t }: { container: number; kind: 'live' | 'ready'; form: FormInstance<ServiceForm>; t: TsvcT }) {
  const base = ['containers', container, kind] as unknown as ['containers'];
  const enabled = Form.useWatch(['containers', container, kind, 'enabled'] as unknown as ['containers'], form) as unknown as boolean | undefined;
  const method = Form.useWatch(['containers', container, kind, 'checkMethod'] as unknown as ['containers'], form) as unknown as string | undefined;
  const n = (k: string) => [container, kind, k];
  return (
    <Card size="small" type="inner" style={{ marginTop: 8 }} title={
      <Form.Item name={n('enabled')} valuePropName="checked" noStyle>
        <Checkbox
          onChange={(e) => {
            if (e.target.checked && !form.getFieldValue(['containers', container, kind, 'checkMethod'])) form.setFieldValue(base, { ...emptyProbe(), enabled: true });
          }}
        >
          {t(kind === 'live' ? 'form.live' : 'form.ready')}
        </Checkbox>
      </Form.Item>
    }>
      {enabled ? (
        <Flex gap={8} wrap align="start">
          <Form.Item name={n('checkMethod')} label={t('form.checkMethod')} required>
            <Select aria-label={`${t(kind === 'live' ? 'form.live' : 'form.ready')} ${t('form.checkMethod')}`} style={{ width: 130 }} options={CHECK_METHODS.map((m) => ({ value: m, label: m }))} />
          </Form.Item>
          {method !== 'methodCmd' && (
            <Form.Item name={n('port')} label={t('form.port')} required rules={[range(t, 1, 65535, true)]}>
              <InputNumber precision={0} style={{ width: 100 }} />
            </Form.Item>
          )}
          {method === 'methodHttp' && (
            <>
              <Form.Item name={n('protocol')} label={t('form.protocol')}>
                <Select style={{ width: 90 }} options={['HTTP', 'HTTPS'].map((p) => ({ value: p, label: p }))} />
              </Form.Item>
              <Form.Item name={n('path')} label={t('form.path')}>
                <Input style={{ width: 160 }} />
              </Form.Item>
            </>
          )}
          {method === 'methodCmd' && (
            <Form.Item name={n('cmd')} label={t('form.cmd')} required rules={[ruleOf(t, (v: string) => (v?.trim() ? undefined : { key: 'rule.required' }))]}>
              <Input style={{ width: 240 }} />
            </Form.Item>
          )}
          <Form.Item name={n('healthNum')} label={t('form.healthNum')} extra={kind === 'live' ? '= 1' : '1–10'} rules={[ruleOf(t, (v: number) => healthNumRule(v, kind))]}>
            <InputNumber precision={0} style={{ width: 90 }} />
          </Form.Item>
          {(Object.keys(PROBE_LIMITS) as (keyof typeof PROBE_LIMITS)[]).map((k) => (
            <Form.Item key={k} name={n(k)} label={t(`form.${k}`)} extra={`${PROBE_LIMITS[k][0]}–${PROBE_LIMITS[k][1]}`} rules={[range(t, PROBE_LIMITS[k][0], PROBE_LIMITS[k][1], k !== 'delayTime')]}>
              <InputNumber precision={0} style={{ width: 90 }} />
            </Form.Item>
          ))}
        </Flex>
      ) : null}
    </Card>
  );
}
