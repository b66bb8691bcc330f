import { describe, expect, it } from 'vitest';
import { createAlibabaEmulator } from '../../mocks/alibaba';
import { inProcessClient, T0 } from '../../mocks/alibaba/testing';
import type { DomainContext } from '../../domain/types';
import { alibabaDomain, clusterStatus } from './domain';

describe('alibabaDomain', () => {
  const client = inProcessClient(createAlibabaEmulator({ now: () => T0 }), () => T0);
  const ctx: DomainContext = { accountId: 'demo', region: 'cn-zhangjiakou', call: (op, params) => client.call(op as never, (params ?? {}) as never) };

  it('maps ListCluster to neutral clusters', async () => {
    const clusters = await alibabaDomain.listClusters!(ctx);
    expect(clusters).toHaveLength(3);
    expect(clusters[0]).toMatchObject({ provider: 'alibaba', accountId: 'demo', region: 'cn-zhangjiakou', name: '正式环境集群', status: 'running', statusText: 'running', nodeCount: 4 });
    expect(clusters[0].id).toMatch(/^c[0-9a-f]{32}$/);
  });

  it('maps ListClusterNode to neutral nodes (memory in GiB)', async () => {
    const [cluster] = await alibabaDomain.listClusters!(ctx);
    const nodes = await alibabaDomain.listNodes!(ctx, cluster.id);
    expect(nodes).toHaveLength(4);
    expect(nodes[0]).toMatchObject({ clusterId: cluster.id, status: 'running', cpu: 8, memoryGb: 16 });
    expect(nodes[0].id).toMatch(/^i-[a-z0-9]{20}$/);
    expect(nodes[0].privateIp).toMatch(/^192\.168\./);
  });

  it('normalises cluster states', () => {
    expect(clusterStatus('creating')).toBe('pending');
    expect(clusterStatus('deleting')).toBe('deleting');
    expect(clusterStatus('weird')).toBe('unknown');
  });
});
