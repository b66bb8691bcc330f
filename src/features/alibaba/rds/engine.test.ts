import { describe, expect, it } from 'vitest';
import { acceptedBy, charsetsFor, engineFamily, privilegesFor } from './engine';

describe('RDS engine rules (6.4, 6.5)', () => {
  it('offers each engine its own character sets, all of them accepted by CreateDb', () => {
    expect(charsetsFor('MySQL')).toEqual(['utf8', 'gbk', 'latin1', 'utf8mb4']);
    expect(charsetsFor('SQLServer')).toContain('Chinese_PRC_CI_AS');
    expect(charsetsFor('SQLServer')).not.toContain('utf8');
    expect(charsetsFor(undefined)).toHaveLength(9);
    for (const c of charsetsFor(undefined)) expect(acceptedBy('CreateDb', 'CharacterSetName', c), c).toBe(true);
    expect(acceptedBy('CreateDb', 'CharacterSetName', 'ascii')).toBe(false);
  });
  it('offers DDLOnly/DMLOnly to MySQL and MariaDB only, DBOwner to SQL Server only', () => {
    expect(engineFamily('MariaDB')).toBe('mysql');
    expect(engineFamily('SQL Server')).toBe('sqlserver');
    expect(privilegesFor('MySQL')).toEqual(['ReadWrite', 'ReadOnly', 'DDLOnly', 'DMLOnly']);
    expect(privilegesFor('SQLServer')).toEqual(['ReadWrite', 'ReadOnly', 'DBOwner']);
    for (const p of privilegesFor(undefined)) expect(acceptedBy('GrantDbToAccount', 'AccountPrivilege', p), p).toBe(true);
  });
});
