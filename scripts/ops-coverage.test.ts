import { describe, expect, it } from 'vitest';
import { operationCoverage } from './ops-coverage';

describe('operation coverage', () => {
  const rows = operationCoverage();
  const callersOf = (provider: string, operation: string) => rows.find((r) => r.provider === provider && r.operation === operation)?.callers ?? [];

  it('lists every defined operation of the three providers once', () => {
    expect(rows.filter((r) => r.provider === 'tencent')).toHaveLength(95);
    expect(rows.filter((r) => r.provider === 'alibaba')).toHaveLength(66);
    expect(rows.filter((r) => r.provider === 'netease')).toHaveLength(48);
    expect(new Set(rows.map((r) => `${r.provider}.${r.operation}`)).size).toBe(rows.length);
  });

  // The operations the foundation pages stand on must keep a caller.
  it.each([
    ['tencent', 'DescribeCluster'],
    ['tencent', 'DescribeClusterInstances'],
    ['alibaba', 'ListCluster'],
    ['alibaba', 'ListClusterNode'],
    ['netease', 'listRepositories'],
    ['netease', 'getRepository'],
    ['netease', 'createSecretKey'],
    ['netease', 'createVolume'],
    ['netease', 'resizeVolume'],
    ['netease', 'createIps'],
    ['netease', 'deleteIp'],
    ['tencent', 'DuplicateImage'],
    ['tencent', 'AddUpdateServiceTrigger'],
    ['tencent', 'DescribeClusterService'],
    ['alibaba', 'CreatePersistentVolume'],
    ['alibaba', 'GrantDbToAccount'],
    ['alibaba', 'ListUsers'],
  ])('%s %s has a caller', (provider, operation) => {
    expect(callersOf(provider, operation)).not.toEqual([]);
  });
});
