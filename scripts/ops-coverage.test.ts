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

  // Every operation of the three documents is usable from the console: a page or action calls it.
  it('gives every defined operation a caller in src/features (or a domain adapter)', () => {
    expect(rows.filter((r) => r.callers.length === 0).map((r) => `${r.provider}.${r.operation}`)).toEqual([]);
  });

  // The callers must be code, not comments.
  it('does not count an operation named only in a comment', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'ops-'));
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'page.tsx'), "// calls 'DescribeIngress' later\n * 'CreateIngress' too\nclient.call('DeleteIngress', {});\n");
    const mine = operationCoverage(dir).filter((r) => r.provider === 'tencent' && r.group === 'ingress');
    const called = (op: string) => mine.find((r) => r.operation === op)!.callers.some((c) => c.includes('page.tsx'));
    expect(called('DeleteIngress')).toBe(true);
    expect(called('DescribeIngress')).toBe(false);
    expect(called('CreateIngress')).toBe(false);
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
