import { useQuery, keepPreviousData } from '@tanstack/react-query';
import type { Scope } from '../../../app/accounts/scope';
import { alibabaApi } from '../shared/client';
import { alibabaKeys } from '../shared/keys';
import { regionOf } from '../shared/useAlibabaChange';
import type { Database, RdsAccount } from './types';

const ids = (scope: Scope | undefined) => [scope?.account.id ?? '', scope?.region ?? ''] as const;

/** 6.1 DescribeDatabases (InstanceId). Polls while a database is Creating or Deleting. */
export function useDatabases(scope: Scope | undefined, instanceId: string) {
  return useQuery({
    queryKey: alibabaKeys.databases(...ids(scope), instanceId),
    queryFn: async (): Promise<Database[]> => (await alibabaApi(scope!.account.id).call('DescribeDatabases', { InstanceId: instanceId }, regionOf(scope!))).Result?.Databases ?? [],
    enabled: !!scope && !!instanceId,
    refetchInterval: (q) => (q.state.data?.some((d) => d.DBStatus === 'Creating' || d.DBStatus === 'Deleting') ? 2_000 : false),
  });
}

/** 6.3 DescribeRdsAccounts (DbInstanceId). */
export function useRdsAccounts(scope: Scope | undefined, instanceId: string) {
  return useQuery({
    queryKey: alibabaKeys.rdsAccounts(...ids(scope), instanceId),
    queryFn: async (): Promise<RdsAccount[]> => (await alibabaApi(scope!.account.id).call('DescribeRdsAccounts', { DbInstanceId: instanceId }, regionOf(scope!))).Result?.Accounts ?? [],
    enabled: !!scope && !!instanceId,
  });
}

export type BackupType = '' | 'FullBackup' | 'IncrementalBackup';

/** 6.7 GetRdsBackUp pages on the server: PageSize 30, 50 or 100. */
export function useBackups(scope: Scope | undefined, instanceId: string, type: BackupType, pageNumber: number, pageSize: 30 | 50 | 100) {
  return useQuery({
    queryKey: [...alibabaKeys.backups(...ids(scope), instanceId, type), pageNumber, pageSize],
    queryFn: async () =>
      (await alibabaApi(scope!.account.id).call('GetRdsBackUp', { DbInstanceId: instanceId, PageNumber: pageNumber, PageSize: pageSize, ...(type ? { BackupType: type } : {}) }, regionOf(scope!))).Result ?? {},
    enabled: !!scope && !!instanceId,
    placeholderData: keepPreviousData,
  });
}
