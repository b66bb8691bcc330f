import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Button, Dropdown, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, MoreOutlined, PauseCircleOutlined, PlayCircleOutlined, RedoOutlined, RollbackOutlined, ColumnHeightOutlined, PictureOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { TencentClient } from '../../../providers/tencent/client';
import { useChange, type ServiceRef } from '../api';
import { recordRevision, TEMPLATE_CHANGES } from '../history';
import { useTsvcT, type TsvcKey } from '../messages';
import { labelKeyRule, parseLabels, replicasRule, type ServiceInfo } from '../rules';
import { ImagePicker } from './ImagePicker';

/** What a change answered: shown on the page until the next change. */
export interface ChangeAnswer {
  operation: string;
  at: number;
  result: unknown;
}

type Dialog = 'scale' | 'image' | 'labels' | 'description' | 'redeploy' | 'rollback' | 'pause' | 'resume' | 'delete' | null;

const base = (r: ServiceRef) => ({ clusterId: r.clusterId, namespace: r.namespace, serviceName: r.serviceName });

/** Every change of one service, each a button and (where it takes input) a small dialog. */
export function ServiceActions({ refData, info, onChanged, dialog, setDialog }: { refData: ServiceRef; info: ServiceInfo | undefined; onChanged: (a: ChangeAnswer) => void; dialog: Dialog; setDialog: (d: Dialog) => void }) {
  const t = useTsvcT();
  const ref = refData;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const scope = { account: ref.accountId, region: ref.region };

  const change = useChange(
    ref.accountId,
    ref.region,
    async (client: TencentClient, v: { op: string; run: (c: TencentClient) => Promise<unknown> }) => {
      const result = await v.run(client);
      if (TEMPLATE_CHANGES.has(v.op)) recordRevision(ref, info, v.op);
      return result;
    },
    (result, v) => {
      message.success(t('act.accepted', { op: v.op }));
      if (v.op === 'DeleteClusterService') {
        message.success(t('deleted', { name: ref.serviceName }));
        navigate(`/tencent/services?account=${encodeURIComponent(ref.accountId)}&region=${encodeURIComponent(ref.region)}&cluster=${encodeURIComponent(ref.clusterId)}&namespace=${encodeURIComponent(ref.namespace)}`);
        return;
      }
      setDialog(null);
      onChanged({ operation: v.op, at: Date.now(), result });
    },
  );
  const run = (op: string, fn: (c: TencentClient) => Promise<unknown>) => change.mutateAsync({ op, run: fn }).catch(() => undefined);
  const open = (d: Dialog) => {
    change.reset();
    setDialog(d);
  };
  const paused = info?.status === 'Paused';
  const name = ref.serviceName;
  const err = change.error ? <ErrorAlert error={change.error} scope={scope} /> : null;

  const confirm = (d: Dialog, title: TsvcKey, body: string, op: string, fn: (c: TencentClient) => Promise<unknown>, danger = false) => (
    <Modal open={dialog === d} title={t(title, { name })} okText={t(`act.${d}` as TsvcKey)} okButtonProps={{ danger, loading: change.isPending }} cancelText={t('common.cancel')} onOk={() => run(op, fn)} onCancel={() => setDialog(null)} destroyOnHidden>
      <Typography.Paragraph>{body}</Typography.Paragraph>
      {err}
    </Modal>
  );

  return (
    <>
      <Flex gap={6} wrap>
        <Button icon={<ColumnHeightOutlined />} onClick={() => open('scale')}>
          {t('act.scale')}
        </Button>
        <Button icon={<PictureOutlined />} onClick={() => open('image')}>
          {t('act.image')}
        </Button>
        <Button icon={<EditOutlined />} onClick={() => navigate(`/tencent/services/${encodeURIComponent(ref.accountId)}/${encodeURIComponent(ref.region || '-')}/${encodeURIComponent(ref.clusterId)}/${encodeURIComponent(ref.namespace)}/${encodeURIComponent(ref.serviceName)}/edit`)}>
          {t('act.modify')}
        </Button>
        <Button icon={<RedoOutlined />} onClick={() => open('redeploy')}>
          {t('act.redeploy')}
        </Button>
        <Button icon={<RollbackOutlined />} onClick={() => open('rollback')}>
          {t('act.rollback')}
        </Button>
        {paused ? (
          <Button icon={<PlayCircleOutlined />} onClick={() => open('resume')}>
            {t('act.resume')}
          </Button>
        ) : (
          <Button icon={<PauseCircleOutlined />} onClick={() => open('pause')}>
            {t('act.pause')}
          </Button>
        )}
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'labels', label: t('act.labels'), onClick: () => open('labels') },
              { key: 'description', label: t('act.description'), onClick: () => open('description') },
            ],
          }}
        >
          <Button icon={<MoreOutlined />}>{t('act.more')}</Button>
        </Dropdown>
        <Button danger icon={<DeleteOutlined />} onClick={() => open('delete')}>
          {t('act.delete')}
        </Button>
      </Flex>

      {dialog === 'scale' && <ScaleDialog info={info} busy={change.isPending} error={err} onCancel={() => setDialog(null)} onOk={(n) => run('ModifyServiceReplicas', (c) => c.ModifyServiceReplicas({ ...base(ref), scaleTo: n }, ref.region))} />}
      {dialog === 'image' && (
        <ImageDialog
          info={info}
          refData={ref}
          busy={change.isPending}
          error={err}
          onCancel={() => setDialog(null)}
          onOk={(images) => {
            const containers = info?.containers ?? [];
            return run('ModifyClusterServiceImage', (c) =>
              c.ModifyClusterServiceImage(
                containers.length === 1
                  ? { ...base(ref), image: images[containers[0].containerName ?? ''] }
                  : { ...base(ref), containers: Object.entries(images).map(([containerName, image]) => ({ containerName, image })) },
                ref.region,
              ),
            );
          }}
        />
      )}
      {dialog === 'labels' && <LabelsDialog info={info} busy={change.isPending} error={err} onCancel={() => setDialog(null)} onOk={(labels) => run('ModifyServiceLabels', (c) => c.ModifyServiceLabels({ ...base(ref), labels }, ref.region))} />}
      {dialog === 'description' && (
        <DescriptionDialog info={info} busy={change.isPending} error={err} onCancel={() => setDialog(null)} onOk={(description) => run('ModifyServiceDescription', (c) => c.ModifyServiceDescription({ ...base(ref), description }, ref.region))} />
      )}
      {confirm('redeploy', 'redeploy.title', t('redeploy.body', { strategy: String(info?.strategy ?? 'RollingUpdate') }), 'RedeployClusterService', (c) => c.RedeployClusterService(base(ref), ref.region))}
      {confirm('rollback', 'rollback.title', t('rollback.body'), 'RollBackClusterService', (c) => c.RollBackClusterService(base(ref), ref.region))}
      {confirm('pause', 'pause.title', t('pause.body'), 'PauseClusterService', (c) => c.PauseClusterService(base(ref), ref.region))}
      {confirm('resume', 'resume.title', t('resume.body'), 'ResumeClusterService', (c) => c.ResumeClusterService(base(ref), ref.region))}
      <DangerConfirm
        open={dialog === 'delete'}
        kind={t('kind.service')}
        name={name}
        onCancel={() => setDialog(null)}
        onConfirm={async () => {
          await run('DeleteClusterService', (c) => c.DeleteClusterService(base(ref), ref.region));
          // A refusal closes the confirmation; the provider's error shows under the buttons.
          setDialog(null);
        }}
      />
      {dialog === null && err}
    </>
  );
}

function ScaleDialog({ info, busy, error, onOk, onCancel }: { info: ServiceInfo | undefined; busy: boolean; error: React.ReactNode; onOk: (n: number) => void; onCancel: () => void }) {
  const t = useTsvcT();
  const [form] = Form.useForm<{ scaleTo: number }>();
  const vols = ((info?.volumes ?? []) as { volumeType?: string }[]).map((v) => ({ volumeType: (v.volumeType ?? 'hostPath') as 'hostPath' }));
  return (
    <Modal open title={t('scale.title', { name: info?.serviceName ?? '' })} okText={t('act.scale')} cancelText={t('common.cancel')} okButtonProps={{ loading: busy }} onOk={() => form.submit()} onCancel={onCancel} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ scaleTo: info?.desiredReplicas ?? 1 }} onFinish={(v) => onOk(v.scaleTo)}>
        <Form.Item
          name="scaleTo"
          label={t('scale.to')}
          extra={t('scale.current', { ready: info?.currentReplicas ?? 0, desired: info?.desiredReplicas ?? 0 })}
          rules={[{ validator: async (_, v: number) => { const e = replicasRule(v, vols); if (e) throw new Error(t(e.key, e.vars)); } }]}
        >
          <InputNumber autoFocus precision={0} aria-label={t('scale.to')} style={{ width: 160 }} />
        </Form.Item>
      </Form>
      {error}
    </Modal>
  );
}

function ImageDialog({ info, refData, busy, error, onOk, onCancel }: { info: ServiceInfo | undefined; refData: ServiceRef; busy: boolean; error: React.ReactNode; onOk: (images: Record<string, string>) => void; onCancel: () => void }) {
  const t = useTsvcT();
  const containers = info?.containers ?? [];
  const [form] = Form.useForm<Record<string, string>>();
  const [picking, setPicking] = useState<string | null>(null);
  const initial = Object.fromEntries(containers.map((k) => [k.containerName ?? '', k.image ?? '']));
  return (
    <Modal open width={640} title={t('image.title', { name: info?.serviceName ?? '' })} okText={t('act.image')} cancelText={t('common.cancel')} okButtonProps={{ loading: busy }} onOk={() => form.submit()} onCancel={onCancel} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('image.help')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => {
          const changed = Object.fromEntries(Object.entries(v).filter(([k, img]) => img.trim() !== initial[k]).map(([k, img]) => [k, img.trim()]));
          if (Object.keys(changed).length === 0) {
            form.setFields([{ name: containers[0]?.containerName ?? '', errors: [t('image.unchanged')] }]);
            return;
          }
          // A single-container service sends `image`: the one value, changed or not.
          onOk(containers.length === 1 ? { [containers[0].containerName ?? '']: v[containers[0].containerName ?? ''].trim() } : changed);
        }}
      >
        {containers.map((k) => (
          <Form.Item key={k.containerName} label={`${t('env.container')} ${k.containerName}`} required>
            <Flex gap={6}>
              <Form.Item name={k.containerName ?? ''} noStyle rules={[{ validator: async (_, v: string) => { if (!v?.trim()) throw new Error(t('rule.required')); } }]}>
                <Input aria-label={`${t('form.image')} ${k.containerName}`} autoComplete="off" />
              </Form.Item>
              <Button onClick={() => setPicking(k.containerName ?? '')}>{t('form.pickImage')}</Button>
            </Flex>
          </Form.Item>
        ))}
      </Form>
      {error}
      <ImagePicker
        open={picking !== null}
        accountId={refData.accountId}
        region={refData.region}
        onClose={() => setPicking(null)}
        onPick={(img) => picking !== null && form.setFieldValue(picking, img)}
      />
    </Modal>
  );
}

function LabelsDialog({ info, busy, error, onOk, onCancel }: { info: ServiceInfo | undefined; busy: boolean; error: React.ReactNode; onOk: (labels: Record<string, string>) => void; onCancel: () => void }) {
  const t = useTsvcT();
  const all = (info?.labels ?? {}) as Record<string, string>;
  const system = Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('qcloud-')));
  const user = Object.entries(all).filter(([k]) => !k.startsWith('qcloud-'));
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal open title={t('labels.title', { name: info?.serviceName ?? '' })} okText={t('common.save')} cancelText={t('common.cancel')} okButtonProps={{ loading: busy }} onOk={() => form.submit()} onCancel={onCancel} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('labels.help')}</Typography.Paragraph>
      <Typography.Paragraph>
        {t('labels.system')}:{' '}
        {Object.entries(system).map(([k, v]) => (
          <code key={k} style={{ marginRight: 8 }}>
            {k}={v}
          </code>
        ))}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ text: user.map(([k, v]) => `${k}=${v}`).join('\n') }} onFinish={(v) => onOk({ ...system, ...parseLabels(v.text ?? '') })}>
        <Form.Item
          name="text"
          label={t('labels.user')}
          rules={[
            {
              validator: async (_, v: string) => {
                for (const k of Object.keys(parseLabels(v ?? ''))) {
                  const e = labelKeyRule(k);
                  if (e) throw new Error(`${k}: ${t(e.key, e.vars)}`);
                }
              },
            },
          ]}
        >
          <Input.TextArea autoFocus rows={5} aria-label={t('labels.user')} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Form>
      {error}
    </Modal>
  );
}

function DescriptionDialog({ info, busy, error, onOk, onCancel }: { info: ServiceInfo | undefined; busy: boolean; error: React.ReactNode; onOk: (d: string) => void; onCancel: () => void }) {
  const t = useTsvcT();
  const [value, setValue] = useState(info?.serviceDesc ?? '');
  return (
    <Modal open title={t('desc.title', { name: info?.serviceName ?? '' })} okText={t('common.save')} cancelText={t('common.cancel')} okButtonProps={{ loading: busy }} onOk={() => onOk(value.trim())} onCancel={onCancel} destroyOnHidden>
      <Input.TextArea autoFocus rows={3} aria-label={t('ov.description')} value={value} onChange={(e) => setValue(e.target.value)} />
      <Typography.Text type="secondary">{t('desc.help')}</Typography.Text>
      {error}
    </Modal>
  );
}
