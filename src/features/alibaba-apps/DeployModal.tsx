import { useState } from 'react';
import { Checkbox, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import type { Scope } from '../../app/accounts/scope';
import { alibabaOperations } from '../../providers/alibaba/operations';
import type { AlibabaParams } from '../../providers/alibaba/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { refusedFields } from '../alibaba/shared/formErrors';
import { present } from '../alibaba/shared/formValues';
import { num, text } from '../alibaba/shared/values';
import type { AppsMessageKey } from './messages';
import { dropProblems, useSeedOnOpen } from './formState';
import { deployProblems, partitionsAdvice, type DeployInput } from './rules';
import { useAppsChange } from './useApps';
import { useAppsT } from './useAppsT';

interface Values extends DeployInput {
  Description?: string;
  ArmsFlag?: boolean;
}

/** 3.1.1 DeployApp: name, batches (TotalPartitions), pause type, code package, description, ARMS. */
export function DeployModal(props: { open: boolean; scope?: Scope; envId?: number; envName: string; replicas?: number; codePath: string; onClose: () => void; onStarted: (orderId: number) => void }) {
  const { open, scope, envId, codePath } = props;
  const t = useAppsT();
  const [form] = Form.useForm<Values>();
  const partitions = Form.useWatch('TotalPartitions', form);
  const [problems, setProblems] = useState<Partial<Record<string, AppsMessageKey>>>({});
  const [refusal, setRefusal] = useState<string>();
  const deploy = useAppsChange(scope, (api, p: AlibabaParams<'DeployApp'>, region) => api.call('DeployApp', p, region));

  useSeedOnOpen(open, true, () => form.setFieldsValue({ Name: `${props.envName}-${new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')}`, TotalPartitions: 2, PauseType: 'first', ArmsFlag: false }));

  const close = () => {
    deploy.reset();
    setProblems({});
    setRefusal(undefined);
    form.resetFields();
    props.onClose();
  };

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    const found: Partial<Record<string, AppsMessageKey>> = { ...deployProblems(v, !!codePath) };
    const params: Record<string, unknown> = {
      ...present({ Name: v.Name, DeployPacketUrl: v.DeployPacketUrl, Description: v.Description }),
      EnvId: envId,
      TotalPartitions: v.TotalPartitions ?? undefined,
      DeployPacketId: v.DeployPacketId ?? undefined,
      PauseType: v.PauseType ?? 'none',
      ArmsFlag: !!v.ArmsFlag,
    };
    for (const field of refusedFields(alibabaOperations.DeployApp.params, params)) if (!found[field]) found[field] = params[field] === undefined ? 'rule.required' : 'rule.schema';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      const r = await deploy.mutateAsync(params as AlibabaParams<'DeployApp'>);
      const id = num(r.Result?.DeployOrderId);
      if (r.Result?.Admitted === false || r.Result?.Admitted === 'false' || id === undefined) {
        setRefusal(t('deploy.notAdmitted', { code: text(r.Result?.BusinessCode) }));
        return;
      }
      deploy.reset();
      form.resetFields();
      props.onStarted(id);
    } catch {
      // Shown below the form.
    }
  };

  const state = (field: string, help?: string) => (problems[field] ? { validateStatus: 'error' as const, help: t(problems[field]!) } : { help });
  const advice = partitionsAdvice(partitions);

  return (
    <Modal open={open} width={640} title={t('deploy.title', { env: props.envName })} okText={t('deploy.submit')} cancelText={t('common.cancel')} onOk={submit} okButtonProps={{ loading: deploy.isPending }} onCancel={close} destroyOnHidden>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {props.replicas !== undefined ? t('deploy.replicas', { count: props.replicas }) : null} {codePath ? t('deploy.codePath', { path: codePath }) : null}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" size="small" onValuesChange={(changed) => setProblems((p) => dropProblems(p, Object.keys(changed)))} onFinish={submit}>
        <Form.Item name="Name" label={t('deploy.name')} required {...state('Name')}>
          <Input autoFocus aria-label={t('deploy.name')} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="TotalPartitions"
          label={t('deploy.partitions')}
          required
          {...(problems.TotalPartitions ? state('TotalPartitions') : advice ? { validateStatus: 'warning' as const, help: t(advice) } : { help: t('deploy.partitionsHelp') })}
        >
          <InputNumber aria-label={t('deploy.partitions')} min={1} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="PauseType" label={t('deploy.pauseType')} {...state('PauseType', t('deploy.pauseHelp'))}>
          <Radio.Group aria-label={t('deploy.pauseType')} options={(['first', 'each', 'none'] as const).map((p) => ({ value: p, label: t(`pause.${p}`) }))} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 12 }}>
          <Form.Item name="DeployPacketUrl" label={t('deploy.packetUrl')} {...state('DeployPacketUrl', t('deploy.packetUrlHelp'))}>
            <Input aria-label={t('deploy.packetUrl')} autoComplete="off" placeholder="https://myoss.oss-cn-zhangjiakou.aliyuncs.com/webDemo.jar" />
          </Form.Item>
          <Form.Item name="DeployPacketId" label={t('deploy.packetId')} {...state('DeployPacketId', t('deploy.packetIdHelp'))}>
            <InputNumber aria-label={t('deploy.packetId')} min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="Description" label={t('deploy.description')}>
          <Input aria-label={t('deploy.description')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="ArmsFlag" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t('deploy.arms')}</Checkbox>
        </Form.Item>
      </Form>
      {refusal ? <Typography.Text type="danger">{refusal}</Typography.Text> : null}
      {deploy.error ? <ErrorAlert error={deploy.error} scope={{ account: props.scope?.account.name, region: props.scope?.region }} /> : null}
    </Modal>
  );
}
