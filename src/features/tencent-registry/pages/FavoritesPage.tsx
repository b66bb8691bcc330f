import { useMemo, useState } from 'react';
import { Button, Flex, Form, Input, Modal, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { registryKeys } from '../api/keys';
import { fetchAllFavorites, type FavoriteRow } from '../api/lists';
import { useRegistryAccount } from '../api/useRegistryAccount';
import { useRegistryMutation } from '../api/useRegistryMutation';
import { ActionError } from '../components/ActionError';
import { RegistryPageHeader } from '../components/RegistryPageHeader';
import { useSelection } from '../components/selection';
import { useRegistryT } from '../messages';
import { registryPaths } from '../paths';
import { FAVOR_TYPES, type FavorType } from '../rules';

const favorKey = (r: FavoriteRow) => `${r.reptype ?? ''}|${r.reponame ?? ''}`;
const favorType = (r: FavoriteRow): FavorType => (r.reptype === 'DOCKER HUB' ? 'DOCKER HUB' : 'QCLOUD HUB');

/** GetFavor, AddFavor, DeleteFavor (one) and BatchDeleteFavor (the selection). */
export default function FavoritesPage() {
  const t = useRegistryT();
  const registry = useRegistryAccount();
  const scope = registry.scope;
  const list = useQuery({ queryKey: registryKeys.favorites(scope?.accountId ?? ''), queryFn: () => fetchAllFavorites(scope!), enabled: !!scope });
  const selection = useSelection<FavoriteRow>(favorKey, (r) => t('common.select', { name: r.reponame ?? '' }));
  const [adding, setAdding] = useState(false);
  const [confirm, setConfirm] = useState<FavoriteRow[]>();
  const remove = useRegistryMutation(scope?.accountId, (rows: FavoriteRow[]) =>
    rows.length === 1
      ? scope!.client.DeleteFavor({ reponame: rows[0]!.reponame ?? '', reptype: favorType(rows[0]!) }, scope!.region)
      : scope!.client.BatchDeleteFavor({ favors: rows.map((r) => ({ reponame: r.reponame ?? '', repotype: favorType(r) })) }, scope!.region),
  () => selection.clear());
  const rows = list.data ?? [];
  const chosen = rows.filter((r) => selection.selected.has(favorKey(r)));
  const columns = useMemo<ResourceColumn<FavoriteRow>[]>(
    () => [
      selection.column,
      {
        key: 'reponame',
        title: t('repo.name'),
        width: 280,
        render: (r) => (r.reptype !== 'DOCKER HUB' && scope ? <Link to={registryPaths.repository(scope.accountId, r.reponame ?? '')}>{r.reponame}</Link> : r.reponame),
        sortValue: (r) => r.reponame,
        searchText: (r) => r.reponame,
      },
      { key: 'reptype', title: t('fav.type'), width: 130, render: (r) => r.reptype, filterValue: (r) => r.reptype },
      { key: 'tagCount', title: t('repo.tags'), width: 90, render: (r) => r.tagCount ?? '', sortValue: (r) => r.tagCount },
      { key: 'favorCount', title: t('repo.favorites'), width: 100, render: (r) => r.favorCount ?? '', sortValue: (r) => r.favorCount },
      { key: 'official', title: t('repo.official'), width: 90, render: (r) => (r.isQcloudOfficial ? '✓' : '') },
      {
        key: 'actions',
        title: '',
        width: 100,
        render: (r) => (
          <Button size="small" danger icon={<DeleteOutlined />} onClick={(e) => (e.stopPropagation(), remove.reset(), setConfirm([r]))}>
            {t('fav.remove')}
          </Button>
        ),
      },
    ],
    [selection.column, t, scope, remove],
  );
  return (
    <Flex vertical gap={12}>
      <RegistryPageHeader
        title={t('fav.title')}
        subtitle={t('fav.subtitle')}
        registry={registry}
        extra={
          <Button type="primary" icon={<PlusOutlined />} disabled={!scope} onClick={() => setAdding(true)}>
            {t('fav.add')}
          </Button>
        }
      />
      {list.error ? <ErrorAlert error={list.error} scope={{ account: scope?.accountName }} onRetry={() => void list.refetch()} /> : null}
      <ActionError error={remove.error} account={scope?.accountName} />
      <ResourceTable
        ariaLabel={t('fav.title')}
        rows={rows}
        columns={columns}
        rowKey={favorKey}
        loading={list.isLoading}
        toolbar={
          <Button danger icon={<DeleteOutlined />} disabled={chosen.length === 0} onClick={() => (remove.reset(), setConfirm(chosen))}>
            {t('common.deleteSelected', { count: chosen.length })}
          </Button>
        }
      />
      {scope && <AddFavoriteModal open={adding} onClose={() => setAdding(false)} scope={scope} />}
      <DangerConfirm
        open={!!confirm}
        kind={t('fav.kind')}
        name={confirm?.length === 1 ? confirm[0]!.reponame ?? '' : `${confirm?.length ?? 0} ${t('fav.kindMany')}`}
        onCancel={() => setConfirm(undefined)}
        onConfirm={async () => {
          await remove.mutateAsync(confirm!).catch(() => undefined);
          setConfirm(undefined);
        }}
      />
    </Flex>
  );
}

function AddFavoriteModal({ open, onClose, scope }: { open: boolean; onClose: () => void; scope: NonNullable<ReturnType<typeof useRegistryAccount>['scope']> }) {
  const t = useRegistryT();
  const [form] = Form.useForm<{ reponame: string; reptype: FavorType }>();
  const add = useRegistryMutation(scope.accountId, (v: { reponame: string; reptype: FavorType }) => scope.client.AddFavor(v, scope.region), () => close());
  const close = () => {
    form.resetFields();
    add.reset();
    onClose();
  };
  const submit = async () => add.mutate(await form.validateFields());
  return (
    <Modal open={open} title={t('fav.add')} okText={t('fav.add')} cancelText={t('common.cancel')} onOk={submit} onCancel={close} confirmLoading={add.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ reptype: 'QCLOUD HUB' }}>
        <Form.Item name="reponame" label={t('repo.name')} rules={[{ required: true, message: t('field.required') }]}>
          <Input autoFocus autoComplete="off" placeholder="namespace/name" />
        </Form.Item>
        <Form.Item name="reptype" label={t('fav.type')} rules={[{ required: true, message: t('field.required') }]}>
          <Select aria-label={t('fav.type')} options={FAVOR_TYPES.map((v) => ({ value: v, label: v }))} />
        </Form.Item>
      </Form>
      <ActionError error={add.error} account={scope.accountName} />
    </Modal>
  );
}
