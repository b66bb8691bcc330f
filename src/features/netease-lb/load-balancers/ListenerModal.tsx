import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Modal, Radio, Select, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { COOKIE_MODES, LISTENER_PROTOCOLS } from '../../../providers/netease/operations/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { links } from '../../shared/links';
import { useNeteaseChange, type Target } from '../../netease/shared/useNeteaseChange';
import { lbKeys } from '../shared/keys';
import { useCertificates } from '../shared/queries';
import { listenerIssues, toCluster, type ListenerForm, type Protocol, type RuleForm } from '../shared/rules';
import type { Listener, SpaceService } from '../shared/types';
import { useLbT } from '../useLbT';

export interface LbTarget extends Target {
  accountName: string;
  namespace: string;
  name: string;
  /** The space's id (9.2), for links to its services. */
  spaceId?: number;
}

const emptyRule: RuleForm = { serverName: '', path: '/', sticky: false, mode: 'insert', expire: 30 };

/** A listener's rules as the form holds them. */
export const ruleForms = (listener: Listener): RuleForm[] =>
  listener.clusters.map((c) => ({
    serverName: c.serverName === '*' ? '' : c.serverName,
    path: c.path,
    serviceName: c.serviceName,
    servicePort: c.servicePort,
    certId: c.certId,
    sticky: !!c.policy,
    mode: c.policy?.mode ?? 'insert',
    expire: c.policy?.expire ?? 30,
    cookieName: c.policy?.cookieName,
  }));

/**
 * 6.6 add one listener (name, protocol, port, rules) or 6.8 replace the rules of `editing`
 * (a full replacement: every rule is sent). Every limit of the document beside its field.
 */
export function ListenerModal({ open, lb, editing, services, onClose, onDone }: { open: boolean; lb: LbTarget; editing?: Listener; services: readonly SpaceService[]; onClose: () => void; onDone: (name: string) => void }) {
  const t = useLbT();
  const [form] = Form.useForm<ListenerForm>();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const protocol = (Form.useWatch('protocol', form) ?? editing?.protocol ?? 'http') as Protocol;
  const rules = (Form.useWatch('clusters', form) ?? []) as RuleForm[];
  const certs = useCertificates(lb.accountId, lb.region);
  const ids = { lb_name: lb.name, namespace: lb.namespace };
  const create = useNeteaseChange(
    (api, v: Target & { form: ListenerForm }) =>
      api.call('createListener', { ...ids, name: v.form.name!.trim(), protocol: v.form.protocol!, listenPort: v.form.listenPort!, clusters: (v.form.clusters ?? []).map((r) => toCluster(r, v.form.protocol)) }),
    lbKeys.loadBalancers,
  );
  const update = useNeteaseChange(
    (api, v: Target & { form: ListenerForm }) => api.call('updateListener', { ...ids, listener_name: editing!.name, clusters: (v.form.clusters ?? []).map((r) => toCluster(r, editing!.protocol)) }),
    lbKeys.loadBalancers,
  );
  const change = editing ? update : create;

  const close = () => {
    create.reset();
    update.reset();
    setRefused(new Set());
    onClose();
  };

  const submit = async () => {
    const values = form.getFieldsValue(true) as ListenerForm;
    const v: ListenerForm = editing ? { ...values, name: editing.name, protocol: editing.protocol, listenPort: editing.listenPort } : values;
    const bad = listenerIssues(v, ids, editing ? 'update' : 'create');
    setRefused(bad);
    if (bad.size > 0) return;
    const ok = await change.mutateAsync({ accountId: lb.accountId, region: lb.region, form: v }).then(() => true, () => false);
    if (ok) {
      close();
      onDone(v.name!.trim());
    }
  };

  const err = (path: string, rule: string, help?: string) => ({
    validateStatus: refused.has(path) ? ('error' as const) : undefined,
    help: refused.has(path) ? rule : help,
  });
  const portsOf = (serviceName: string | undefined) => services.find((s) => s.service_name === serviceName)?.port_maps.map((p) => p.dest_port) ?? [];
  const serviceLink = (serviceName: string | undefined) => {
    const s = services.find((x) => x.service_name === serviceName);
    return s && lb.spaceId !== undefined ? links.neteaseService(lb.accountId, lb.spaceId, s.id) : undefined;
  };

  return (
    <Modal
      open={open}
      title={editing ? t('listener.editTitle', { name: editing.name }) : t('listener.addTitle', { name: lb.name })}
      okText={editing ? t('common.save') : t('listener.add')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: change.isPending }}
      onCancel={close}
      destroyOnHidden
      width={760}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={editing ? { clusters: ruleForms(editing) } : { name: '', protocol: 'http', listenPort: 80, clusters: [{ ...emptyRule }] }}
      >
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={editing ? t('listener.editHint') : t('listener.oneAtATime')} />
        {editing ? (
          <Typography.Paragraph>
            <Typography.Text strong>{editing.name}</Typography.Text> · {editing.protocol.toUpperCase()} · {editing.listenPort}
          </Typography.Paragraph>
        ) : (
          <Flex gap={12} wrap>
            <Form.Item name="name" label={t('listener.name')} required style={{ flex: '1 1 260px' }} {...err('name', t('listener.nameRule'), t('listener.nameRule'))}>
              <Input aria-label={t('listener.name')} maxLength={40} autoComplete="off" />
            </Form.Item>
            <Form.Item name="protocol" label={t('listener.protocol')} required>
              <Radio.Group
                aria-label={t('listener.protocol')}
                optionType="button"
                options={LISTENER_PROTOCOLS.map((p) => ({ value: p, label: p.toUpperCase() }))}
                onChange={(e) => {
                  const port = form.getFieldValue('listenPort');
                  if (port === 80 || port === 443) form.setFieldValue('listenPort', e.target.value === 'https' ? 443 : 80);
                }}
              />
            </Form.Item>
            <Form.Item name="listenPort" label={t('listener.port')} required {...err('listenPort', t(`listener.portRule.${protocol}`), t(`listener.portRule.${protocol}`))}>
              <InputNumber aria-label={t('listener.port')} style={{ width: 130 }} />
            </Form.Item>
          </Flex>
        )}
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('listener.rules')}
        </Typography.Title>
        <Form.List name="clusters">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((f, i) => {
                const rule = rules[i] ?? {};
                const p = (name: string) => `clusters.${i}.${name}`;
                const link = serviceLink(rule.serviceName);
                return (
                  <Card
                    key={f.key}
                    size="small"
                    data-testid={`rule-${i}`}
                    title={`#${i + 1}`}
                    extra={<Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('rule.remove')} ${i + 1}`} onClick={() => remove(f.name)} />}
                  >
                    <Flex gap={8} wrap>
                      <Form.Item name={[f.name, 'serverName']} label={t('rule.serverName')} style={{ flex: '1 1 180px' }} {...err(p('serverName'), t('rule.serverNameHelp'), t('rule.serverNameHelp'))}>
                        <Input aria-label={`${t('rule.serverName')} ${i + 1}`} placeholder="*" autoComplete="off" />
                      </Form.Item>
                      <Form.Item name={[f.name, 'path']} label={t('rule.path')} style={{ flex: '1 1 140px' }} {...err(p('path'), t('rule.pathRule'), t('rule.pathHelp'))}>
                        <Input aria-label={`${t('rule.path')} ${i + 1}`} placeholder="/" autoComplete="off" />
                      </Form.Item>
                    </Flex>
                    <Flex gap={8} wrap>
                      <Form.Item
                        name={[f.name, 'serviceName']}
                        label={
                          <Flex gap={6}>
                            {t('rule.service')}
                            {link ? <Link to={link}>{t('lb.open')}</Link> : null}
                          </Flex>
                        }
                        required
                        style={{ flex: '1 1 220px' }}
                        {...err(p('serviceName'), t('rule.serviceRule'))}
                      >
                        <Select
                          aria-label={`${t('rule.service')} ${i + 1}`}
                          showSearch
                          options={services.map((s) => ({ value: s.service_name, label: `${s.service_name} (${s.port_maps.map((m) => m.dest_port).join(', ') || '—'})` }))}
                          onChange={(name: string) => {
                            const ports = portsOf(name);
                            if (ports.length > 0) form.setFieldValue(['clusters', f.name, 'servicePort'], ports[0]);
                          }}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'servicePort']} label={t('rule.servicePort')} required {...err(p('servicePort'), t('rule.servicePortRule'))}>
                        <InputNumber aria-label={`${t('rule.servicePort')} ${i + 1}`} style={{ width: 120 }} />
                      </Form.Item>
                      {protocol === 'https' ? (
                        <Form.Item
                          name={[f.name, 'certId']}
                          label={t('rule.cert')}
                          required
                          style={{ flex: '1 1 220px' }}
                          {...err(p('certId'), t('rule.certRule'), certs.data && certs.data.length === 0 ? t('rule.certNone') : undefined)}
                        >
                          <Select
                            aria-label={`${t('rule.cert')} ${i + 1}`}
                            loading={certs.isLoading}
                            showSearch
                            optionFilterProp="label"
                            options={(certs.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                          />
                        </Form.Item>
                      ) : null}
                    </Flex>
                    <Flex gap={8} wrap align="start">
                      <Form.Item name={[f.name, 'sticky']} label={t('rule.sticky')} valuePropName="checked">
                        <Switch aria-label={`${t('rule.sticky')} ${i + 1}`} />
                      </Form.Item>
                      {rule.sticky ? (
                        <>
                          <Form.Item name={[f.name, 'mode']} label={t('rule.mode')}>
                            <Radio.Group aria-label={`${t('rule.mode')} ${i + 1}`} options={COOKIE_MODES.map((m) => ({ value: m, label: t(`rule.mode.${m}`) }))} />
                          </Form.Item>
                          {rule.mode === 'rewrite' ? (
                            <Form.Item name={[f.name, 'cookieName']} label={t('rule.cookieName')} required {...err(p('cookieName'), t('rule.cookieNameRule'))}>
                              <Input aria-label={`${t('rule.cookieName')} ${i + 1}`} autoComplete="off" />
                            </Form.Item>
                          ) : (
                            <Form.Item name={[f.name, 'expire']} label={t('rule.expire')} {...err(p('expire'), t('rule.expireRule'), t('rule.expireRule'))}>
                              <InputNumber aria-label={`${t('rule.expire')} ${i + 1}`} style={{ width: 140 }} />
                            </Form.Item>
                          )}
                        </>
                      ) : null}
                    </Flex>
                  </Card>
                );
              })}
              <Button icon={<PlusOutlined />} onClick={() => add({ ...emptyRule })}>
                {t('rule.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
      {change.error ? (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={change.error} scope={{ account: lb.accountName }} />
        </div>
      ) : null}
    </Modal>
  );
}
