import { useState } from 'react';
import { AutoComplete, Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { IngressMessageKey } from '../ingresses/messages';
import { useServicePorts, type ClusterRef } from './api';
import { useIngressT } from '../ingresses/useIngressT';
import { bandwidthError, certError, CHARGE_TYPES, domainError, duplicateOf, ingressNameError, portError, PROTOCOLS, urlError, type RuleInput } from './rules';

export interface IngressFormValues {
  ingressName: string;
  ingressDesc?: string;
  certId?: string;
  unSubnetId?: string;
  internetChargeType?: string;
  internetMaxBandwidthOut?: number;
  rules: RuleInput[];
}

/** An antd rule from a pure check: the broken rule's words show beside the field. */
export const checkRule =
  (ti: (k: IngressMessageKey, v?: Record<string, string | number>) => string, check: (v: unknown) => IngressMessageKey | undefined, vars?: Record<string, string | number>): Rule =>
  () => ({
    validator: (_: unknown, value: unknown) => {
      const key = check(value);
      return key ? Promise.reject(new Error(ti(key, vars ?? { min: 1, max: 65535 }))) : Promise.resolve();
    },
  });

const GRID = '1.3fr 1.1fr 90px 100px 1.2fr 100px 32px';

/**
 * The ingress form of CreateIngress and ModifyIngress: the name, subnet and billing are fixed
 * after creation (ModifyIngress takes description, certificate and rules only).
 */
export function IngressForm(props: {
  mode: 'create' | 'edit';
  initial?: Partial<IngressFormValues>;
  serviceNames: readonly string[];
  /** Where the rules' services live: their ports are offered beside the service port. */
  cluster?: ClusterRef;
  busy?: boolean;
  /** Fields above the form's own (scope, cluster, namespace pickers of the create page). */
  before?: React.ReactNode;
  onSubmit: (values: IngressFormValues) => void;
  onCancel?: () => void;
}) {
  const ti = useIngressT();
  const [form] = Form.useForm<IngressFormValues>();
  const [subnet, setSubnet] = useState(props.initial?.unSubnetId ?? '');
  const serviceOptions = props.serviceNames.map((s) => ({ value: s }));
  const create = props.mode === 'create';
  return (
    <Form<IngressFormValues>
      form={form}
      layout="vertical"
      requiredMark
      initialValues={{ rules: [], ...props.initial }}
      onFinish={props.onSubmit}
      onValuesChange={(changed: Partial<IngressFormValues>) => changed.unSubnetId !== undefined && setSubnet(changed.unSubnetId)}
      style={{ maxWidth: 1100 }}
    >
      {props.before}
      <Flex gap={16} wrap>
        <Form.Item name="ingressName" label={ti('common.name')} required rules={[checkRule(ti, (v) => ingressNameError(v as string))]} extra={create ? ti('tc.rule.nameHelp') : undefined} style={{ width: 280 }}>
          <Input disabled={!create} autoComplete="off" maxLength={63} />
        </Form.Item>
        <Form.Item name="ingressDesc" label={ti('common.description')} style={{ flex: 1, minWidth: 280 }}>
          <Input autoComplete="off" />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item
          name="certId"
          label={ti('tc.certId')}
          extra={ti('tc.certIdHelp')}
          dependencies={[['rules']]}
          rules={[({ getFieldValue }) => ({ validator: (_, v: string) => (certError(v, getFieldValue('rules') ?? []) ? Promise.reject(new Error(ti('tc.rule.https'))) : Promise.resolve()) })]}
          style={{ width: 280 }}
        >
          <Input autoComplete="off" />
        </Form.Item>
        {create && (
          <>
            <Form.Item name="unSubnetId" label={ti('tc.subnet')} extra={ti('tc.subnetHelp')} style={{ width: 240 }}>
              <Input autoComplete="off" placeholder="subnet-…" />
            </Form.Item>
            <Form.Item name="internetChargeType" label={ti('tc.chargeType')} style={{ width: 300 }}>
              <Select allowClear disabled={!!subnet} options={CHARGE_TYPES.map((c) => ({ value: c, label: ti(`tc.charge.${c}`) }))} />
            </Form.Item>
            <Form.Item name="internetMaxBandwidthOut" label={ti('tc.bandwidth')} rules={[checkRule(ti, bandwidthError)]} style={{ width: 160 }}>
              <InputNumber disabled={!!subnet} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </Flex>
      <Typography.Title level={2} style={{ fontSize: 15, marginTop: 0 }}>
        {ti('tc.rules')}
      </Typography.Title>
      <Form.List name="rules">
        {(fields, { add, remove }) => (
          <Flex vertical gap={0}>
            {fields.length > 0 && (
              <div style={{ display: 'grid', gridTemplateColumns: GRID, gap: 8 }}>
                {(['tc.domain', 'tc.url', 'tc.protocol', 'tc.lbPort', 'tc.service', 'tc.servicePort'] as const).map((k) => (
                  <Typography.Text key={k} type="secondary">
                    {ti(k)}
                  </Typography.Text>
                ))}
              </div>
            )}
            {fields.map((field, index) => {
              const n = index + 1;
              return (
                <div key={field.key} style={{ display: 'grid', gridTemplateColumns: GRID, gap: 8 }} data-testid={`rule-${n}`}>
                  <Form.Item name={[field.name, 'domain']} rules={[checkRule(ti, (v) => domainError(v as string))]}>
                    <Input aria-label={`${ti('tc.domain')} ${n}`} placeholder="www.example.com" autoComplete="off" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'url']}
                    dependencies={[['rules', field.name, 'domain'], ['rules', field.name, 'LoadBalancePort']]}
                    rules={[
                      checkRule(ti, (v) => urlError(v as string)),
                      ({ getFieldValue }) => ({
                        validator: () => {
                          const dup = duplicateOf(getFieldValue('rules') ?? [], index);
                          return dup ? Promise.reject(new Error(ti('rule.duplicate', { n: dup }))) : Promise.resolve();
                        },
                      }),
                    ]}
                  >
                    <Input aria-label={`${ti('tc.url')} ${n}`} placeholder="/" autoComplete="off" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'protocol']} rules={[{ required: true, message: ti('common.required') }]}>
                    <Select aria-label={`${ti('tc.protocol')} ${n}`} options={PROTOCOLS.map((p) => ({ value: p, label: p }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'LoadBalancePort']} rules={[checkRule(ti, portError)]}>
                    <InputNumber aria-label={`${ti('tc.lbPort')} ${n}`} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'serviceName']} rules={[{ required: true, message: ti('common.required') }]}>
                    <AutoComplete aria-label={`${ti('tc.service')} ${n}`} options={serviceOptions} placeholder={ti('tc.chooseService')} filterOption={(input, o) => String(o?.value ?? '').includes(input)} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'servicePort']} rules={[checkRule(ti, portError)]} extra={<ServicePorts cluster={props.cluster} row={field.name} />}>
                    <InputNumber aria-label={`${ti('tc.servicePort')} ${n}`} style={{ width: '100%' }} />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} aria-label={`${ti('common.remove')} ${n}`} onClick={() => remove(field.name)} />
                </div>
              );
            })}
            {fields.length === 0 && <Typography.Text type="secondary">{ti('tc.noRules')}</Typography.Text>}
            <div>
              <Button icon={<PlusOutlined />} onClick={() => add({ protocol: 'http', url: '/', LoadBalancePort: 80 })} style={{ marginTop: 8 }}>
                {ti('tc.addRule')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
      <Flex gap={8} style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={props.busy}>
          {create ? ti('common.create') : ti('common.save')}
        </Button>
        {props.onCancel && <Button onClick={props.onCancel}>{ti('common.cancel')}</Button>}
      </Flex>
    </Form>
  );
}

/** The chosen service's ports, one click to fill the rule's service port. */
function ServicePorts({ cluster, row }: { cluster?: ClusterRef; row: number }) {
  const form = Form.useFormInstance<IngressFormValues>();
  const serviceName = Form.useWatch(['rules', row, 'serviceName'], form);
  const ports = useServicePorts(cluster, serviceName || undefined);
  if (!ports.data?.length) return null;
  return (
    <Flex gap={4} wrap>
      {ports.data.map((p) => (
        <Typography.Link key={p} onClick={() => form.setFieldValue(['rules', row, 'servicePort'], p)} style={{ fontSize: 12 }}>
          {p}
        </Typography.Link>
      ))}
    </Flex>
  );
}
