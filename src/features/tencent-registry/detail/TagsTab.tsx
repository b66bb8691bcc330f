import { useMemo, useState } from 'react';
import { Button, Flex, Form, Input, Modal, Space, Tooltip, Typography } from 'antd';
import { DeleteOutlined, ForkOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { CopyButton } from '../../../ui/CopyButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { dateSortValue, formatBytes, formatDate } from '../../shared/format';
import type { RegistryScope } from '../api/client';
import { registryKeys } from '../api/keys';
import { fetchAllTags, type TagRow } from '../api/lists';
import { useRegistryMutation } from '../api/useRegistryMutation';
import { ActionError } from '../components/ActionError';
import { useSelection } from '../components/selection';
import { useRegistryT } from '../messages';
import { imageReference, isImageReference, pullCommand } from '../rules';

/** Tags newest first with size, digest and push time; batch delete and copy to another name (DuplicateImage). */
export function TagsTab({ scope, reponame }: { scope: RegistryScope; reponame: string }) {
  const t = useRegistryT();
  const tags = useQuery({ queryKey: registryKeys.tags(scope.accountId, reponame), queryFn: () => fetchAllTags(scope, reponame) });
  const selection = useSelection<TagRow>((r) => r.tagName ?? '', (r) => t('common.select', { name: r.tagName ?? '' }));
  const [copying, setCopying] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const remove = useRegistryMutation(scope.accountId, (names: string[]) => scope.client.BatchDeleteTag({ reponame, tags: names }, scope.region), () => selection.clear());
  const server = tags.data?.server;
  const chosen = [...selection.selected];

  const columns = useMemo<ResourceColumn<TagRow>[]>(
    () => [
      selection.column,
      { key: 'tagName', title: t('tag.name'), width: 140, render: (r) => <Typography.Text strong>{r.tagName}</Typography.Text>, sortValue: (r) => r.tagName, searchText: (r) => r.tagName },
      { key: 'size', title: t('tag.size'), width: 90, render: (r) => (r.sizeByte !== undefined ? formatBytes(r.sizeByte) : r.size ?? ''), sortValue: (r) => r.sizeByte },
      { key: 'tagId', title: t('tag.digest'), width: 220, ellipsis: true, render: (r) => <Typography.Text code>{(r.tagId ?? r.imageId ?? '').replace(/^sha256:/, '').slice(0, 19)}</Typography.Text>, searchText: (r) => `${r.tagId ?? ''} ${r.imageId ?? ''}` },
      { key: 'pushTime', title: t('tag.pushed'), width: 160, render: (r) => formatDate(r.pushTime?.replace(/ \+0800 CST$/, '+08:00')), sortValue: (r) => dateSortValue(r.pushTime?.replace(/ \+0800 CST$/, '+08:00')) },
      { key: 'architecture', title: t('tag.architecture'), width: 110, render: (r) => [r.os, r.architecture].filter(Boolean).join('/'), filterValue: (r) => r.architecture },
      {
        key: 'actions',
        title: '',
        width: 110,
        render: (r) => (
          <Space size={0} onClick={(e) => e.stopPropagation()}>
            <CopyButton text={pullCommand(server, reponame, r.tagName)} label={t('repo.copyPull')} />
            <Tooltip title={t('tag.copy')}>
              <Button size="small" type="text" icon={<ForkOutlined />} aria-label={`${t('tag.copy')} ${r.tagName}`} onClick={() => setCopying(r.tagName)} />
            </Tooltip>
          </Space>
        ),
      },
    ],
    [selection.column, t, server, reponame],
  );

  return (
    <Flex vertical gap={8}>
      <Space>
        <Typography.Text type="secondary">{t('repo.pull')}</Typography.Text>
        <Typography.Text code>{pullCommand(server, reponame, tags.data?.rows[0]?.tagName)}</Typography.Text>
        <CopyButton text={pullCommand(server, reponame, tags.data?.rows[0]?.tagName)} label={t('repo.copyPull')} />
      </Space>
      {tags.error ? <ErrorAlert error={tags.error} scope={{ account: scope.accountName, region: scope.region }} onRetry={() => void tags.refetch()} /> : null}
      <ActionError error={remove.error} account={scope.accountName} />
      <ResourceTable
        ariaLabel={t('tab.tags')}
        urlPrefix="tag"
        height={420}
        rows={tags.data?.rows ?? []}
        columns={columns}
        rowKey={(r) => r.tagName ?? ''}
        loading={tags.isLoading}
        toolbar={
          <Button danger icon={<DeleteOutlined />} disabled={chosen.length === 0} onClick={() => (remove.reset(), setConfirming(true))}>
            {t('common.deleteSelected', { count: chosen.length })}
          </Button>
        }
      />
      <DuplicateImageModal scope={scope} source={copying ? imageReference(reponame, copying) : undefined} onClose={() => setCopying(undefined)} />
      <DangerConfirm
        open={confirming}
        kind={t('tag.kindMany')}
        name={chosen.length === 1 ? chosen[0]! : `${chosen.length} ${t('tag.kindMany')}`}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          await remove.mutateAsync(chosen).catch(() => undefined);
          setConfirming(false);
        }}
      />
    </Flex>
  );
}

/** DuplicateImage: `src_image` → `dest_image`, both `namespace/repository:tag`. */
function DuplicateImageModal({ scope, source, onClose }: { scope: RegistryScope; source?: string; onClose: () => void }) {
  const t = useRegistryT();
  const [form] = Form.useForm<{ dest: string }>();
  const copy = useRegistryMutation(scope.accountId, (dest: string) => scope.client.DuplicateImage({ src_image: source!, dest_image: dest }, scope.region), () => close());
  const close = () => {
    form.resetFields();
    copy.reset();
    onClose();
  };
  const submit = async () => copy.mutate((await form.validateFields()).dest);
  return (
    <Modal open={!!source} title={t('tag.copyTitle', { image: source ?? '' })} okText={t('tag.copy')} cancelText={t('common.cancel')} onOk={submit} onCancel={close} confirmLoading={copy.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ dest: source?.replace(/:[^:]*$/, ':') }} onFinish={submit}>
        <Form.Item
          name="dest"
          label={t('tag.dest')}
          extra={t('tag.destRule')}
          rules={[{ required: true, message: t('field.required') }, { validator: async (_, v: string) => (v && !isImageReference(v) ? Promise.reject(new Error(t('tag.destRule'))) : undefined) }]}
        >
          <Input autoFocus autoComplete="off" />
        </Form.Item>
      </Form>
      <ActionError error={copy.error} account={scope.accountName} />
    </Modal>
  );
}
