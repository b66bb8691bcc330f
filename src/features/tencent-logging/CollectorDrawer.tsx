import { useEffect, useState } from 'react';
import { Button, Drawer, Flex, Form, Input, InputNumber, Radio, Select, Spin, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { nameTaken, useCollector, useCollectorChange, useNamespaces, useServices, type ClusterScope, type CreateParams, type UpdateParams } from './api';
import { collectorParams, formFromCollector, INPUT_TYPES, OUTPUT_FIELDS, OUTPUT_TYPES, validateCollector, type CollectorForm, type Refusal } from './rules';
import { useLogT } from './useLogT';

const NEW: CollectorForm = { inputType: 'container-log', allNamespaces: true, namespaces: [], labels: [], outputType: 'kafka' };

/**
 * Create (CheckIfLogCollectorName, then CreateLogCollector) or edit (GetLogCollector, then
 * UpdateLogCollector) one rule. Every refusal shows beside its field before any call is made.
 */
export function CollectorDrawer({ scope, accountName, editing, open, onClose, onSaved }: { scope: ClusterScope; accountName?: string; editing?: string; open: boolean; onClose: () => void; onSaved: (name: string) => void }) {
  const t = useLogT();
  const mode = editing ? 'update' : 'create';
  const [form] = Form.useForm<CollectorForm>();
  const current = useCollector(scope, open ? editing : undefined);
  const namespaces = useNamespaces(scope, open);
  const services = useServices(scope, open);
  const [refused, setRefused] = useState<Record<string, Refusal>>({});
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>();
  const save = useCollectorChange(scope, (api, p: Record<string, unknown>, r) => (mode === 'create' ? api.CreateLogCollector(p as unknown as CreateParams, r) : api.UpdateLogCollector(p as unknown as UpdateParams, r)));
  const inputType = Form.useWatch('inputType', form);
  const outputType = Form.useWatch('outputType', form);
  const allNamespaces = Form.useWatch('allNamespaces', form);
  const chosen = Form.useWatch('namespaces', form) as CollectorForm['namespaces'];

  useEffect(() => {
    if (!open) return;
    setRefused({});
    setCheckError(undefined);
    save.reset();
    if (!editing) form.setFieldsValue({ ...NEW, name: '', path: '', host: '', port: undefined, topic: '', instanceId: '', topicId: '', logsetId: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, editing]);
  useEffect(() => {
    if (open && editing && current.data) form.setFieldsValue(formFromCollector(current.data as Record<string, unknown>));
  }, [open, editing, current.data, form]);

  const err = (path: string, hint?: string) => (refused[path] ? { validateStatus: 'error' as const, help: t(`rule.${refused[path]}`) } : hint ? { help: hint } : {});

  /** CheckIfLogCollectorName: true when taken. */
  const checkName = async (name: string) => {
    setChecking(true);
    try {
      const taken = await nameTaken(scope, name);
      setCheckError(undefined);
      return taken;
    } catch (e) {
      setCheckError(e);
      return undefined;
    } finally {
      setChecking(false);
    }
  };

  const submit = async () => {
    const values = form.getFieldsValue(true) as CollectorForm;
    const bad = validateCollector(values, mode);
    if (Object.keys(bad).length === 0 && mode === 'create') {
      const taken = await checkName((values.name ?? '').trim());
      if (taken === undefined) return;
      if (taken) bad.name = 'taken';
    }
    setRefused(bad);
    if (Object.keys(bad).length) return;
    const params = collectorParams(values, scope.clusterId, mode);
    if (await save.mutateAsync(params).then(() => true, () => false)) onSaved(String(params.name));
  };

  const servicesOf = (ns: string | undefined) => (services.data ?? []).filter((s) => s.namespace === ns).map((s) => ({ value: s.name, label: s.name }));
  const errorScope = { account: accountName, region: scope.region };

  return (
    <Drawer
      open={open}
      size="large"
      title={editing ? t('form.editTitle', { name: editing }) : t('form.createTitle')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Flex gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending || checking} onClick={submit} data-testid="collector-save">
            {editing ? t('form.save') : t('form.create')}
          </Button>
        </Flex>
      }
    >
      {editing && current.error ? <ErrorAlert error={current.error} scope={errorScope} onRetry={() => void current.refetch()} /> : null}
      <Spin spinning={!!editing && current.isLoading}>
        <Form form={form} layout="vertical" size="small" initialValues={NEW} onFinish={submit}>
          <Form.Item name="name" label={t('field.name')} required {...err('name', mode === 'create' ? t('form.nameHelp') : undefined)}>
            <Input
              aria-label={t('field.name')}
              autoComplete="off"
              disabled={mode === 'update'}
              autoFocus
              onBlur={async (e) => {
                const name = e.target.value.trim();
                if (mode !== 'create' || !name || validateCollector({ ...NEW, name, outputType: undefined }, 'create').name) return;
                const taken = await checkName(name);
                setRefused((r) => {
                  const next = { ...r };
                  if (taken) next.name = 'taken';
                  else if (next.name === 'taken') delete next.name;
                  return next;
                });
              }}
            />
          </Form.Item>
          {checkError ? <ErrorAlert error={checkError} scope={errorScope} /> : null}
          {mode === 'update' ? (
            <Form.Item name="description" label={t('field.description')}>
              <Input.TextArea aria-label={t('field.description')} autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
          ) : null}

          <Typography.Title level={5}>{t('form.input')}</Typography.Title>
          <Form.Item name="inputType" label={t('field.inputType')} required {...err('inputType')}>
            <Radio.Group optionType="button" options={INPUT_TYPES.map((v) => ({ value: v, label: t(`input.${v}`) }))} />
          </Form.Item>
          {inputType === 'host-log' ? (
            <>
              <Form.Item name="path" label={t('field.path')} required {...err('path', t('form.pathHelp'))}>
                <Input aria-label={t('field.path')} autoComplete="off" placeholder="/var/log/*.log" />
              </Form.Item>
              <Form.Item label={t('field.labels')} help={t('form.labelsHelp')}>
                <Form.List name="labels">
                  {(fields, { add, remove }) => (
                    <Flex vertical gap={4}>
                      {fields.map((f) => (
                        <Flex key={f.key} gap={8} align="start">
                          <Form.Item name={[f.name, 'key']} style={{ flex: 1, marginBottom: 0 }} {...err(`labels.${f.name}.key`)}>
                            <Input aria-label={t('field.labelKey')} placeholder={t('field.labelKey')} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'value']} style={{ flex: 1, marginBottom: 0 }} {...err(`labels.${f.name}.value`)}>
                            <Input aria-label={t('field.labelValue')} placeholder={t('field.labelValue')} />
                          </Form.Item>
                          <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('form.removeLabel')} onClick={() => remove(f.name)} />
                        </Flex>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ key: '', value: '' })}>
                        {t('form.addLabel')}
                      </Button>
                    </Flex>
                  )}
                </Form.List>
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="allNamespaces" label={t('field.allNamespaces')} valuePropName="checked" required>
                <Switch aria-label={t('field.allNamespaces')} />
              </Form.Item>
              {allNamespaces === false ? (
                <Form.Item label={t('field.namespaces')} required {...err('namespaces')}>
                  <Form.List name="namespaces">
                    {(fields, { add, remove }) => (
                      <Flex vertical gap={8}>
                        {fields.map((f) => {
                          const row = chosen?.[f.name];
                          return (
                            <Flex key={f.key} gap={8} align="start" wrap data-testid="namespace-row">
                              <Form.Item name={[f.name, 'namespace']} style={{ width: 180, marginBottom: 0 }} {...err(`namespaces.${f.name}.namespace`)}>
                                <Select aria-label={t('field.namespace')} placeholder={t('field.namespace')} loading={namespaces.isLoading} options={(namespaces.data ?? []).map((n) => ({ value: n, label: n }))} />
                              </Form.Item>
                              <Form.Item name={[f.name, 'allContainers']} valuePropName="checked" style={{ marginBottom: 0 }}>
                                <Switch aria-label={t('field.allContainers')} checkedChildren={t('form.allServices')} unCheckedChildren={t('form.someServices')} />
                              </Form.Item>
                              {row?.allContainers === false ? (
                                <Form.Item name={[f.name, 'services']} style={{ flex: 1, minWidth: 200, marginBottom: 0 }} {...err(`namespaces.${f.name}.services`)}>
                                  <Select mode="multiple" aria-label={t('field.services')} placeholder={t('field.services')} options={servicesOf(row?.namespace)} loading={services.isLoading} />
                                </Form.Item>
                              ) : null}
                              <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('form.removeNamespace')} onClick={() => remove(f.name)} />
                            </Flex>
                          );
                        })}
                        <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ namespace: undefined, allContainers: true, services: [] })}>
                          {t('form.addNamespace')}
                        </Button>
                      </Flex>
                    )}
                  </Form.List>
                </Form.Item>
              ) : null}
              {namespaces.error ? <ErrorAlert error={namespaces.error} scope={errorScope} /> : null}
            </>
          )}

          <Typography.Title level={5}>{t('form.output')}</Typography.Title>
          <Form.Item name="outputType" label={t('field.outputType')} required {...err('outputType')}>
            <Radio.Group optionType="button" options={OUTPUT_TYPES.map((v) => ({ value: v, label: t(`output.${v}`) }))} />
          </Form.Item>
          {OUTPUT_FIELDS[outputType ?? 'kafka'].map((field) => (
            <Form.Item key={`${outputType}-${field}`} name={field} label={t(`field.${field}`)} required {...err(field)}>
              {field === 'port' ? <InputNumber aria-label={t('field.port')} style={{ width: 160 }} /> : <Input aria-label={t(`field.${field}`)} autoComplete="off" />}
            </Form.Item>
          ))}
        </Form>
      </Spin>
      {save.error ? <ErrorAlert error={save.error} scope={errorScope} /> : null}
    </Drawer>
  );
}
