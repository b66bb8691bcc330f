import { Button, Flex, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useIngressT } from '../ingresses/useIngressT';
import { checkRule } from './formRule';
import { duplicatePortOf, k8sNameError, nodePortError, PORT_PROTOCOLS, portError, requiredError, SERVICE_TYPES, targetPortError, type ServiceValues } from './rules';

const GRID = '1.2fr 100px 120px 1fr 130px 32px';

/** CreateService / ModifyService: type, k8s name and headless are fixed after creation. */
export function ServiceForm(props: {
  mode: 'create' | 'edit';
  initial?: ServiceValues;
  busy?: boolean;
  before?: React.ReactNode;
  onSubmit: (v: ServiceValues) => void;
  onCancel?: () => void;
}) {
  const ti = useIngressT();
  const [form] = Form.useForm<ServiceValues>();
  const type = Form.useWatch('ServiceType', form) ?? props.initial?.ServiceType;
  const create = props.mode === 'create';
  return (
    <Form<ServiceValues> form={form} layout="vertical" initialValues={{ PortMappings: [], ...props.initial }} onFinish={props.onSubmit} style={{ maxWidth: 900 }}>
      {props.before}
      <Flex gap={16} wrap>
        <Form.Item name="Name" label={ti('common.name')} required rules={[checkRule(ti, requiredError)]} style={{ width: 260 }}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="K8sServiceId" label={ti('ali.k8sName')} required rules={create ? [checkRule(ti, k8sNameError)] : []} extra={create ? ti('ali.k8sNameHelp') : undefined} style={{ width: 300 }}>
          <Input disabled={!create} autoComplete="off" maxLength={63} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="ServiceType" label={ti('ali.serviceType')} required rules={create ? [checkRule(ti, requiredError)] : []} style={{ width: 260 }}>
          <Select disabled={!create} options={SERVICE_TYPES.map((s) => ({ value: s, label: ti(`ali.type.${s}`) }))} />
        </Form.Item>
        {type === 'ClusterIP' && (
          <Form.Item name="Headless" label={ti('ali.headless')} valuePropName="checked" extra={ti('ali.headlessHelp')}>
            <Switch disabled={!create} />
          </Form.Item>
        )}
      </Flex>
      <Typography.Title level={2} style={{ fontSize: 15, marginTop: 0 }}>
        {ti('ali.portMappings')}
      </Typography.Title>
      <Form.List name="PortMappings" rules={[{ validator: (_, v: unknown[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error(ti('ali.rule.portsRequired')))) }]}>
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical>
            {fields.length > 0 && (
              <div style={{ display: 'grid', gridTemplateColumns: GRID, gap: 8 }}>
                {(['ali.portName', 'ali.protocol', 'ali.port', 'ali.targetPort', 'ali.nodePort'] as const).map((k) => (
                  <Typography.Text key={k} type="secondary">
                    {ti(k)}
                  </Typography.Text>
                ))}
              </div>
            )}
            {fields.map((field, index) => {
              const n = index + 1;
              const dup = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
                validator: () => {
                  const d = duplicatePortOf((getFieldValue('PortMappings') as ServiceValues['PortMappings']) ?? [], index);
                  return d ? Promise.reject(new Error(ti('rule.duplicate', { n: d }))) : Promise.resolve();
                },
              });
              return (
                <div key={field.key} style={{ display: 'grid', gridTemplateColumns: GRID, gap: 8 }}>
                  <Form.Item name={[field.name, 'Name']} rules={[checkRule(ti, k8sNameError), dup]}>
                    <Input aria-label={`${ti('ali.portName')} ${n}`} autoComplete="off" placeholder="http" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'Protocol']} rules={[checkRule(ti, requiredError)]}>
                    <Select aria-label={`${ti('ali.protocol')} ${n}`} options={PORT_PROTOCOLS.map((p) => ({ value: p, label: p }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'Port']} rules={[checkRule(ti, portError), dup]} dependencies={[['PortMappings', field.name, 'Protocol']]}>
                    <InputNumber aria-label={`${ti('ali.port')} ${n}`} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'TargetPort']} rules={[checkRule(ti, targetPortError)]}>
                    <Input aria-label={`${ti('ali.targetPort')} ${n}`} autoComplete="off" placeholder="8080" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'NodePort']} rules={[checkRule(ti, (v) => nodePortError(type, v))]} dependencies={['ServiceType']}>
                    <InputNumber aria-label={`${ti('ali.nodePort')} ${n}`} disabled={type !== 'NodePort'} placeholder={type === 'NodePort' ? '30000–32767' : ''} style={{ width: '100%' }} />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} aria-label={`${ti('common.remove')} ${n}`} onClick={() => remove(field.name)} />
                </div>
              );
            })}
            <Form.ErrorList errors={errors} />
            <div>
              <Button icon={<PlusOutlined />} onClick={() => add({ Protocol: 'TCP' })} style={{ marginTop: 8 }}>
                {ti('ali.addPort')}
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
