import { useMemo } from 'react';
import { Flex, Tag, Tooltip } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { dateSortValue, formatDate } from '../../shared/format';
import type { RegistryScope } from '../api/client';
import { registryKeys } from '../api/keys';
import { fetchAllTriggerLogs, type TriggerLogRow } from '../api/lists';
import { useRegistryT } from '../messages';

/** ListTriggerLog, newest first: which push fired which trigger, and what the service update answered. */
export function TriggerLogTab({ scope, reponame }: { scope: RegistryScope; reponame: string }) {
  const t = useRegistryT();
  const log = useQuery({ queryKey: registryKeys.triggerLog(scope.accountId, reponame), queryFn: () => fetchAllTriggerLogs(scope, reponame) });
  const columns = useMemo<ResourceColumn<TriggerLogRow>[]>(
    () => [
      { key: 'invokeTime', title: t('log.time'), width: 160, render: (r) => formatDate(r.invokeTime), sortValue: (r) => dateSortValue(r.invokeTime) },
      { key: 'triggerName', title: t('log.trigger'), width: 160, render: (r) => r.triggerName, filterValue: (r) => r.triggerName, searchText: (r) => r.triggerName },
      { key: 'tagName', title: t('log.tag'), width: 110, render: (r) => r.tagName, searchText: (r) => r.tagName },
      { key: 'condition', title: t('trigger.method'), width: 160, render: (r) => [r.invokeCondition?.invokeMethod, r.invokeCondition?.invokeExpr].filter(Boolean).join(' · ') },
      { key: 'target', title: t('trigger.target'), width: 240, ellipsis: true, render: (r) => [r.invokePara?.clusterId, r.invokePara?.namespace, r.invokePara?.serviceName, r.invokePara?.containerName].filter(Boolean).join(' / ') },
      {
        key: 'result',
        title: t('log.result'),
        width: 200,
        render: (r) => (
          <Tooltip title={r.invokeResult?.returnMsg}>
            <Tag color={r.invokeResult?.returnCode === 0 ? 'green' : 'red'}>{r.invokeResult?.returnCode === 0 ? t('log.success') : `${t('log.failed')} (${r.invokeResult?.returnCode ?? '?'})`}</Tag>
            {r.invokeResult?.returnMsg}
          </Tooltip>
        ),
        filterValue: (r) => (r.invokeResult?.returnCode === 0 ? 'ok' : 'failed'),
        filterLabel: (v) => t(v === 'ok' ? 'log.success' : 'log.failed'),
      },
    ],
    [t],
  );
  return (
    <Flex vertical gap={8}>
      {log.error ? <ErrorAlert error={log.error} scope={{ account: scope.accountName }} onRetry={() => void log.refetch()} /> : null}
      <ResourceTable ariaLabel={t('tab.triggerLog')} urlPrefix="log" height={420} rows={log.data ?? []} columns={columns} rowKey={(r) => `${r.invokeTime}/${r.triggerName}/${r.tagName}`} loading={log.isLoading} />
    </Flex>
  );
}
