import { num, text } from '../shared/values';
import type { Backup } from './types';

export interface SizeSum {
  count: number;
  bytes: number;
}

/** Full and incremental backup sets summed apart (6.7 BackupType FullBackup | IncrementalBackup; BackupSize in bytes). */
export function backupSizes(items: readonly Backup[]): { full: SizeSum; incremental: SizeSum } {
  const sums = { full: { count: 0, bytes: 0 }, incremental: { count: 0, bytes: 0 } };
  for (const item of items) {
    const kind = text(item.BackupType) === 'IncrementalBackup' ? sums.incremental : text(item.BackupType) === 'FullBackup' ? sums.full : undefined;
    if (!kind) continue;
    kind.count += 1;
    kind.bytes += num(item.BackupSize) ?? 0;
  }
  return sums;
}
