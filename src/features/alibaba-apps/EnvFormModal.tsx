import { useEffect, useMemo, useState } from 'react';
import { Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Scope } from '../../app/accounts/scope';
import { alibabaOperations } from '../../providers/alibaba/operations';
import type { AlibabaParams } from '../../providers/alibaba/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { refusedFields } from '../alibaba/shared/formErrors';
import { num, text } from '../alibaba/shared/values';
import type { AppsMessageKey } from './messages';
import { dropProblems, useSeedOnOpen } from './formState';
import { createEnvType, envProblems, type EnvInput, type EnvKind } from './rules';
import { useAppsChange, type DeployConfig, type Env, type EnvDetail } from './useApps';
import { useAppsT } from './useAppsT';

/**
 * 1.2.1 CreateEnvironment (name, type 0 test / 1 production, deploy configuration, region,
 * replicas — all required) or 1.2.2 UpdateEnvironment (name, configuration, replicas).
 */
export function EnvFormModal(props: {
  open: boolean;
  scope?: Scope;
  appId: number;
  appTitle: string;
  env?: Env;
  envDetail?: EnvDetail;
  envs: readonly Env[];
  configs: readonly DeployConfig[];
  onClose: () => void;
  onDone: (name: string, envId?: number) => void;
}) {
  const { open, scope, appId, env, envDetail, envs, configs } = props;
  const t = useAppsT();
  const editing = !!env;
  const [form] = Form.useForm<EnvInput>();
  const kind = Form.useWatch('kind', form) as EnvKind | undefined;
  const [problems, setProblems] = useState<Partial<Record<string, AppsMessageKey>>>({});
  const save = useAppsChange(scope, (api, p: Record<string, unknown>, region) =>
    editing ? api.call('UpdateEnvironment', p as AlibabaParams<'UpdateEnvironment'>, region) : api.call('CreateEnvironment', p as AlibabaParams<'CreateEnvironment'>, region),
  );
  const envKind: EnvKind | undefined = editing ? (Number(env.EnvType) === 2 ? 'online' : 'test') : kind;
  const usable = useMemo(() => configs.filter((c) => !envKind || text(c.EnvType) === envKind), [configs, envKind]);

  useSeedOnOpen(open, !env || envDetail !== undefined, () => {
    if (env) form.setFieldsValue({ EnvName: text(env.EnvName), AppSchemaId: num(env.AppSchemaId), Region: text(env.Region), Replicas: num(envDetail?.Replicas) ?? null, kind: Number(env.EnvType) === 2 ? 'online' : 'test' });
    else form.setFieldsValue({ kind: 'test', Region: scope?.region || 'cn-zhangjiakou', Replicas: 2, EnvName: '', AppSchemaId: undefined });
  });

  // A configuration of the other type does not fit: clear it when the type changes.
  useEffect(() => {
    const chosen = form.getFieldValue('AppSchemaId') as number | undefined;
    if (!editing && chosen !== undefined && !usable.some((c) => num(c.Id) === chosen)) form.setFieldValue('AppSchemaId', undefined);
  }, [kind, editing, usable, form]);

  const close = () => {
    save.reset();
    setProblems({});
    form.resetFields();
    props.onClose();
  };

  const submit = async () => {
    const v = form.getFieldsValue(true) as EnvInput;
    const others = envs.filter((e) => e !== env).map((e) => text(e.EnvName));
    const found: Partial<Record<string, AppsMessageKey>> = { ...envProblems(v, others, editing) };
    const params: Record<string, unknown> = editing
      ? { AppId: appId, AppEnvId: num(env.EnvId), EnvName: v.EnvName?.trim(), AppSchemaId: v.AppSchemaId, Replicas: v.Replicas ?? undefined }
      : { AppId: appId, EnvName: v.EnvName?.trim(), EnvType: v.kind ? createEnvType(v.kind) : undefined, AppSchemaId: v.AppSchemaId, Region: v.Region?.trim(), Replicas: v.Replicas ?? undefined };
    const schema = editing ? alibabaOperations.UpdateEnvironment.params : alibabaOperations.CreateEnvironment.params;
    for (const field of refusedFields(schema, params)) {
      const key = field === 'EnvType' ? 'kind' : field;
      if (!found[key]) found[key] = params[field] === undefined ? 'rule.required' : 'rule.schema';
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      const r = await save.mutateAsync(params);
      const id = num((r as { Result?: { AppEnvId?: unknown } }).Result?.AppEnvId);
      save.reset();
      props.onDone(String(params.EnvName), id);
    } catch {
      // Shown below the form.
    }
  };

  const state = (field: string, help?: string) => (problems[field] ? { validateStatus: 'error' as const, help: t(problems[field]!) } : { help });

  return (
    <Modal
      open={open}
      title={editing ? t('env.editTitle', { name: text(env.EnvName) }) : t('env.createTitle', { app: props.appTitle })}
      okText={editing ? t('common.save') : t('env.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: save.isPending }}
      onCancel={close}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small" onValuesChange={(changed) => setProblems((p) => dropProblems(p, Object.keys(changed)))} onFinish={submit}>
        <Form.Item name="EnvName" label={t('env.name')} required {...state('EnvName')}>
          <Input autoFocus aria-label={t('env.name')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={t('env.type')} required {...state('kind')}>
          <Radio.Group disabled={editing} aria-label={t('env.type')} options={(['test', 'online'] as const).map((k) => ({ value: k, label: t(`env.type.${k}`) }))} />
        </Form.Item>
        <Form.Item name="AppSchemaId" label={t('env.config')} required {...state('AppSchemaId', usable.length ? t('env.configHelp') : t('env.noConfig'))}>
          <Select aria-label={t('env.config')} options={usable.map((c) => ({ value: num(c.Id), label: `${text(c.Name)} (${text(c.Id)})` }))} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <Form.Item name="Region" label={t('env.region')} required {...state('Region')}>
            <Input aria-label={t('env.region')} autoComplete="off" disabled={editing} />
          </Form.Item>
          <Form.Item name="Replicas" label={t('env.replicas')} required={!editing} {...state('Replicas', t('env.replicasHelp'))}>
            <InputNumber aria-label={t('env.replicas')} min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
      </Form>
      {save.error ? <ErrorAlert error={save.error} scope={{ account: scope?.account.name, region: scope?.region }} /> : null}
    </Modal>
  );
}
