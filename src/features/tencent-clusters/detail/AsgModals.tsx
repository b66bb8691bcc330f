import { useEffect, useState } from 'react';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Switch, Tag, Typography } from 'antd';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { isMoving, useClusterChange, useNodes, type ClusterRef } from '../api/queries';
import { taskStore } from '../api/tasks';
import type { AsgRow, ClusterRow } from '../api/types';
import { buildScaleDown, formatLabels, NODES_PER_CLUSTER, parseLabels, passwordProblem, rangeProblem, SCALE_DOWN_DEFAULTS, type ScaleDownValues } from '../rules';
import type { ClustersTranslate } from '../messages';
import { useClustersT } from '../useClustersT';

const labelsRule = (t: ClustersTranslate, requireOne = false) => ({
  validator: async (_: unknown, text: string) => {
    const parsed = parseLabels(text ?? '');
    if (parsed.problem) throw new Error(`${t(parsed.problem)}: ${parsed.at}`);
    if (requireOne && Object.keys(parsed.labels).length === 0) throw new Error(t('rule.labelsOne'));
  },
});

const rangeRules = (t: ClustersTranslate) => [
  { required: true, message: t('rule.required') },
  ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: async () => {
      const p = rangeProblem(getFieldValue('minSize') as number, getFieldValue('maxSize') as number);
      if (p) throw new Error(t(p, { max: NODES_PER_CLUSTER }));
    },
  }),
];

interface CreateValues {
  instanceId: string;
  minSize: number;
  maxSize: number;
  autoScalingGroupName?: string;
  launchConfigurationName?: string;
  login: 'random' | 'password' | 'key';
  password?: string;
  keyId?: string;
  labels?: string;
}

/** CreateClusterAsg: the launch configuration is cloned from one of the cluster's nodes. */
export function CreateAsgModal({ open, cluster, clusterRef: ref, onClose }: { open: boolean; cluster: ClusterRow; clusterRef: ClusterRef; onClose: () => void }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const nodes = useNodes(ref, isMoving(cluster), open);
  const login = Form.useWatch('login', form) ?? 'random';
  const change = useClusterChange(ref, (s, v: CreateValues) =>
    s.client.CreateClusterAsg(
      {
        clusterId: ref.clusterId,
        instanceId: v.instanceId,
        minSize: v.minSize,
        maxSize: v.maxSize,
        ...(v.login === 'password' ? { password: v.password } : {}),
        ...(v.login === 'key' ? { keyId: v.keyId?.trim() } : {}),
        ...(v.labels?.trim() ? { label: parseLabels(v.labels).labels } : {}),
        ...(v.autoScalingGroupName?.trim() ? { autoScalingGroupName: v.autoScalingGroupName.trim() } : {}),
        ...(v.launchConfigurationName?.trim() ? { launchConfigurationName: v.launchConfigurationName.trim() } : {}),
      },
      s.region,
    ),
  );
  useEffect(() => {
    if (open) {
      change.reset();
      form.setFieldsValue({ minSize: 0, maxSize: 3, login: 'random' });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <Modal open={open} width={640} title={t('asg.createTitle')} okText={t('common.create')} cancelText={t('common.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={change.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await change.mutateAsync(v).then(
            (r) => {
              taskStore.track(r, { kind: 'createAsg', accountId: ref.accountId, region: ref.region, clusterId: ref.clusterId, detail: v.autoScalingGroupName });
              message.success(t('asg.created'));
              onClose();
            },
            () => undefined,
          );
        }}
      >
        <Form.Item name="instanceId" label={t('asg.cloneFrom')} extra={t('asg.cloneHelp')} rules={[{ required: true, message: t('rule.required') }]}>
          <Select
            loading={nodes.isLoading}
            showSearch
            optionFilterProp="label"
            options={(nodes.data ?? []).map((n) => ({ value: n.instanceId, label: `${n.instanceName ?? ''} · ${n.instanceId} · ${n.instanceType ?? ''} · ${n.lanIp ?? ''}` }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="minSize" label={t('asg.minSize')} dependencies={['maxSize']} rules={rangeRules(t)}>
              <InputNumber min={0} max={NODES_PER_CLUSTER} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="maxSize" label={t('asg.maxSize')} dependencies={['minSize']} rules={rangeRules(t)}>
              <InputNumber min={0} max={NODES_PER_CLUSTER} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="autoScalingGroupName" label={t('asg.groupName')} extra={t('asg.nameHelp')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="launchConfigurationName" label={t('asg.launchConfigName')} extra={t('asg.nameHelp')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="login" label={t('field.login')}>
              <Radio.Group optionType="button" options={(['random', 'password', 'key'] as const).map((v) => ({ value: v, label: t(`login.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            {login === 'password' && (
              <Form.Item name="password" label={t('field.password')} extra={t('help.password')} rules={[{ validator: async (_, v: string) => { const p = passwordProblem(v); if (p) throw new Error(t(p)); } }]}>
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            )}
            {login === 'key' && (
              <Form.Item name="keyId" label={t('field.keyId')} rules={[{ required: true, whitespace: true, message: t('rule.required') }]}>
                <Input />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Form.Item name="labels" label={t('asg.labels')} extra={t('asg.labelsHelp')} rules={[labelsRule(t)]}>
          <Input.TextArea rows={3} spellCheck={false} style={{ fontFamily: 'monospace' }} placeholder="role=worker" />
        </Form.Item>
        {/* Enter in a field submits, as the OK button does. */}
        <button type="submit" style={{ display: 'none' }} aria-hidden tabIndex={-1} />
      </Form>
      {change.error && <ErrorAlert error={change.error} scope={{ account: ref.accountId, region: ref.region }} />}
    </Modal>
  );
}

/** ModifyClusterAsgRange: min/max (and, optionally, labels that replace the group's). */
export function AsgRangeModal({ group, clusterRef: ref, onClose }: { group?: AsgRow; clusterRef: ClusterRef; onClose: () => void }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ minSize: number; maxSize: number; replaceLabels: boolean; labels?: string }>();
  const replace = Form.useWatch('replaceLabels', form);
  const change = useClusterChange(ref, (s, v: { minSize: number; maxSize: number; replaceLabels: boolean; labels?: string }) =>
    s.client.ModifyClusterAsgRange(
      { clusterId: ref.clusterId, autoScalingGroupId: group!.autoScalingGroupId, minSize: v.minSize, maxSize: v.maxSize, ...(v.replaceLabels ? { label: parseLabels(v.labels ?? '').labels } : {}) },
      s.region,
    ),
  );
  useEffect(() => {
    if (group) {
      change.reset();
      form.setFieldsValue({ minSize: group.minSize ?? 0, maxSize: group.maxSize ?? 0, replaceLabels: false, labels: formatLabels(group.label) });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [group]);
  const name = group?.autoScalingGroupName ?? group?.autoScalingGroupId ?? '';
  return (
    <Modal open={!!group} title={t('asg.rangeTitle', { name })} okText={t('common.save')} cancelText={t('common.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={change.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await change.mutateAsync(v).then(
            (r) => {
              taskStore.track(r, { kind: 'asgRange', accountId: ref.accountId, region: ref.region, clusterId: ref.clusterId, detail: `${name} ${v.minSize}–${v.maxSize}` });
              message.success(t('asg.rangeSaved', { name }));
              onClose();
            },
            () => undefined,
          );
        }}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="minSize" label={t('asg.minSize')} dependencies={['maxSize']} rules={rangeRules(t)}>
              <InputNumber min={0} max={NODES_PER_CLUSTER} precision={0} style={{ width: '100%' }} autoFocus />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="maxSize" label={t('asg.maxSize')} dependencies={['minSize']} rules={rangeRules(t)}>
              <InputNumber min={0} max={NODES_PER_CLUSTER} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="replaceLabels" label={t('asg.rangeLabels')} valuePropName="checked" extra={t('asg.rangeLabelsHelp')}>
          <Switch />
        </Form.Item>
        {replace && (
          <Form.Item name="labels" label={t('asg.labels')} rules={[labelsRule(t)]}>
            <Input.TextArea rows={3} spellCheck={false} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        )}
        {/* Enter in a field submits, as the OK button does. */}
        <button type="submit" style={{ display: 'none' }} aria-hidden tabIndex={-1} />
      </Form>
      {change.error && <ErrorAlert error={change.error} scope={{ account: ref.accountId, region: ref.region }} />}
    </Modal>
  );
}

/**
 * Scaling-group labels, in the document's three ways: ModifyClusterAsgLabel merges the given keys,
 * ResetClusterAsgLabel replaces them all, DeleteClusterAsgLabel removes a key (typed confirmation).
 */
export function AsgLabelsModal({ group, clusterRef: ref, onClose }: { group?: AsgRow; clusterRef: ClusterRef; onClose: () => void }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ how: 'merge' | 'reset'; labels: string }>();
  const [deletingKey, setDeletingKey] = useState<string>();
  const how = Form.useWatch('how', form) ?? 'merge';
  const id = group?.autoScalingGroupId ?? '';
  const change = useClusterChange(ref, (s, v: { how: 'merge' | 'reset'; labels: string }) => {
    const label = parseLabels(v.labels).labels;
    return v.how === 'merge'
      ? s.client.ModifyClusterAsgLabel({ clusterId: ref.clusterId, autoScalingGroupId: id, label }, s.region)
      : s.client.ResetClusterAsgLabel({ clusterId: ref.clusterId, autoScalingGroupId: id, label }, s.region);
  });
  const removeKey = useClusterChange(ref, (s, key: string) => s.client.DeleteClusterAsgLabel({ clusterId: ref.clusterId, autoScalingGroupId: id, labelKeys: [key] }, s.region));
  const [current, setCurrent] = useState<Record<string, string>>({});
  useEffect(() => {
    if (group) {
      change.reset();
      removeKey.reset();
      setCurrent(group.label);
      form.setFieldsValue({ how: 'merge', labels: '' });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [group]);
  const name = group?.autoScalingGroupName ?? id;
  const error = change.error ?? removeKey.error;
  return (
    <Modal open={!!group} width={600} title={t('asg.labelsTitle', { name })} okText={t('common.save')} cancelText={t('common.close')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={change.isPending} destroyOnHidden>
      <Typography.Text strong>{t('asg.currentLabels')}</Typography.Text>
      <div style={{ margin: '6px 0 12px' }} data-testid="asg-labels">
        {Object.keys(current).length === 0 && <Typography.Text type="secondary">{t('asg.noLabels')}</Typography.Text>}
        {Object.entries(current).map(([k, v]) => (
          <Tag
            key={k}
            closable
            closeIcon={<span aria-label={`${t('asg.deleteLabel')} ${k}`}>×</span>}
            onClose={(e) => {
              e.preventDefault();
              setDeletingKey(k);
            }}
          >
            {k}={v}
          </Tag>
        ))}
      </div>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await change.mutateAsync(v).then(
            () => {
              message.success(t('labels.saved'));
              onClose();
            },
            () => undefined,
          );
        }}
      >
        <Form.Item name="how" label={t('asg.labelHow')}>
          <Radio.Group
            options={[
              { value: 'merge', label: t('asg.labelMerge') },
              { value: 'reset', label: t('asg.labelReset') },
            ]}
          />
        </Form.Item>
        <Form.Item name="labels" label={t('asg.labels')} extra={how === 'reset' ? t('asg.labelResetHelp') : t('asg.labelMergeHelp')} rules={[labelsRule(t, how === 'merge')]}>
          <Input.TextArea rows={4} spellCheck={false} style={{ fontFamily: 'monospace' }} placeholder="role=worker" />
        </Form.Item>
        {/* Enter in a field submits, as the OK button does. */}
        <button type="submit" style={{ display: 'none' }} aria-hidden tabIndex={-1} />
      </Form>
      {error && <ErrorAlert error={error} scope={{ account: ref.accountId, region: ref.region }} />}
      <DangerConfirm
        open={!!deletingKey}
        kind={t('kind.label')}
        name={deletingKey ?? ''}
        onCancel={() => setDeletingKey(undefined)}
        onConfirm={async () => {
          const key = deletingKey!;
          setDeletingKey(undefined);
          try {
            await removeKey.mutateAsync(key);
            setCurrent((c) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== key)));
            message.success(t('asg.labelDeleted', { key }));
          } catch {
            // shown in the modal
          }
        }}
      />
    </Modal>
  );
}

/** ModifyClusterAsgScaleDown: cluster-wide (every scaling group of the cluster). */
export function ScaleDownModal({ open, enabled, clusterRef: ref, onClose }: { open: boolean; enabled: boolean; clusterRef: ClusterRef; onClose: () => void }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScaleDownValues>();
  const on = Form.useWatch('scaleDownEnabled', form);
  const change = useClusterChange(ref, (s, v: ScaleDownValues) => s.client.ModifyClusterAsgScaleDown(buildScaleDown(ref.clusterId, v), s.region));
  useEffect(() => {
    if (open) {
      change.reset();
      form.setFieldsValue({ ...SCALE_DOWN_DEFAULTS, scaleDownEnabled: enabled });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const minutes = (name: keyof ScaleDownValues, label: string) => (
    <Col span={8}>
      <Form.Item name={name} label={label} rules={[{ type: 'integer', min: 0, message: t('rule.nonNegativeInt') }]}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} suffix={t('unit.minutes')} disabled={!on} />
      </Form.Item>
    </Col>
  );
  const percent = (name: keyof ScaleDownValues, label: string) => (
    <Col span={8}>
      <Form.Item name={name} label={label} rules={[{ type: 'integer', min: 0, max: 100, message: t('rule.percent') }]}>
        <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} suffix="%" disabled={!on} />
      </Form.Item>
    </Col>
  );
  return (
    <Modal open={open} width={720} title={t('asg.scaleDownSettings')} okText={t('common.save')} cancelText={t('common.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={change.isPending} destroyOnHidden>
      <Alert type="info" showIcon title={t('asg.scaleDownHelp')} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await change.mutateAsync(v).then(
            (r) => {
              taskStore.track(r, { kind: 'scaleDown', accountId: ref.accountId, region: ref.region, clusterId: ref.clusterId });
              message.success(t('asg.scaleDownSaved'));
              onClose();
            },
            () => undefined,
          );
        }}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="scaleDownEnabled" label={t('asg.scaleDown')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="expander" label={t('asg.expander')}>
              <Select allowClear options={['random', 'most-pods', 'least-waste'].map((v) => ({ value: v, label: v }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="maxEmptyBulkDelete" label={t('asg.maxEmptyBulkDelete')} rules={[{ type: 'integer', min: 1, message: t('rule.positiveInt') }]}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} disabled={!on} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {minutes('scaleDownDelay', t('asg.scaleDownDelay'))}
          {minutes('scaleDownUnneededTime', t('asg.scaleDownUnneededTime'))}
          {minutes('scaleDownUnreadyTime', t('asg.scaleDownUnreadyTime'))}
        </Row>
        <Row gutter={12}>
          {minutes('unregisteredNodeRemovalTime', t('asg.unregisteredNodeRemovalTime'))}
          {percent('scaleDownUtilizationThreshold', t('asg.scaleDownUtilizationThreshold'))}
          {percent('maxTotalUnreadyPercentage', t('asg.maxTotalUnreadyPercentage'))}
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="okTotalUnreadyCount" label={t('asg.okTotalUnreadyCount')} rules={[{ type: 'integer', min: 0, message: t('rule.nonNegativeInt') }]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} disabled={!on} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="skipNodesWithLocalStorage" label={t('asg.skipLocalStorage')} valuePropName="checked">
              <Switch disabled={!on} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="skipNodesWithSystemPods" label={t('asg.skipSystemPods')} valuePropName="checked">
              <Switch disabled={!on} />
            </Form.Item>
          </Col>
        </Row>
        {/* Enter in a field submits, as the OK button does. */}
        <button type="submit" style={{ display: 'none' }} aria-hidden tabIndex={-1} />
      </Form>
      {change.error && <ErrorAlert error={change.error} scope={{ account: ref.accountId, region: ref.region }} />}
    </Modal>
  );
}
