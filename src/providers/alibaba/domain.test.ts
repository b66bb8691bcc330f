import { describe, expect, it } from 'vitest';
import { createAlibabaEmulator } from '../../mocks/alibaba';
import { inProcessClient, T0 } from '../../mocks/alibaba/testing';
import type { DomainContext } from '../../domain/types';
import { alibabaDomain, clusterStatus, environmentStatus, imagesInYaml } from './domain';

describe('alibabaDomain', () => {
  const client = inProcessClient(createAlibabaEmulator({ now: () => T0 }), () => T0);
  const ctx: DomainContext = { accountId: 'demo', region: 'cn-zhangjiakou', call: (op, params) => client.call(op as never, (params ?? {}) as never) };

  it('reads the images of deploy configs and the ports of k8s services for an environment', async () => {
    const services = await alibabaDomain.listServices!(ctx);
    const summaries = await Promise.all(services.map((s) => alibabaDomain.describeService!(ctx, s)));
    expect(summaries.some((s) => s.images.length > 0)).toBe(true);
    for (const s of summaries) for (const image of s.images) expect(image).toMatch(/^[\w./-]+(:[\w.-]+)?$/);
  });

  it('finds images in Deployment YAML, list items and quoted values included', () => {
    const yaml = 'spec:\n  containers:\n  - name: web\n    image: registry.cn/app/web:1.2\n  - image: "nginx:1.25" # sidecar\n';
    expect(imagesInYaml(yaml)).toEqual(['registry.cn/app/web:1.2', 'nginx:1.25']);
    expect(imagesInYaml(undefined)).toEqual([]);
  });

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

  it('lists every app environment as a service with replicas from its instances', async () => {
    const services = await alibabaDomain.listServices!(ctx);
    expect(services.length).toBeGreaterThan(0);
    for (const s of services) {
      const raw = s.raw as { app: { Title: string; AppId: number }; environment: { EnvName: string; EnvId: number }; detail: { Replicas: number }; instances: unknown[] };
      expect(s).toMatchObject({ provider: 'alibaba', accountId: 'demo', region: 'cn-zhangjiakou', name: `${raw.app.Title}/${raw.environment.EnvName}`, id: `${raw.app.AppId}/${raw.environment.EnvId}` });
      expect(s.group.kind).toBe('app-environment');
      expect(s.desiredReplicas).toBe(raw.detail.Replicas);
      expect(s.readyReplicas).toBe(raw.instances.length);
    }
    expect(services.some((s) => s.status === 'running' && s.readyReplicas! > 0)).toBe(true);
  });

  it('keeps only the environments of the asked region', async () => {
    expect(await alibabaDomain.listServices!({ ...ctx, region: 'cn-hangzhou' })).toEqual([]);
  });

  it('derives an environment status from instance health', () => {
    expect(environmentStatus(2, [{ Health: 'RUNNING' }, { Health: 'RUNNING' }])).toEqual({ status: 'running', statusText: 'RUNNING' });
    expect(environmentStatus(2, [{ Health: 'RUNNING' }, { Health: 'ABNORMAL' }]).status).toBe('failed');
    expect(environmentStatus(3, [{ Health: 'RUNNING' }]).status).toBe('updating');
    expect(environmentStatus(0, []).status).toBe('stopped');
  });
});

