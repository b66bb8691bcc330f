import { useMemo, useState } from 'react';
import { Button, Flex, Space } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { DangerConfirm } from '../../../ui/DangerConfirm';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../../shared/format';
import type { RegistryScope } from '../api/client';
import { registryKeys } from '../api/keys';
import { fetchAllTriggers, type TriggerRow } from '../api/lists';
import { useRegistryMutation } from '../api/useRegistryMutation';
import { ActionError } from '../components/ActionError';
import { useRegistryT } from '../messages';
import { TriggerForm } from './TriggerForm';

/** Triggers bound to this repository: list, add, modify, delete. */
export function TriggersTab({ scope, reponame }: { scope: RegistryScope; reponame: string }) {
  const t = useRegistryT();
  const triggers = useQuery({ queryKey: registryKeys.triggers(scope.accountId, reponame), queryFn: () => fetchAllTriggers(scope, reponame) });
  const [form, setForm] = useState<{ editing?: TriggerRow } | undefined>();
  const [deleting, setDeleting] = useState<string>();
  const remove = useRegistryMutation(scope.accountId, (triggerName: string) => scope.client.DeleteUpdateServiceTrigger({ triggerName }, scope.region));
  const columns = useMemo<ResourceColumn<TriggerRow>[]>(
    () => [
      { key: 'triggerName', title: t('trigger.name'), width: 170, render: (r) => r.triggerName, sortValue: (r) => r.triggerName, searchText: (r) => r.triggerName },
      {
        key: 'condition',
        title: t('trigger.method'),
        width: 200,
        render: (r) => [r.invokeCondition?.invokeMethod ? t(`trigger.method.${r.invokeCondition.invokeMethod as 'all'}`) : '', r.invokeCondition?.invokeExpr].filter(Boolean).join(' · '),
        filterValue: (r) => r.invokeCondition?.invokeMethod,
      },
      { key: 'target', title: t('trigger.target'), width: 280, ellipsis: true, render: (r) => [r.invokePara?.clusterId, r.invokePara?.namespace, r.invokePara?.serviceName, r.invokePara?.containerName].filter(Boolean).join(' / '), searchText: (r) => JSON.stringify(r.invokePara ?? {}) },
      { key: 'region', title: t('trigger.clusterRegion'), width: 130, render: (r) => (r.invokePara?.clusterRegion !== undefined ? t(`trigger.region.${r.invokePara.clusterRegion as 1}`) : '') },
      { key: 'updateTime', title: t('common.updated'), width: 150, render: (r) => formatDate(r.updateTime ?? r.createTime), sortValue: (r) => dateSortValue(r.updateTime ?? r.createTime) },
      {
        key: 'actions',
        title: '',
        width: 90,
        render: (r) => (
          <Space size={0} onClick={(e) => e.stopPropagation()}>
            <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t('common.edit')} ${r.triggerName}`} onClick={() => setForm({ editing: r })} />
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${r.triggerName}`} onClick={() => (remove.reset(), setDeleting(r.triggerName))} />
          </Space>
        ),
      },
    ],
    [t, remove],
  );
  return (
    <Flex vertical gap={8}>
      {triggers.error ? <ErrorAlert error={triggers.error} scope={{ account: scope.accountName }} onRetry={() => void triggers.refetch()} /> : null}
      <ActionError error={remove.error} account={scope.accountName} />
      <ResourceTable
        ariaLabel={t('tab.triggers')}
        urlPrefix="trg"
        height={360}
        rows={triggers.data ?? []}
        columns={columns}
        rowKey={(r) => r.triggerName ?? ''}
        loading={triggers.isLoading}
        onOpen={(r) => setForm({ editing: r })}
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({})}>
            {t('trigger.add')}
          </Button>
        }
      />
      <TriggerForm scope={scope} reponame={reponame} open={!!form} editing={form?.editing} onClose={() => setForm(undefined)} />
      <DangerConfirm
        open={!!deleting}
        kind={t('trigger.kind')}
        name={deleting ?? ''}
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          await remove.mutateAsync(deleting!).catch(() => undefined);
          setDeleting(undefined);
        }}
      />
    </Flex>
  );
}
