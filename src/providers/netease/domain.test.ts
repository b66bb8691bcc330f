import { describe, expect, it } from 'vitest';
import { neteaseHarness } from '../../mocks/netease/testing';
import { neteaseDomain, pushedAtFromTagName, serviceStatus } from './domain';

describe('neteaseDomain', () => {
  const ctx = () => {
    const h = neteaseHarness();
    return { h, ctx: { accountId: 'netease-demo', region: 'default', call: (op: string, params?: Record<string, unknown>) => h.call(op as never, params) } };
  };

  it('lists every repository as a neutral Repository in region default', async () => {
    const { ctx: c } = ctx();
    const repos = await neteaseDomain.listRepositories!(c);
    expect(repos.map((r) => r.name).sort()).toEqual(['axure', 'batch-worker', 'mysql', 'order-api', 'web-frontend']);
    const mysql = repos.find((r) => r.name === 'mysql')!;
    expect(mysql).toMatchObject({ provider: 'netease', accountId: 'netease-demo', region: 'default', namespace: 'tricloud', visibility: 'private', tagCount: 2 });
    expect(repos.find((r) => r.name === 'web-frontend')!.visibility).toBe('public');
  });

  it('lists the tags of a repository with their build status and pull command', async () => {
    const { ctx: c } = ctx();
    const axure = (await neteaseDomain.listRepositories!(c)).find((r) => r.name === 'axure')!;
    const tags = await neteaseDomain.listTags!(c, axure);
    expect(tags).toHaveLength(5);
    expect(tags.find((t) => t.name === 'v3')!.buildStatus).toBe('failed');
    expect(tags.find((t) => t.name === 'v1')).toMatchObject({ buildStatus: 'succeeded', repositoryId: axure.id, pullCommand: 'docker pull hub.c.163.com/tricloud/axure:v1' });
  });

  it('follows the pages of 5.2 (at most 30 per page)', async () => {
    const { h, ctx: c } = ctx();
    for (let i = 0; i < 31; i++) await h.call('buildImage', { repo_name: `r${i}`, tag: 'v1', docker_file: 'FROM scratch' });
    const repos = await neteaseDomain.listRepositories!(c);
    expect(repos).toHaveLength(36);
    expect(new Set(repos.map((r) => r.id)).size).toBe(36);
  });
});

describe('pushedAtFromTagName', () => {
  it('reads the yyyyMMddHHmmssSSS stamp of branch-built tags', () => {
    expect(pushedAtFromTagName('master20161215042831791')).toBe('2016-12-15T04:28:31.791Z');
    expect(pushedAtFromTagName('v1')).toBeUndefined();
    expect(pushedAtFromTagName('master20161345042831791')).toBeUndefined();
  });

});

describe('neteaseDomain services', () => {
  const ctx = () => {
    const h = neteaseHarness();
    return { h, ctx: { accountId: 'netease-demo', region: 'default', call: (op: string, params?: Record<string, unknown>) => h.call(op as never, params) } };
  };

  it('lists spaces as the grouping level of the Clusters page, with their service counts', async () => {
    const { ctx: c } = ctx();
    const spaces = await neteaseDomain.listClusters!(c);
    const services = await neteaseDomain.listServices!(c);
    expect(spaces.length).toBeGreaterThan(0);
    for (const space of spaces) {
      expect(space).toMatchObject({ provider: 'netease', kind: 'space', region: 'default' });
      expect(space.serviceCount).toBe(services.filter((s) => s.group.id === space.id).length);
    }
  });

  it('describes a service with its containers’ images (9.7)', async () => {
    const { ctx: c } = ctx();
    const [service] = await neteaseDomain.listServices!(c);
    const summary = await neteaseDomain.describeService!(c, service);
    expect(summary.images.length).toBeGreaterThan(0);
    expect(summary.ports).toEqual(service.ports);
  });

  it('lists the services of every space with their ports', async () => {
    const { h, ctx: c } = ctx();
    const services = await neteaseDomain.listServices!(c);
    const { namespaces } = (await h.call('listNamespaces' as never, {})) as { namespaces: { id: number }[] };
    expect(services.length).toBeGreaterThan(0);
    const mysql = services.find((s) => s.name === 'mysql')!;
    expect(mysql).toMatchObject({ provider: 'netease', region: 'default', status: 'running', statusText: 'restart_succ', desiredReplicas: 1, readyReplicas: 1, ports: ['3306/TCP'] });
    expect(mysql.group.kind).toBe('space');
    expect(namespaces.map((n) => String(n.id))).toContain(mysql.group.id);
  });

  it('maps in-progress and finished statuses', () => {
    expect(serviceStatus('update_succ')).toBe('running');
    expect(serviceStatus('creating')).toBe('pending');
    expect(serviceStatus('hard_rebooting')).toBe('updating');
    expect(serviceStatus('something_else')).toBe('unknown');
  });
});

