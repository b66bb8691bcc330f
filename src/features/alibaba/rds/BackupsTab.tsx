import { useMemo } from 'react';
import { Flex, Pagination, Select, Statistic, Typography } from 'antd';
import type { Scope } from '../../../app/accounts/scope';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResourceTable, type ResourceColumn } from '../../../ui/resource-table/ResourceTable';
import { dateSortValue, formatBytes, formatDate } from '../../shared/format';
import { tOr, type AlibabaTranslate } from '../messages';
import { RefreshButton } from '../shared/PageFrame';
import { StatusDot } from '../shared/StatusDot';
import { useSetUrlParams, useUrlParam } from '../shared/useUrlParam';
import { num, text } from '../shared/values';
import { useAlibabaT } from '../useAlibabaT';
import { backupSizes } from './backupSizes';
import type { Backup } from './types';
import { useBackups, type BackupType } from './useRds';

const PAGE_SIZES = [30, 50, 100] as const;

function columns(t: AlibabaTranslate): ResourceColumn<Backup>[] {
  return [
    { key: 'id', title: t('rds.backupId'), width: 120, searchText: (b) => text(b.BackupId), render: (b) => text(b.BackupId) },
    { key: 'type', title: t('rds.backupType'), width: 100, filterValue: (b) => text(b.BackupType), filterLabel: (v) => tOr(t, `rds.backupType.${v}`, v), render: (b) => tOr(t, `rds.backupType.${text(b.BackupType)}`, text(b.BackupType)) },
    { key: 'size', title: t('rds.backupSize'), width: 100, sortValue: (b) => num(b.BackupSize), render: (b) => <span title={`${text(b.BackupSize)} B`}>{formatBytes(num(b.BackupSize))}</span> },
    { key: 'status', title: t('rds.backupStatus'), width: 100, filterValue: (b) => text(b.BackupStatus), render: (b) => <StatusDot status={b.BackupStatus} /> },
    { key: 'start', title: t('rds.backupStart'), width: 140, sortValue: (b) => dateSortValue(text(b.BackupStartTime)), render: (b) => formatDate(text(b.BackupStartTime)) },
    { key: 'end', title: t('rds.backupEnd'), width: 140, render: (b) => formatDate(text(b.BackupEndTime)) },
    { key: 'mode', title: t('rds.backupMode'), width: 100, filterValue: (b) => text(b.BackupMode), render: (b) => text(b.BackupMode) },
    { key: 'method', title: t('rds.backupMethod'), width: 90, render: (b) => text(b.BackupMethod) },
    { key: 'dbs', title: t('rds.backupDbs'), width: 200, ellipsis: true, searchText: (b) => text(b.BackupDBNames), render: (b) => text(b.BackupDBNames) },
  ];
}

/** 6.7 GetRdsBackUp: one server page at a time, full and incremental sizes apart, the instance's total. */
export function BackupsTab({ scope, instanceId }: { scope?: Scope; instanceId: string }) {
  const t = useAlibabaT();
  const [typeParam] = useUrlParam('backupType');
  const [pageParam] = useUrlParam('backupPage');
  const [sizeParam] = useUrlParam('backupSize');
  const setParams = useSetUrlParams();
  const type = (['FullBackup', 'IncrementalBackup'].includes(typeParam) ? typeParam : '') as BackupType;
  const pageSize = (PAGE_SIZES.find((s) => String(s) === sizeParam) ?? 30) as 30 | 50 | 100;
  const pageNumber = Math.max(1, Number(pageParam) || 1);
  const query = useBackups(scope, instanceId, type, pageNumber, pageSize);
  const items = useMemo(() => query.data?.Items ?? [], [query.data]);
  const sums = backupSizes(items);
  const cols = useMemo(() => columns(t), [t]);
  const total = num(query.data?.TotalRecordCount) ?? items.length;
  return (
    <Flex vertical gap={8}>
      {query.error ? <ErrorAlert error={query.error} scope={{ account: scope?.account.name, region: scope?.region }} onRetry={() => void query.refetch()} /> : null}
      <Flex gap={32} wrap data-testid="backup-sizes">
        <Statistic title={t('rds.fullSize', { count: sums.full.count })} value={formatBytes(sums.full.bytes)} />
        <Statistic title={t('rds.incrementalSize', { count: sums.incremental.count })} value={formatBytes(sums.incremental.bytes)} />
        <Statistic title={t('rds.totalSize')} value={formatBytes(num(query.data?.TotalBackupSize))} />
      </Flex>
      <ResourceTable
        ariaLabel={t('rds.backups')}
        urlPrefix="bk"
        height={300}
        rows={items}
        columns={cols}
        rowKey={(b) => text(b.BackupId)}
        loading={query.isLoading}
        toolbar={
          <Flex gap={8} align="center">
            <Select
              aria-label={t('rds.backupType')}
              style={{ width: 150 }}
              value={type}
              onChange={(v: string) => setParams({ backupType: v, backupPage: undefined })}
              options={[
                { value: '', label: t('rds.backupAll') },
                { value: 'FullBackup', label: t('rds.backupType.FullBackup') },
                { value: 'IncrementalBackup', label: t('rds.backupType.IncrementalBackup') },
              ]}
            />
            <RefreshButton spinning={query.isFetching} onClick={() => void query.refetch()} />
          </Flex>
        }
      />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{t('rds.records', { shown: items.length, total })}</Typography.Text>
        <Pagination
          size="small"
          current={pageNumber}
          pageSize={pageSize}
          total={total}
          pageSizeOptions={PAGE_SIZES.map(String)}
          showSizeChanger
          onChange={(page, size) => setParams({ backupPage: page > 1 ? String(page) : undefined, backupSize: size !== 30 ? String(size) : undefined })}
        />
      </Flex>
    </Flex>
  );
}
