import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { domainContext } from '../shared/domainContext';
import { stubDemoProxy } from '../shared/demoProxy.testutil';
import { listAlibabaAccess, listNeteaseLoadBalancers, listTencentIngresses } from './adapters';

// The adapters against the real proxy in demo mode and the emulators' seed.
let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeAll(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => void (proxy.calls.length = 0));
afterAll(() => vi.unstubAllGlobals());

describe('ingress loaders against the emulators', () => {
  it('lists the seeded Tencent ingress of gz with its rule', async () => {
    const rows = await listTencentIngresses(domainContext('tencent', 'tencent-demo', 'gz'));
    const web = rows.find((r) => r.name === 'web-entry');
    expect(web?.rules).toEqual(['http://www.tricloud.example/ :80']);
    expect(web?.backends).toEqual(['nginx-web:80']);
    expect(proxy.calls.some((c) => c.operation === 'DescribeIngress' && c.params.allnamespace === 1)).toBe(true);
  });
  it('lists Alibaba SLB access points and k8s services per app environment', async () => {
    const rows = await listAlibabaAccess(domainContext('alibaba', 'alibaba-demo', 'cn-zhangjiakou'));
    expect(rows.filter((r) => r.kind === 'alibaba-slb-ap').map((r) => r.name)).toEqual(expect.arrayContaining(['blog-http', 'blog-tcp']));
    expect(rows.some((r) => r.kind === 'alibaba-service')).toBe(true);
    expect(rows.every((r) => r.group.name.includes(' / '))).toBe(true);
  });
  it('lists NetEase load balancers', async () => {
    const rows = await listNeteaseLoadBalancers(domainContext('netease', 'netease-demo', 'default'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.kind === 'netease-lb' && r.href.startsWith('/netease/load-balancers/netease-demo/'))).toBe(true);
  });
});
