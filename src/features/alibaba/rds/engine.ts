import { alibabaOperations } from '../../../providers/alibaba/operations';

/** 6.5 CreateDb's CharacterSetName, per engine as the table prints it. */
const MYSQL_CHARSETS = ['utf8', 'gbk', 'latin1', 'utf8mb4'] as const;
const SQLSERVER_CHARSETS = ['Chinese_PRC_CI_AS', 'Chinese_PRC_CS_AS', 'SQL_Latin1_General_CI_AS', 'SQL_Latin1_General_CP1_CS_AS', 'Chinese_PRC_BIN'] as const;

/** 6.4 GrantDbToAccount: DDLOnly and DMLOnly for MySQL/MariaDB, DBOwner for SQL Server (Custom is only ever read). */
const MYSQL_PRIVILEGES = ['ReadWrite', 'ReadOnly', 'DDLOnly', 'DMLOnly'] as const;
const SQLSERVER_PRIVILEGES = ['ReadWrite', 'ReadOnly', 'DBOwner'] as const;

export type EngineFamily = 'mysql' | 'sqlserver' | 'unknown';

export function engineFamily(engine: string | undefined): EngineFamily {
  const e = (engine ?? '').toLowerCase().replace(/[\s_-]/g, '');
  if (e === 'mysql' || e === 'mariadb') return 'mysql';
  if (e === 'sqlserver' || e === 'mssql') return 'sqlserver';
  return 'unknown';
}

/** The character sets to offer; with the engine unknown (no database yet) every documented one. */
export function charsetsFor(engine: string | undefined): readonly string[] {
  const family = engineFamily(engine);
  if (family === 'mysql') return MYSQL_CHARSETS;
  if (family === 'sqlserver') return SQLSERVER_CHARSETS;
  return [...MYSQL_CHARSETS, ...SQLSERVER_CHARSETS];
}

export function privilegesFor(engine: string | undefined): readonly string[] {
  const family = engineFamily(engine);
  if (family === 'mysql') return MYSQL_PRIVILEGES;
  if (family === 'sqlserver') return SQLSERVER_PRIVILEGES;
  return [...MYSQL_PRIVILEGES, 'DBOwner'];
}

/** Every offered value must be one the operation definition accepts. */
export const acceptedBy = (operation: 'CreateDb' | 'GrantDbToAccount', field: string, value: string): boolean => {
  const shape = (alibabaOperations[operation].params as unknown as { shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }> }).shape;
  return shape[field].safeParse(value).success;
};
