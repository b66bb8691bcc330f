import { describe, expect, it } from 'vitest';
import { harness } from '../../mocks/tencent/testing';
import { portText, tencentDomain } from './domain';

describe('portText', () => {
  it('writes service→container ports only when they differ', () => {
    expect(portText(80, 80, 'TCP')).toBe('80/TCP');
    expect(portText(8080, 80, 'UDP')).toBe('8080→80/UDP');
    expect(portText(undefined, 443)).toBe('443/TCP');
  });
});

describe('tencentDomain against the emulator', () => {
  const context = (region: string) => {
    const h = harness();
    return { h, ctx: { accountId: 'tencent-demo', region, call: (op: string, params: Record<string, unknown> = {}) => h.ok(op, params, region) } };
  };

  it('lists the clusters of a region with neutral statuses', async () => {
    const { ctx } = context('sh');
    const clusters = await tencentDomain.listClusters!(ctx);
    expect(clusters.map((c) => [c.name, c.status, c.statusText]).sort()).toEqual([
      ['sh-batch', 'pending', 'Creating'],
      ['sh-edge', 'running', 'Running'],
    ]);
    expect(clusters[0]).toMatchObject({ provider: 'tencent', accountId: 'tencent-demo', region: 'sh' });
  });

  it('gives a running cluster its requests and limits against its nodes, a creating one only totals', async () => {
    const { ctx } = context('sh');
    const clusters = await tencentDomain.listClusters!(ctx);
    const edge = clusters.find((c) => c.name === 'sh-edge')!;
    const limits = (await ctx.call('DescribeClusterRequestLimitInfo', { clusterId: edge.id })) as Record<string, number>;
    expect(edge.capacity).toMatchObject({ cpuRequest: limits.totalCpuRequest, cpuLimit: limits.totalCpuLimit, memoryGbRequest: limits.totalMemRequest, memoryGbLimit: limits.totalMemLimit });
    expect(edge.capacity?.cpuTotal).toBeGreaterThan(0);
    const batch = clusters.find((c) => c.name === 'sh-batch')!;
    expect(batch.capacity?.cpuRequest).toBeUndefined();
  });

  it('describes a service: its containers’ images and its port mappings', async () => {
    const { ctx } = context('gz');
    const [service] = await tencentDomain.listServices!(ctx);
    const summary = await tencentDomain.describeService!(ctx, service);
    expect(summary.images.length).toBeGreaterThan(0);
    expect(summary.images[0]).toMatch(/:/);
    for (const port of summary.ports) expect(port).toMatch(/^(\d+→)?\d+\/(TCP|UDP)$/);
  });

  it('lists nodes, repositories and tags (newest first)', async () => {
    const { ctx } = context('gz');
    const clusters = await tencentDomain.listClusters!(ctx);
    const staging = clusters.find((c) => c.name === 'staging')!;
    expect(staging.status).toBe('failed');
    const nodes = await tencentDomain.listNodes!(ctx, staging.id);
    expect(nodes).toHaveLength(2);
    expect(nodes.filter((n) => n.status === 'failed')).toHaveLength(1);
    // Millicores and Mi on the wire; cores and GB in the console, as a node really has.
    for (const node of nodes) {
      const raw = node.raw as { cpu: number; mem: number };
      expect(node.cpu).toBeCloseTo(raw.cpu / 1000, 1);
      expect(node.memoryGb).toBeCloseTo(raw.mem / 1024, 1);
      expect(node.cpu).toBeLessThan(128);
    }
    const repos = await tencentDomain.listRepositories!(ctx);
    expect(repos.map((r) => r.id).sort()).toEqual(['demo-apps/nginx', 'demo-apps/redis', 'tricloud/api', 'tricloud/web']);
    const web = repos.find((r) => r.id === 'tricloud/web')!;
    expect(web).toMatchObject({ namespace: 'tricloud', name: 'web', visibility: 'private', tagCount: 5 });
    const tags = await tencentDomain.listTags!(ctx, web);
    expect(tags.map((t) => t.name)).toEqual(['latest', 'v1.3.0', 'v1.2.0', 'v1.1.0', 'v1.0.0']);
    expect(tags[0].pullCommand).toBe('docker pull ccr.ccs.tencentyun.com/tricloud/web:latest');
  });

  it('lists the services of every listable cluster of a region, all namespaces', async () => {
    const { ctx } = context('gz');
    const clusters = await tencentDomain.listClusters!(ctx);
    const services = await tencentDomain.listServices!(ctx);
    expect(services.length).toBeGreaterThan(0);
    for (const s of services) {
      const cluster = clusters.find((c) => c.id === s.group.id)!;
      expect(cluster).toBeDefined();
      expect(s).toMatchObject({ provider: 'tencent', accountId: 'tencent-demo', region: 'gz', group: { kind: 'cluster', name: cluster.name } });
      expect(s.id).toBe(`${cluster.id}/${s.namespace}/${s.name}`);
      const raw = s.raw as { status: string; desiredReplicas: number };
      expect(s.statusText).toBe(raw.status);
      expect(s.desiredReplicas).toBe(raw.desiredReplicas);
    }
    expect(services.filter((s) => s.statusText === 'Normal').every((s) => s.status === 'running')).toBe(true);
  });
});

