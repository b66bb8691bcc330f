import { useMemo, useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DangerConfirm } from '../../ui/DangerConfirm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../ui/resource-table/ResourceTable';
import { text, useClusterChange, useLabelBindings, useNodeLabels, type ClusterScope, type LabelRow } from './api';
import { LABEL_PREFIX, labelRefusals } from './rules';
import { useClustersT } from './useClustersT';

export const labelName = (l: { LabelKey?: unknown; LabelValue?: unknown }) => `${text(l.LabelKey)}=${text(l.LabelValue)}`;

/** 5.2.1 CreateNodeLabel: key (label.jst.com/…) and value; it binds nothing. */
function CreateLabelModal({ open, scope, accountName, onClose, onCreated }: { open: boolean; scope: ClusterScope; accountName?: string; onClose: () => void; onCreated: (name: string) => void }) {
  const t = useClustersT();
  const [form] = Form.useForm<{ LabelKey: string; LabelValue: string }>();
  const [refused, setRefused] = useState<ReturnType<typeof labelRefusals>>({});
  const create = useClusterChange(scope, (api, v: { LabelKey: string; LabelValue: string }, r) => api.CreateNodeLabel({ ClusterId: scope.clusterId, ...v }, r));
  const submit = async () => {
    const v = form.getFieldsValue();
    const bad = labelRefusals(v.LabelKey, v.LabelValue);
    setRefused(bad);
    if (Object.keys(bad).length) return;
    const values = { LabelKey: v.LabelKey.trim(), LabelValue: v.LabelValue.trim() };
    if (await create.mutateAsync(values).then(() => true, () => false)) {
      form.resetFields();
      create.reset();
      onCreated(labelName(values));
    }
  };
  return (
    <Modal
      open={open}
      title={t('label.createTitle')}
      okText={t('label.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      okButtonProps={{ loading: create.isPending }}
      onCancel={() => {
        create.reset();
        setRefused({});
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small" initialValues={{ LabelKey: LABEL_PREFIX, LabelValue: '' }} onFinish={submit}>
        <Form.Item name="LabelKey" label={t('label.key')} required {...(refused.LabelKey ? { validateStatus: 'error' as const, help: t(`rule.label.${refused.LabelKey}`) } : { help: t('label.keyHelp') })}>
          <Input aria-label={t('label.key')} autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item name="LabelValue" label={t('label.value')} required {...(refused.LabelValue ? { validateStatus: 'error' as const, help: t('rule.required') } : {})}>
          <Input aria-label={t('label.value')} autoComplete="off" onPressEnter={submit} />
        </Form.Item>
      </Form>
      {create.error ? <ErrorAlert error={create.error} scope={{ account: accountName, region: scope.region }} /> : null}
    </Modal>
  );
}

/** 5.2.2 ListNodeLabels with how many nodes carry each; create (5.2.1) and delete (5.2.3, typed). */
export function LabelsTab({ scope, accountName }: { scope: ClusterScope; accountName?: string }) {
  const t = useClustersT();
  const { message } = App.useApp();
  const labels = useNodeLabels(scope);
  const bindings = useLabelBindings(scope);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<LabelRow>();
  const [changeError, setChangeError] = useState<unknown>();
  const remove = useClusterChange(scope, (api, v: { l: LabelRow; force: boolean }, r) =>
    api.DeleteNodeLabel({ ClusterId: scope.clusterId, LabelKey: text(v.l.LabelKey), LabelValue: text(v.l.LabelValue), Force: v.force }, r),
  );
  const boundCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const b of bindings.data ?? []) m.set(labelName(b), (m.get(labelName(b)) ?? 0) + 1);
    return m;
  }, [bindings.data]);
  const errorScope = { account: accountName, region: scope.region };
  const columns = useMemo<ResourceColumn<LabelRow>[]>(
    () => [
      { key: 'key', title: t('label.key'), width: 260, ellipsis: true, render: (l) => <Typography.Text strong>{text(l.LabelKey)}</Typography.Text>, sortValue: (l) => text(l.LabelKey), searchText: (l) => labelName(l), filterValue: (l) => text(l.LabelKey) },
      { key: 'value', title: t('label.value'), width: 180, ellipsis: true, render: (l) => text(l.LabelValue), sortValue: (l) => text(l.LabelValue) },
      { key: 'bound', title: t('label.boundNodes'), width: 110, render: (l) => boundCount.get(labelName(l)) ?? 0, sortValue: (l) => boundCount.get(labelName(l)) ?? 0 },
      { key: 'id', title: 'ID', width: 80, render: (l) => text(l.Id), sortValue: (l) => Number(l.Id) || 0 },
      {
        key: 'actions',
        title: t('common.actions'),
        width: 80,
        fixed: 'right',
        render: (l) => (
          <Tooltip title={t('label.delete')}>
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t('label.delete')} ${labelName(l)}`} onClick={() => setDeleting(l)} />
          </Tooltip>
        ),
      },
    ],
    [t, boundCount],
  );
  const deletingBound = deleting ? (boundCount.get(labelName(deleting)) ?? 0) : 0;
  return (
    <Flex vertical gap={8}>
      {changeError ? <ErrorAlert error={changeError} scope={errorScope} /> : null}
      {labels.error ? <ErrorAlert error={labels.error} scope={errorScope} onRetry={() => void labels.refetch()} /> : null}
      <ResourceTable
        ariaLabel={t('tab.labels')}
        urlPrefix="l"
        height={420}
        rows={labels.data ?? []}
        columns={columns}
        rowKey={(l) => labelName(l)}
        loading={labels.isLoading}
        emptyText={t('label.none')}
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('label.create')}
          </Button>
        }
      />
      <CreateLabelModal
        open={creating}
        scope={scope}
        accountName={accountName}
        onClose={() => setCreating(false)}
        onCreated={(name) => {
          setCreating(false);
          message.success(t('label.created', { name }));
        }}
      />
      <DangerConfirm
        open={!!deleting}
        // A bound label is deleted with Force=true, which also removes its bindings (5.2.3): the title says so.
        kind={deletingBound > 0 ? t('label.kindForce', { count: deletingBound }) : t('label.kind')}
        name={deleting ? labelName(deleting) : ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync({ l: deleting, force: deletingBound > 0 });
            setChangeError(undefined);
            message.success(t('label.deleted', { name: labelName(deleting) }));
          } catch (error) {
            setChangeError(error);
          }
          setDeleting(undefined);
        }}
      />
    </Flex>
  );
}
