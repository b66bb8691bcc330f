import { conflict } from '../protocol/errors';
import type { RdsInstance, World } from '../store/types';
import { check, must, type Handlers } from './context';

/** How long CreateDb and DeleteDatabase take (Creating → Running, Deleting → gone). */
export const DB_CHANGE_MS = 5_000;

const MYSQL_CHARSETS = ['utf8', 'gbk', 'latin1', 'utf8mb4'];
const SQLSERVER_CHARSETS = ['Chinese_PRC_CI_AS', 'Chinese_PRC_CS_AS', 'SQL_Latin1_General_CI_AS', 'SQL_Latin1_General_CP1_CS'];
const PRIVILEGE_DETAIL: Record<string, string> = {
  ReadWrite: 'SELECT,INSERT,UPDATE,DELETE,CREATE,DROP,REFERENCES,INDEX,ALTER,CREATE TEMPORARY TABLES,LOCK TABLES,EXECUTE,CREATE VIEW,SHOW VIEW,CREATE ROUTINE,ALTER ROUTINE,EVENT,TRIGGER',
  ReadOnly: 'SELECT,LOCK TABLES,SHOW VIEW,EXECUTE',
  DDLOnly: 'CREATE,DROP,INDEX,ALTER,CREATE TEMPORARY TABLES,LOCK TABLES,CREATE VIEW,SHOW VIEW,CREATE ROUTINE,ALTER ROUTINE,EVENT,TRIGGER',
  DMLOnly: 'SELECT,INSERT,UPDATE,DELETE,CREATE TEMPORARY TABLES,LOCK TABLES,EXECUTE,SHOW VIEW,EVENT,TRIGGER',
  DBOwner: 'DB_OWNER',
};
const mysqlLike = (i: RdsInstance) => i.Engine === 'MySQL' || i.Engine === 'MariaDB';

const findInstance = (world: World, id: string) => must(world.rds.find((i) => i.DBInstanceId === id), `请求失败: RDS实例(${id})`);
function running(i: RdsInstance) {
  check(i.status === 'Running', `请求失败: 实例${i.DBInstanceId}当前状态为${i.status}，不是运行中`);
}

/** Databases finish creating or deleting once their time has come. */
export function tickRds(world: World, now: number): void {
  for (const instance of world.rds) {
    for (const db of instance.databases) if (db.status === 'Creating' && db.until !== undefined && now >= db.until) db.status = 'Running';
    instance.databases = instance.databases.filter((db) => !(db.status === 'Deleting' && db.until !== undefined && now >= db.until));
  }
}

export const rdsHandlers: Handlers = {
  DescribeDatabases(ctx, p) {
    const instance = findInstance(ctx.world, p.InstanceId);
    const Databases = instance.databases.map((db) => ({
      DBName: db.DBName,
      DBStatus: db.status,
      DBDescription: db.DBDescription,
      Engine: instance.Engine,
      CharacterSetName: db.CharacterSetName,
      DBInstanceId: instance.DBInstanceId,
      Accounts: instance.accounts
        .filter((a) => a.privileges[db.DBName])
        .map((a) => ({ Account: a.AccountName, AccountPrivilege: a.privileges[db.DBName], AccountPrivilegeDetail: PRIVILEGE_DETAIL[a.privileges[db.DBName]] ?? '' })),
    }));
    return { Result: { Databases } };
  },
  DescribeRdsAccounts(ctx, p) {
    const instance = findInstance(ctx.world, p.DbInstanceId);
    const Accounts = instance.accounts
      .filter((a) => p.AccountName === undefined || a.AccountName === p.AccountName)
      .map((a) => ({
        AccountStatus: a.AccountStatus,
        AccountDescription: a.AccountDescription,
        AccountName: a.AccountName,
        AccountType: a.AccountType,
        PrivExceeded: '0',
        DBInstanceId: instance.DBInstanceId,
        DatabasePrivileges: Object.entries(a.privileges).map(([DBName, AccountPrivilege]) => ({ DBName, AccountPrivilege, AccountPrivilegeDetail: PRIVILEGE_DETAIL[AccountPrivilege] ?? '' })),
      }));
    return { Result: { Accounts } };
  },
  DeleteRdsAccount(ctx, p) {
    const instance = findInstance(ctx.world, p.DbInstanceId);
    running(instance);
    must(instance.accounts.find((a) => a.AccountName === p.AccountName), `请求失败: 账号(${p.AccountName})`);
    instance.accounts = instance.accounts.filter((a) => a.AccountName !== p.AccountName);
    return { Result: { RequestId: '' } };
  },
  GrantDbToAccount(ctx, p) {
    const instance = findInstance(ctx.world, p.DbInstanceId);
    running(instance);
    const account = must(instance.accounts.find((a) => a.AccountName === p.AccountName), `请求失败: 账号(${p.AccountName})`);
    const db = must(instance.databases.find((d) => d.DBName === p.DbName), `请求失败: 数据库(${p.DbName})`);
    check(db.status === 'Running', `请求失败: 数据库${db.DBName}当前状态为${db.status}`);
    if (p.AccountPrivilege === 'DDLOnly' || p.AccountPrivilege === 'DMLOnly') check(mysqlLike(instance), `请求失败: ${p.AccountPrivilege}只适用于MySQL和MariaDB`);
    if (p.AccountPrivilege === 'DBOwner') check(instance.Engine === 'SQLServer', '请求失败: DBOwner只适用于SQL Server');
    account.privileges[db.DBName] = p.AccountPrivilege;
    return {};
  },
  CreateDb(ctx, p) {
    const instance = findInstance(ctx.world, p.DbInstanceId);
    running(instance);
    const allowed = instance.Engine === 'SQLServer' ? SQLSERVER_CHARSETS : MYSQL_CHARSETS;
    check(allowed.includes(p.CharacterSetName), `请求失败: ${instance.Engine}不支持字符集${p.CharacterSetName}，可选${allowed.join('、')}`);
    if (instance.databases.some((d) => d.DBName === p.DbName)) throw conflict(`请求失败: 数据库${p.DbName}已存在`);
    instance.databases.push({ DBName: p.DbName, DBDescription: p.DbDescription ?? '', CharacterSetName: p.CharacterSetName, status: 'Creating', until: ctx.now + DB_CHANGE_MS });
    return {};
  },
  DeleteDatabase(ctx, p) {
    const instance = findInstance(ctx.world, p.DBInstanceId);
    running(instance);
    // Only primary MySQL / SQL Server / MariaDB instances (document line 7100).
    check(instance.role === 'Primary' && instance.Engine !== 'PostgreSQL', '请求失败：只能删除MySQL、SQL Server或MariaDB主实例上的数据库');
    const db = must(instance.databases.find((d) => d.DBName === p.DBName), `请求失败：数据库(${p.DBName})`);
    check(db.status === 'Running', `请求失败：数据库${db.DBName}当前状态为${db.status}`);
    db.status = 'Deleting';
    db.until = ctx.now + DB_CHANGE_MS;
    for (const account of instance.accounts) delete account.privileges[db.DBName];
    return {};
  },
  GetRdsBackUp(ctx, p) {
    const instance = findInstance(ctx.world, p.DbInstanceId);
    const rows = instance.backups.filter((b) => (p.BackupId === undefined || b.BackupId === p.BackupId) && (!p.BackupType || b.BackupType === p.BackupType));
    const start = (p.PageNumber - 1) * p.PageSize;
    const items = rows.slice(start, start + p.PageSize);
    // Paging lives inside Result here, with string counters (document quirk).
    return {
      Result: {
        TotalRecordCount: String(rows.length),
        PageNumber: String(p.PageNumber),
        PageRecordCount: String(items.length),
        TotalBackupSize: rows.reduce((n, b) => n + b.BackupSize, 0),
        Items: items.map((b) => ({ ...b, DBInstanceId: instance.DBInstanceId, TotalBackupSize: b.BackupSize })),
      },
    };
  },
};
