import { useEffect, useState } from 'react';
import { Alert, App, Col, Form, Modal, Row, Select, Table, Tabs, Typography } from 'antd';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useClusterChange, useClusterQuery, type ClusterRef } from '../api/queries';
import { taskStore } from '../api/tasks';
import type { ClusterRow, CvmRow } from '../api/types';
import { JoinFields, LoginFields, NodeSpecFields, zonesOf } from '../components/NodeSpecFields';
import { buildAddExisting, buildAddInstances, NODE_DEFAULTS, type ExistingCvmValues, type NodeSpecValues } from '../rules';
import { useClustersT } from '../useClustersT';

type Mode = 'new' | 'existing';

/** The answer of AddClusterInstancesFromExistedCvm: the document prints "succInstancelds"/"failInstancelds" (I/l OCR). */
export function existingResult(r: unknown): { succ: string[]; fail: { instanceId: string; message: string }[] } {
  const o = (r ?? {}) as Record<string, unknown>;
  const succ = (o.succInstanceIds ?? o.succInstancelds ?? o.succlInstanceIds ?? []) as string[];
  const failRaw = (o.failInstanceIds ?? o.failInstancelds ?? []) as Record<string, string>[] | null;
  return { succ, fail: (failRaw ?? []).map((f) => ({ instanceId: f.instanceId ?? f.instanceld ?? '', message: f.message ?? '' })) };
}

/**
 * Add nodes: new machines (AddClusterInstances, every purchase field of the document) or existing
 * CVMs of the cluster's VPC (DescribeExistedCvmForAddClusterInstances lists them, unusable ones
 * greyed with the reason, then AddClusterInstancesFromExistedCvm).
 */
export function AddNodesModal({ open, cluster, clusterRef: ref, onClose }: { open: boolean; cluster: ClusterRow; clusterRef: ClusterRef; onClose: () => void }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const [mode, setMode] = useState<Mode>('existing');
  const [selected, setSelected] = useState<string[]>([]);
  const [newForm] = Form.useForm<NodeSpecValues>();
  const [oldForm] = Form.useForm<ExistingCvmValues>();
  const scope = { account: ref.accountId, region: ref.region };
  const cvms = useClusterQuery(ref, 'existedCvms', async (s) => (await s.client.DescribeExistedCvmForAddClusterInstances({ clusterId: ref.clusterId }, s.region)).deviceList ?? [], { enabled: open && mode === 'existing' });
  const addNew = useClusterChange(ref, (s, v: NodeSpecValues) => s.client.AddClusterInstances(buildAddInstances(ref.clusterId, v), s.region));
  const addOld = useClusterChange(ref, (s, v: { ids: string[]; values: ExistingCvmValues }) => s.client.AddClusterInstancesFromExistedCvm(buildAddExisting(ref.clusterId, v.ids, v.values), s.region));
  const [partial, setPartial] = useState<ReturnType<typeof existingResult>>();
  const os = /^centos/i.test(cluster.os ?? '') ? 'centos7.2x86_64' : 'ubuntu16.04.1 LTSx86_64';
  const firstNodes = (cluster.nodeNum ?? 0) === 0;
  const oldLogin = Form.useWatch('login', oldForm) ?? 'random';

  useEffect(() => {
    if (!open) return;
    newForm.setFieldsValue({ ...NODE_DEFAULTS, osName: os, zoneId: zonesOf(ref.region)[0] ?? '' });
    oldForm.setFieldsValue({ login: 'random', unschedulable: false });
    setSelected([]);
    setPartial(undefined);
    addNew.reset();
    addOld.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async () => {
    if (mode === 'new') {
      const v = await newForm.validateFields().catch(() => undefined);
      if (!v) return;
      try {
        const r = await addNew.mutateAsync({ ...NODE_DEFAULTS, ...v });
        taskStore.track(r, { kind: 'addNodes', accountId: ref.accountId, region: ref.region, clusterId: ref.clusterId, detail: t('task.nodes', { count: v.goodsNum }) });
        message.success(t('add.started', { count: v.goodsNum }));
        onClose();
      } catch {
        // shown in the modal
      }
      return;
    }
    const values = await oldForm.validateFields().catch(() => undefined);
    if (!values || selected.length === 0) return;
    try {
      const r = existingResult(await addOld.mutateAsync({ ids: selected, values }));
      if (r.fail.length) setPartial(r);
      else onClose();
      if (r.succ.length) message.success(t('add.existingDone', { count: r.succ.length }));
    } catch {
      // shown in the modal
    }
  };

  const existing = (
    <>
      {cvms.error && <ErrorAlert error={cvms.error} scope={scope} onRetry={() => cvms.refetch()} />}
      <Table<CvmRow>
        size="small"
        aria-label={t('add.cvms')}
        loading={cvms.isLoading}
        pagination={false}
        scroll={{ y: 260 }}
        rowKey={(r) => r.instanceId ?? ''}
        dataSource={cvms.data ?? []}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), getCheckboxProps: (r) => ({ disabled: r.usable === false, 'aria-label': r.instanceId }) }}
        columns={[
          { key: 'id', title: t('node.name'), render: (_, r) => <Typography.Text type={r.usable === false ? 'secondary' : undefined}>{`${r.instanceName ?? ''} · ${r.instanceId}`}</Typography.Text> },
          { key: 'lan', title: t('node.lanIp'), dataIndex: 'lanIp', width: 130 },
          { key: 'wan', title: t('node.wanIp'), dataIndex: 'wanIp', width: 130 },
          { key: 'usable', title: t('add.usable'), width: 200, render: (_, r) => (r.usable === false ? <Typography.Text type="secondary">{r.unusableReason || t('add.unusable')}</Typography.Text> : t('add.usableYes')) },
        ]}
      />
      <Typography.Text type={selected.length ? undefined : 'secondary'}>{t('add.selected', { count: selected.length })}</Typography.Text>
      <Form form={oldForm} layout="vertical" style={{ marginTop: 8 }}>
        <LoginFields t={t} login={oldLogin} />
        <Row gutter={12}>
          {firstNodes && (
            <Col span={8}>
              <Form.Item name="osName" label={t('field.osName')} extra={t('help.firstNodesOs')}>
                <Select allowClear options={['centos7.2x86_64', 'ubuntu16.04.1 LTSx86_64'].map((v) => ({ value: v, label: v }))} />
              </Form.Item>
            </Col>
          )}
          <JoinFields t={t} />
        </Row>
      </Form>
      {partial && (
        <Alert
          type="warning"
          showIcon
          title={t('add.partial', { ok: partial.succ.length, failed: partial.fail.length })}
          description={partial.fail.map((f) => `${f.instanceId}: ${f.message}`).join('\n')}
        />
      )}
    </>
  );

  const error = mode === 'new' ? addNew.error : addOld.error;
  return (
    <Modal
      open={open}
      width={920}
      title={t('add.title', { name: cluster.clusterName ?? '' })}
      okText={mode === 'new' ? t('add.buy') : t('add.addExisting')}
      okButtonProps={{ disabled: mode === 'existing' && selected.length === 0 }}
      cancelText={t('common.cancel')}
      confirmLoading={addNew.isPending || addOld.isPending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Tabs
        activeKey={mode}
        onChange={(k) => setMode(k as Mode)}
        items={[
          { key: 'existing', label: t('add.existingTab'), children: existing },
          {
            key: 'new',
            label: t('add.newTab'),
            forceRender: true,
            children: (
              <Form form={newForm} layout="vertical" initialValues={NODE_DEFAULTS}>
                <NodeSpecFields t={t} form={newForm} region={ref.region} add clusterOs={cluster.os} maxNodes={Math.max(0, 20 - (cluster.nodeNum ?? 0))} />
              </Form>
            ),
          },
        ]}
      />
      {error && <ErrorAlert error={error} scope={scope} />}
    </Modal>
  );
}
