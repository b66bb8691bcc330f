import { describe, expect, it } from 'vitest';
import { createAlibabaEmulator } from '../index';
import { DB_CHANGE_MS } from '../handlers/rds';
import { inProcessClient, T0 } from '../testing';

type Row = Record<string, unknown>;

function world() {
  let now = T0;
  const client = inProcessClient(createAlibabaEmulator({ now: () => now }), () => now);
  return { client, advance: (ms: number) => (now += ms) };
}

async function prodEnv(client: ReturnType<typeof world>['client']) {
  const app = ((await client.ListApp({})).Data as Row[])[1];
  const env = ((await client.ListAppEnvironment({ AppId: Number(app.AppId), PageNumber: 1, PageSize: 10, EnvType: 2 })).Data as Row[])[0];
  const cluster = String(((await client.ListCluster({ EnvType: 'PRO' })).Data as Row[])[0].InstanceId);
  return { appId: Number(app.AppId), envId: Number(env.EnvId), cluster };
}

describe('persistent volumes and claims', () => {
  it('binds a claim to a matching volume, waits when none fits, and releases on delete', async () => {
    const { client } = world();
    const { appId, envId, cluster } = await prodEnv(client);
    const pvs = async () => (await client.ListPersistentVolume({ ClusterInstanceId: cluster, PageNumber: 1, PageSize: 50 })).Data as Row[];
    const claims = async () => (await client.ListPersistentVolumeClaim({ AppId: appId, EnvId: envId, PageNumber: 1, PageSize: 50 })).Data as Row[];

    await client.CreatePersistentVolumeClaim({ AppId: appId, EnvId: envId, Name: 'big', AccessModes: 'ReadWriteMany', Capacity: '1Ti', StorageClass: 'shared' });
    expect(await claims()).toMatchObject([{ Name: 'big', Status: 'Pending', VolumeName: '' }]);
    await client.CreatePersistentVolumeClaim({ AppId: appId, EnvId: envId, Name: 'small', AccessModes: 'ReadWriteMany', Capacity: '100Gi', StorageClass: 'shared' });
    expect((await claims()).find((c) => c.Name === 'small')).toMatchObject({ Status: 'Bound', VolumeName: 'shared-nas-pv' });
    expect((await pvs()).find((v) => v.Name === 'shared-nas-pv')).toMatchObject({ Status: 'Bound', PvcName: 'small' });
    await expect(client.DeletePersistentVolume({ ClusterInstanceId: cluster, PersistentVolumeName: 'shared-nas-pv' })).rejects.toMatchObject({ code: '400' });

    // A new volume that fits binds the waiting claim.
    await expect(client.CreatePersistentVolume({ ClusterInstanceId: cluster, Name: 'Bad', Capacity: '2Ti', AccessModes: 'ReadWriteMany', MountTargetDomain: 'x.nas.aliyuncs.com', NFSVersion: '3', ReclaimPolicy: 'Retain', StorageClass: 'big-class' })).rejects.toMatchObject({ code: 'InvalidParameter' });
    await expect(client.CreatePersistentVolume({ ClusterInstanceId: cluster, Name: 'dup', Capacity: '2Ti', AccessModes: 'ReadWriteMany', MountTargetDomain: 'x.nas.aliyuncs.com', NFSVersion: '3', ReclaimPolicy: 'Retain', StorageClass: 'shared' })).rejects.toMatchObject({ code: '409' });
    await client.CreatePersistentVolume({ ClusterInstanceId: cluster, Name: 'huge-pv', Capacity: '2Ti', AccessModes: 'ReadWriteMany', MountTargetDomain: 'x.nas.aliyuncs.com', NFSVersion: '3', ReclaimPolicy: 'Retain', StorageClass: 'big-class' });
    expect((await claims()).find((c) => c.Name === 'big')).toMatchObject({ Status: 'Pending' });

    // Delete policy: the volume goes with its claim.
    await client.DeletePersistentVolumeClaim({ AppId: appId, EnvId: envId, PersistentVolumeClaimName: 'small' });
    expect((await pvs()).map((v) => v.Name)).not.toContain('shared-nas-pv');
  });

  it('keeps a Retain volume as Released after its claim is deleted', async () => {
    const { client } = world();
    const app = ((await client.ListApp({})).Data as Row[])[3];
    const env = ((await client.ListAppEnvironment({ AppId: Number(app.AppId), PageNumber: 1, PageSize: 10, EnvType: 2 })).Data as Row[])[0];
    const cluster = String(((await client.ListCluster({ EnvType: 'PRO' })).Data as Row[])[0].InstanceId);
    await client.DeletePersistentVolumeClaim({ AppId: Number(app.AppId), EnvId: Number(env.EnvId), PersistentVolumeClaimName: 'report-data' });
    const pv = ((await client.ListPersistentVolume({ ClusterInstanceId: cluster, PageNumber: 1, PageSize: 10 })).Data as Row[]).find((v) => v.Name === 'report-nas-pv');
    expect(pv).toMatchObject({ Status: 'Released', ReclaimPolicy: 'Retain' });
    await client.DeletePersistentVolume({ ClusterInstanceId: cluster, PersistentVolumeName: 'report-nas-pv' });
  });
});

describe('resource allocation', () => {
  it('allocates a new environment to a cluster once, and releases it', async () => {
    const { client } = world();
    const { appId, cluster } = await prodEnv(client);
    const schema = Number(((await client.ListDeployConfig({ AppId: appId })).Data as Row[])[0].Id);
    const envId = Number((await client.CreateEnvironment({ AppId: appId, AppSchemaId: schema, EnvName: '灰度', EnvType: 1, Region: 'cn-zhangjiakou', Replicas: 1 })).Result?.AppEnvId);
    await expect(client.DescribeAppResourceAlloc({ AppEnvId: envId })).rejects.toMatchObject({ code: '404' });
    await client.CreateAppResourceAlloc({ AppId: appId, AppEnvId: envId, ClusterId: cluster });
    await expect(client.CreateAppResourceAlloc({ AppId: appId, AppEnvId: envId, ClusterId: cluster })).rejects.toMatchObject({ code: '409' });
    expect((await client.DescribeAppResourceAlloc({ AppEnvId: envId })).Result).toMatchObject({ AppEnvId: envId, ClusterId: cluster, AppId: appId });
    expect((await client.ListAppResourceAllocs({ ClusterId: cluster, PageNumber: 1, PageSize: 50 })).TotalCount).toBe(5);
    await client.DeleteAppResourceAlloc({ AppEnvId: envId });
    expect((await client.ListAppResourceAllocs({ AppEnvId: envId, PageNumber: 1, PageSize: 5 })).TotalCount).toBe(0);
  });
});

describe('RDS databases, accounts, grants and backups', () => {
  it('creates a database (Creating → Running), grants it, deletes it (Deleting → gone)', async () => {
    const { client, advance } = world();
    const mysql = String(((await client.GetRdsBackUp({ DbInstanceId: 'rm-none' }).catch((e) => e)) as Error).message);
    expect(mysql).toContain('RDS实例');
    const instance = await firstRds(client);
    await expect(client.CreateDb({ DbInstanceId: instance, DbName: 'shop', CharacterSetName: 'Chinese_PRC_CI_AS' })).rejects.toMatchObject({ code: '400' });
    await expect(client.CreateDb({ DbInstanceId: instance, DbName: '1shop', CharacterSetName: 'utf8' })).rejects.toMatchObject({ code: 'InvalidParameter' });
    await client.CreateDb({ DbInstanceId: instance, DbName: 'shop', CharacterSetName: 'utf8mb4', DbDescription: '商城库' });
    const status = async () => ((await client.DescribeDatabases({ InstanceId: instance })).Result?.Databases as Row[]).find((d) => d.DBName === 'shop')?.DBStatus;
    expect(await status()).toBe('Creating');
    await expect(client.GrantDbToAccount({ DbInstanceId: instance, AccountName: 'test1', DbName: 'shop', AccountPrivilege: 'ReadWrite' })).rejects.toMatchObject({ code: '400' });
    advance(DB_CHANGE_MS);
    expect(await status()).toBe('Running');
    await expect(client.GrantDbToAccount({ DbInstanceId: instance, AccountName: 'test1', DbName: 'shop', AccountPrivilege: 'DBOwner' })).rejects.toThrow('SQL Server');
    await client.GrantDbToAccount({ DbInstanceId: instance, AccountName: 'test1', DbName: 'shop', AccountPrivilege: 'DMLOnly' });
    const account = ((await client.DescribeRdsAccounts({ DbInstanceId: instance, AccountName: 'test1' })).Result?.Accounts as Row[])[0];
    expect(account.DatabasePrivileges).toContainEqual(expect.objectContaining({ DBName: 'shop', AccountPrivilege: 'DMLOnly' }));
    await client.DeleteDatabase({ DBInstanceId: instance, DBName: 'shop' });
    expect(await status()).toBe('Deleting');
    advance(DB_CHANGE_MS);
    expect(await status()).toBeUndefined();
    await client.DeleteRdsAccount({ DbInstanceId: instance, AccountName: 'test1' });
    expect(((await client.DescribeRdsAccounts({ DbInstanceId: instance })).Result?.Accounts as Row[]).map((a) => a.AccountName)).toEqual(['test2']);
  });

  it('pages backups inside Result with string counters and the 30|50|100 page sizes', async () => {
    const { client } = world();
    const instance = await firstRds(client);
    const backups = (await client.GetRdsBackUp({ DbInstanceId: instance })).Result as Row;
    expect(backups).toMatchObject({ TotalRecordCount: '5', PageNumber: '1', PageRecordCount: '5' });
    expect(((await client.GetRdsBackUp({ DbInstanceId: instance, BackupType: 'IncrementalBackup' })).Result as Row).TotalRecordCount).toBe('1');
    await expect(client.GetRdsBackUp({ DbInstanceId: instance, PageSize: 20 as never })).rejects.toMatchObject({ code: 'InvalidParameter' });
  });
});

/** The seeded MySQL instance's ID, read the way a console would (from the resource allocation-free RDS APIs). */
async function firstRds(client: ReturnType<typeof world>['client']): Promise<string> {
  const { seedWorld } = await import('../store/seed');
  const { DEMO_CREDENTIALS } = await import('../../demo-credentials');
  const id = seedWorld(DEMO_CREDENTIALS.alibaba.accessKeyId, T0).rds[0].DBInstanceId;
  expect((await client.DescribeDatabases({ InstanceId: id })).Result?.Databases).toBeTruthy();
  return id;
}
