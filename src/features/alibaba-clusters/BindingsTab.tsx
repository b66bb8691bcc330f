import { useMemo, useState } from 'react';
import { App, AutoComplete, Button, Flex, Form, Input, Modal, Popconfirm, Select, Tooltip, Typography } from 'antd';
import { DisconnectOutlined, LinkOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { text, useClusterChange, useClusterNodes, useLabelBindings, useNodeLabels, type BindingRow, type ClusterScope } from './api';
import { labelName } from './LabelsTab';
import { LABEL_PREFIX, labelRefusals } from './rules';
import { useClustersT } from './useClustersT';

interface BindValues {
  nodes: string[];
  LabelKey: string;
  LabelValue: string;
}

/** 5.2.4 BindNodeLabel on each chosen node (the label is created when it does not exist). */
function BindModal({ open, scope, accountName, onClose, onBound }: { open: boolean; scope: ClusterScope; accountName?: string; onClose: () => void; onBound: (count: number) => void }) {
  const t = useClustersT();
  const [form] = Form.useForm<BindValues>();
  const nodes = useClusterNodes(scope, open);
  const labels = useNodeLabels(scope, open);
  const [refused, setRefused] = useState<{ nodes?: boolean } & ReturnType<typeof labelRefusals>>({});
  const bind = useClusterChange(scope, async (api, v: BindValues, r) => {
    for (const InstanceId of v.nodes) await api.BindNodeLabel({ ClusterId: scope.clusterId, InstanceId, LabelKey: v.LabelKey, LabelValue: v.LabelValue }, r);
  });
  const keys = [...new Set((labels.data ?? []).map((l) => text(l.LabelKey)))];
  const key = Form.useWatch('LabelKey', form);
  const values = (labels.data ?? []).filter((l) => text(l.LabelKey) === key).map((l) => text(l.LabelValue));
  const submit = async () => {
    const v = form.getFieldsValue();
    const bad = { ...labelRefusals(v.LabelKey, v.LabelValue), ...(v.nodes?.length ? {} : { nodes: true }) };
    setRefused(bad);
    if (Object.keys(bad).length) return;
    const clean = { nodes: v.nodes, LabelKey: v.LabelKey.trim(), LabelValue: v.LabelValue.trim() };
    if (await bind.mutateAsync(clean).then(() => true, () => false)) {
      form.resetFields();
      bind.reset();
      onBound(clean.nodes.length);
    }
  };
  return (
    <Modal
      open={open}
      title={t('binding.bindTitle')}
      okText={t('binding.bind')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: bind.isPending }}
      onCancel={() => {
        bind.reset();
        setRefused({});
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small" initialValues={{ nodes: [], LabelKey: LABEL_PREFIX, LabelValue: '' }}>
        <Form.Item name="nodes" label={t('binding.nodes')} required {...(refused.nodes ? { validateStatus: 'error' as const, help: t('rule.chooseNode') } : {})}>
          <Select
            mode="multiple"
            aria-label={t('binding.nodes')}
            loading={nodes.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(nodes.data ?? []).map((n) => ({ value: text(n.InstanceId), label: `${text(n.InstanceId)} · ${text(n.InstanceName)} · ${text(n.EcsPrivateIp)}` }))}
          />
        </Form.Item>
        <Form.Item name="LabelKey" label={t('label.key')} required {...(refused.LabelKey ? { validateStatus: 'error' as const, help: t(`rule.label.${refused.LabelKey}`) } : { help: t('label.keyHelp') })}>
          <AutoComplete aria-label={t('label.key')} options={keys.map((k) => ({ value: k }))} filterOption={(input, o) => String(o?.value ?? '').includes(input)} />
        </Form.Item>
        <Form.Item name="LabelValue" label={t('label.value')} required {...(refused.LabelValue ? { validateStatus: 'error' as const, help: t('rule.required') } : { help: t('binding.valueHelp') })}>
          <AutoComplete aria-label={t('label.value')} options={values.map((v) => ({ value: v }))}>
            <Input autoComplete="off" />
          </AutoComplete>
        </Form.Item>
      </Form>
      {bind.error ? <ErrorAlert error={bind.error} scope={{ account: accountName, region: scope.region }} /> : null}
    </Modal>
  );
}

/** 5.2.6 ListNodeLabelBindings of the cluster; bind (5.2.4) and unbind (5.2.5). */
export function BindingsTab({ scope, accountName }: { scope: ClusterScope; accountName?: string }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const bindings = useLabelBindings(scope);
  const [binding, setBinding] = useState(false);
  const [changeError, setChangeError] = useState<unknown>();
  const unbind = useClusterChange(scope, (api, b: BindingRow, r) =>
    api.UnbindNodeLabel({ ClusterId: scope.clusterId, InstanceId: text(b.InstanceId), LabelKey: text(b.LabelKey), LabelValue: text(b.LabelValue) }, r),
  );
  const errorScope = { account: accountName, region: scope.region };
  const columns = useMemo<ResourceColumn<BindingRow>[]>(
    () => [
      { key: 'node', title: t('node.id'), width: 220, render: (b) => <Typography.Text strong>{text(b.InstanceId)}</Typography.Text>, sortValue: (b) => text(b.InstanceId), filterValue: (b) => text(b.InstanceId), searchText: (b) => `${text(b.InstanceId)} ${labelName(b)}` },
      { key: 'type', title: t('binding.instanceType'), width: 100, render: (b) => text(b.InstanceType) },
      { key: 'key', title: t('label.key'), width: 260, ellipsis: true, render: (b) => text(b.LabelKey), sortValue: (b) => text(b.LabelKey), filterValue: (b) => text(b.LabelKey) },
      { key: 'value', title: t('label.value'), width: 160, render: (b) => text(b.LabelValue), filterValue: (b) => text(b.LabelValue) },
      {
        key: 'actions',
        title: t('common.actions'),
        width: 90,
        fixed: 'right',
        render: (b) => (
          <Popconfirm
            title={t('binding.unbindConfirm', { label: labelName(b), node: text(b.InstanceId) })}
            okText={t('binding.unbind')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={async () => {
              try {
                await unbind.mutateAsync(b);
                setChangeError(undefined);
                message.success(t('binding.unbound', { label: labelName(b), node: text(b.InstanceId) }));
              } catch (error) {
                setChangeError(error);
              }
            }}
          >
            <Tooltip title={t('binding.unbind')}>
              <Button size="small" icon={<DisconnectOutlined />} aria-label={`${t('binding.unbind')} ${labelName(b)} ${text(b.InstanceId)}`} />
            </Tooltip>
          </Popconfirm>
        ),
      },
    ],
    [t, unbind, message],
  );
  return (
    <Flex vertical gap={8}>
      {changeError ? <ErrorAlert error={changeError} scope={errorScope} /> : null}
      {bindings.error ? <ErrorAlert error={bindings.error} scope={errorScope} onRetry={() => void bindings.refetch()} /> : null}
      <ResourceTable
        ariaLabel={t('tab.bindings')}
        urlPrefix="b"
        height={420}
        rows={bindings.data ?? []}
        columns={columns}
        rowKey={(b) => `${text(b.InstanceId)}|${labelName(b)}`}
        loading={bindings.isLoading}
        emptyText={t('binding.none')}
        toolbar={
          <Button type="primary" icon={<LinkOutlined />} onClick={() => setBinding(true)}>
            {t('binding.bind')}
          </Button>
        }
      />
      <BindModal
        open={binding}
        scope={scope}
        accountName={accountName}
        onClose={() => setBinding(false)}
        onBound={(count) => {
          setBinding(false);
          message.success(t('binding.bound', { count }));
        }}
      />
    </Flex>
  );
}
