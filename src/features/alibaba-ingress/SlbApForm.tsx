import { AutoComplete, Button, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useIngressT } from '../ingresses/useIngressT';
import { checkRule } from './formRule';
import { certError, cookieError, isHttp, portError, PROTOCOLS, requiredError, timeoutError, type SlbApValues } from './rules';

/**
 * CreateSlbAP / ModifySlbAP. The protocol decides which options show: TCP its idle timeout,
 * HTTP/HTTPS session persistence, HTTPS the certificate. Modify keeps SLB, listener port and protocol.
 */
export function SlbApForm(props: {
  mode: 'create' | 'edit';
  initial?: SlbApValues;
  slbOptions?: { value: string; label: string }[];
  busy?: boolean;
  before?: React.ReactNode;
  onSubmit: (v: SlbApValues) => void;
  onCancel?: () => void;
}) {
  const ti = useIngressT();
  const [form] = Form.useForm<SlbApValues>();
  const protocol = Form.useWatch('Protocol', form) ?? props.initial?.Protocol;
  const sticky = Form.useWatch('StickySession', form) ?? props.initial?.StickySession;
  const create = props.mode === 'create';
  return (
    <Form<SlbApValues> form={form} layout="vertical" initialValues={props.initial} onFinish={props.onSubmit} style={{ maxWidth: 900 }}>
      {props.before}
      <Flex gap={16} wrap>
        <Form.Item name="Name" label={ti('common.name')} required rules={[checkRule(ti, requiredError)]} style={{ width: 280 }}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="SlbId" label={ti('ali.slbId')} required rules={create ? [checkRule(ti, requiredError)] : []} extra={create ? ti('ali.slbIdHelp') : undefined} style={{ width: 360 }}>
          <AutoComplete disabled={!create} options={props.slbOptions} placeholder="lb-…" filterOption={(input, o) => String(o?.value ?? '').includes(input)} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="Protocol" label={ti('ali.protocol')} required rules={create ? [checkRule(ti, requiredError)] : []} extra={create ? ti('ali.protocolHelp') : undefined} style={{ width: 200 }}>
          <Select disabled={!create} options={PROTOCOLS.map((p) => ({ value: p, label: p }))} />
        </Form.Item>
        <Form.Item name="ListenerPort" label={ti('ali.listenerPort')} required rules={create ? [checkRule(ti, portError)] : []} extra={create ? ti('ali.listenerPortHelp') : undefined} style={{ width: 260 }}>
          <InputNumber disabled={!create} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="RealServerPort" label={ti('ali.realServerPort')} required rules={[checkRule(ti, portError)]} extra={ti('ali.realServerPortHelp')} style={{ width: 260 }}>
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        {protocol === 'TCP' && (
          <Form.Item name="EstablishedTimeout" label={ti('ali.establishedTimeout')} rules={[checkRule(ti, timeoutError)]} extra={ti('ali.establishedTimeoutHelp')} style={{ width: 220 }}>
            <InputNumber style={{ width: '100%' }} placeholder="900" />
          </Form.Item>
        )}
        {isHttp(protocol) && (
          <Form.Item name="StickySession" label={ti('ali.stickySession')} valuePropName="checked" style={{ width: 140 }}>
            <Switch />
          </Form.Item>
        )}
        {isHttp(protocol) && sticky && (
          <Form.Item name="CookieTimeout" label={ti('ali.cookieTimeout')} rules={[checkRule(ti, cookieError)]} extra={ti('ali.cookieTimeoutHelp')} style={{ width: 260 }}>
            <InputNumber style={{ width: '100%' }} placeholder="86400" />
          </Form.Item>
        )}
        {protocol === 'HTTPS' && (
          <Form.Item
            name="SslCertId"
            label={ti('ali.sslCertId')}
            required
            extra={ti('ali.sslCertIdHelp')}
            rules={[() => ({ validator: (_, v: string) => (certError('HTTPS', v) ? Promise.reject(new Error(ti('ali.rule.https'))) : Promise.resolve()) })]}
            style={{ width: 300 }}
          >
            <Input autoComplete="off" placeholder="ssl-…" />
          </Form.Item>
        )}
      </Flex>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={props.busy}>
          {create ? ti('common.create') : ti('common.save')}
        </Button>
        {props.onCancel && <Button onClick={props.onCancel}>{ti('common.cancel')}</Button>}
      </Flex>
    </Form>
  );
}
