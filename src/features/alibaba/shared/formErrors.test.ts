import { describe, expect, it } from 'vitest';
import { alibabaOperations } from '../../../providers/alibaba/operations';
import { refusedFields } from './formErrors';

const pv = { AccessModes: 'ReadWriteMany', Capacity: '100Gi', ClusterInstanceId: 'cls-1', MountTargetDomain: 'x.nas.aliyuncs.com', Name: 'data-pv', NFSVersion: '4.0', ReclaimPolicy: 'Retain', StorageClass: 'nas' };

describe('refusedFields (the document’s rules, from the operation definitions)', () => {
  it('5.1.1: names and storage classes start lower-case; capacity is a k8s quantity; enums as printed', () => {
    const params = alibabaOperations.CreatePersistentVolume.params;
    expect([...refusedFields(params, pv)]).toEqual([]);
    expect([...refusedFields(params, { ...pv, Name: 'Data' })]).toEqual(['Name']);
    expect([...refusedFields(params, { ...pv, StorageClass: '1nas' })]).toEqual(['StorageClass']);
    expect([...refusedFields(params, { ...pv, Capacity: 'lots' })]).toEqual(['Capacity']);
    expect([...refusedFields(params, { ...pv, NFSVersion: '4' })]).toEqual(['NFSVersion']);
    expect([...refusedFields(params, { ...pv, AccessModes: 'ReadOnlyMany' })]).toEqual(['AccessModes']);
  });
  it('6.5: DbName 2–64 characters, letter first, letter or digit last; description 2–256', () => {
    const params = alibabaOperations.CreateDb.params;
    const ok = { CharacterSetName: 'utf8', DbInstanceId: 'rm-1', DbName: 'rds_mysql' };
    expect([...refusedFields(params, ok)]).toEqual([]);
    for (const DbName of ['a', 'a'.repeat(65), '1db', 'db_', 'Orders']) expect([...refusedFields(params, { ...ok, DbName })], DbName).toEqual(['DbName']);
    expect([...refusedFields(params, { ...ok, DbDescription: '测试用数据库' })]).toEqual([]);
    expect([...refusedFields(params, { ...ok, DbDescription: 'x' })]).toEqual(['DbDescription']);
  });
});
