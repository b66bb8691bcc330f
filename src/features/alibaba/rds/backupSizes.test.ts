import { describe, expect, it } from 'vitest';
import type { AlibabaResult } from '../../../providers/alibaba/client';
import { alibabaOperations } from '../../../providers/alibaba/operations';
import { exampleResponse, pascalKeys } from '../shared/catalog.testutil';
import { num } from '../shared/values';
import { backupSizes } from './backupSizes';

describe('backupSizes', () => {
  it('sums the document’s example backup sets (lowerCamel in the example, PascalCase in the table)', () => {
    const answer = alibabaOperations.GetRdsBackUp.response.parse(pascalKeys(exampleResponse('GetRdsBackUp'))) as AlibabaResult<'GetRdsBackUp'>;
    const items = answer.Result?.Items ?? [];
    expect(items.length).toBeGreaterThan(0);
    const sums = backupSizes(items);
    const expected = items.filter((i) => i.BackupType === 'FullBackup').reduce((s, i) => s + (num(i.BackupSize) ?? 0), 0);
    expect(sums.full.bytes).toBe(expected);
    expect(sums.full.count + sums.incremental.count).toBe(items.length);
    expect(num(answer.Result?.PageRecordCount)).toBe(items.length);
  });
  it('keeps incremental sets apart and ignores unknown types', () => {
    const sums = backupSizes([
      { BackupType: 'FullBackup', BackupSize: 1000 },
      { BackupType: 'IncrementalBackup', BackupSize: '24' },
      { BackupType: 'IncrementalBackup', BackupSize: 6 },
      { BackupType: 'Other', BackupSize: 99 },
    ]);
    expect(sums).toEqual({ full: { count: 1, bytes: 1000 }, incremental: { count: 2, bytes: 30 } });
  });
});
