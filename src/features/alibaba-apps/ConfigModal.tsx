import { useState } from 'react';
import { Form, Input, Modal, Radio } from 'antd';
import type { Scope } from '../../app/accounts/scope';
import { alibabaOperations } from '../../providers/alibaba/operations';
import type { AlibabaParams } from '../../providers/alibaba/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { refusedFields } from '../alibaba/shared/formErrors';
import { num, text } from '../alibaba/shared/values';
import type { AppsMessageKey } from './messages';
import { dropProblems, useSeedOnOpen } from './formState';
import { deployConfigProblems, deployConfigYamlParams, type DeployConfigInput } from './rules';
import { useAppsChange, type DeployConfig } from './useApps';
import { useAppsT } from './useAppsT';

/** The code view of a YAML field: monospace, no wrapping, tabs kept visible to the rule. */
export const CODE_STYLE = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12, whiteSpace: 'pre' as const, overflowX: 'auto' as const };

const sampleDeployment = (app: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: main
          image: registry.cn-zhangjiakou.aliyuncs.com/jst/${app}:latest
          ports:
            - containerPort: 8080
`;

/**
 * 1.3.1 CreateDeployConfig / 1.3.4 UpdateDeployConfig: name and environment type (create only),
 * code path, the workload YAML (Deployment or StatefulSet by the app's state type) and the
 * ConfigMap list, each edited as YAML text and sent Base64-encoded as the document defines.
 */
export function ConfigModal(props: { open: boolean; scope?: Scope; appId: number; appTitle: string; stateful: boolean; config?: DeployConfig; onClose: () => void; onDone: (name: string, id?: number) => void }) {
  const { open, scope, appId, stateful, config } = props;
  const t = useAppsT();
  const editing = !!config;
  const [form] = Form.useForm<DeployConfigInput>();
  const [problems, setProblems] = useState<Partial<Record<string, AppsMessageKey>>>({});
  const save = useAppsChange(scope, (api, p: Record<string, unknown>, region) =>
    editing ? api.call('UpdateDeployConfig', p as AlibabaParams<'UpdateDeployConfig'>, region) : api.call('CreateDeployConfig', p as AlibabaParams<'CreateDeployConfig'>, region),
  );

  useSeedOnOpen(open, true, () => {
    if (config) {
      const yaml = config.ContainerYamlConf;
      const maps = Array.isArray(yaml?.ConfigMapList) ? yaml.ConfigMapList.map((m) => String(m).trim()) : [];
      form.setFieldsValue({ Name: text(config.Name), EnvType: text(config.EnvType) as 'test' | 'online', CodePath: text(config.ContainerCodePath?.CodePath), Workload: text(stateful ? yaml?.StatefulSet : yaml?.Deployment), ConfigMaps: maps.join('\n---\n') });
    } else form.setFieldsValue({ Name: `${props.appTitle}-test`, EnvType: 'test', CodePath: '', Workload: stateful ? sampleDeployment(props.appTitle).replace('kind: Deployment', 'kind: StatefulSet') : sampleDeployment(props.appTitle), ConfigMaps: '' });
  });

  const close = () => {
    save.reset();
    setProblems({});
    form.resetFields();
    props.onClose();
  };

  const submit = async () => {
    const v = form.getFieldsValue(true) as DeployConfigInput;
    const found: Partial<Record<string, AppsMessageKey>> = { ...deployConfigProblems(v, stateful, editing) };
    const yaml = deployConfigYamlParams(v, stateful);
    const params: Record<string, unknown> = editing
      ? { AppId: appId, Id: num(config.Id), CodePath: (v.CodePath ?? '').trim(), ...yaml, ConfigMapList: yaml.ConfigMapList ?? [] }
      : { AppId: appId, Name: v.Name?.trim() || undefined, EnvType: v.EnvType, ...(v.CodePath?.trim() ? { CodePath: v.CodePath.trim() } : {}), ...yaml };
    // An empty list cannot travel as ConfigMapList.N: leave it out (the stored list is then kept).
    if (Array.isArray(params.ConfigMapList) && params.ConfigMapList.length === 0) delete params.ConfigMapList;
    const schema = editing ? alibabaOperations.UpdateDeployConfig.params : alibabaOperations.CreateDeployConfig.params;
    for (const field of refusedFields(schema, params)) if (!found[field]) found[field] = params[field] === undefined ? 'rule.required' : 'rule.schema';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      const r = await save.mutateAsync(params);
      const id = num((r as { Result?: { SchemaId?: unknown } }).Result?.SchemaId);
      save.reset();
      props.onDone(editing ? text(config.Name) : String(params.Name), id);
    } catch {
      // Shown below the form.
    }
  };

  const state = (field: string, help?: string) => (problems[field] ? { validateStatus: 'error' as const, help: t(problems[field]!) } : { help });
  const workloadLabel = stateful ? t('config.workloadStatefulSet') : t('config.workloadDeployment');

  return (
    <Modal
      open={open}
      width={820}
      title={editing ? t('config.editTitle', { name: text(config.Name) }) : t('config.createTitle', { app: props.appTitle })}
      okText={editing ? t('common.save') : t('config.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: save.isPending }}
      onCancel={close}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small" onValuesChange={(changed) => setProblems((p) => dropProblems(p, Object.keys(changed)))}>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <Form.Item name="Name" label={t('common.name')} required={!editing} {...state('Name')}>
            <Input aria-label={t('common.name')} autoComplete="off" disabled={editing} />
          </Form.Item>
          <Form.Item name="EnvType" label={t('config.envType')} required={!editing} {...state('EnvType')}>
            <Radio.Group disabled={editing} aria-label={t('config.envType')} options={(['test', 'online'] as const).map((k) => ({ value: k, label: t(`env.type.${k}`) }))} />
          </Form.Item>
        </div>
        <Form.Item name="CodePath" label={t('config.codePath')} {...state('CodePath', t('config.codePathHelp'))}>
          <Input aria-label={t('config.codePath')} autoComplete="off" placeholder="/home/admin/app" style={CODE_STYLE} />
        </Form.Item>
        <Form.Item name="Workload" label={workloadLabel} {...state('Workload', t('config.workloadHelp'))}>
          <Input.TextArea aria-label={workloadLabel} rows={12} spellCheck={false} style={CODE_STYLE} />
        </Form.Item>
        <Form.Item name="ConfigMaps" label={t('config.configMaps')} {...state('ConfigMaps', t('config.configMapsHelp'))}>
          <Input.TextArea aria-label={t('config.configMaps')} rows={6} spellCheck={false} style={CODE_STYLE} placeholder={'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  LOG_LEVEL: info'} />
        </Form.Item>
      </Form>
      {save.error ? <ErrorAlert error={save.error} scope={{ account: scope?.account.name, region: scope?.region }} /> : null}
    </Modal>
  );
}
