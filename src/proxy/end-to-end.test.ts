import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../mocks/demo-credentials';
import { serveFetchHandler } from '../mocks/node-server';
import { createEmulators } from '../mocks/standalone';
import type { ProviderAccount } from '../providers/core/types';
import { parseConfig } from './config';
import { createProxyHandler } from './handler';
import { hashPassword } from './passwords';
import { configuredRuntime, demoRuntime } from './runtime';

/**
 * The whole server side at once: proxy → signer → HTTP → stand-alone emulator (endpoint
 * override), and proxy → in-process emulator (demo mode). One read per provider, and the
 * provider's own refusal of a wrong secret, passed through unchanged.
 */
const reads = [
  { account: 'tencent', operation: 'DescribeCluster', region: 'gz' },
  { account: 'alibaba', operation: 'ListCluster', region: 'cn-zhangjiakou' },
  { account: 'netease', operation: 'listRepositories', region: 'default' },
] as const;

async function loggedIn(handle: (r: Request) => Promise<Response>, username: string, password: string) {
  const res = await handle(
    new Request('http://console.test/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) }),
  );
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  return (account: string, operation: string, region: string, params: Record<string, unknown> = {}) =>
    handle(
      new Request(`http://console.test/api/accounts/${account}/call`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', cookie },
        body: JSON.stringify({ operation, region, params }),
      }),
    );
}

describe('proxy through the stand-alone emulators (endpoint override)', () => {
  const closers: Array<() => Promise<void>> = [];
  let call: Awaited<ReturnType<typeof loggedIn>>;

  beforeAll(async () => {
    const emulators = createEmulators();
    const urls: Record<string, string> = {};
    for (const p of ['tencent', 'alibaba', 'netease'] as const) {
      const served = await serveFetchHandler((r) => emulators[p].handle(r), 0);
      closers.push(served.close);
      urls[p] = served.url;
    }
    const accounts: ProviderAccount[] = [
      { id: 'tencent', name: 't', provider: 'tencent', regions: ['gz'], endpoint: urls.tencent, credentials: { ...DEMO_CREDENTIALS.tencent, signatureMethod: 'HmacSHA256' } },
      { id: 'alibaba', name: 'a', provider: 'alibaba', regions: ['cn-zhangjiakou'], endpoint: urls.alibaba, credentials: { ...DEMO_CREDENTIALS.alibaba } },
      { id: 'netease', name: 'n', provider: 'netease', regions: ['default'], endpoint: urls.netease, credentials: { ...DEMO_CREDENTIALS.netease } },
      { id: 'tencent-bad', name: 'tb', provider: 'tencent', regions: ['gz'], endpoint: urls.tencent, credentials: { secretId: DEMO_CREDENTIALS.tencent.secretId, secretKey: 'wrong-secret' } },
      { id: 'alibaba-bad', name: 'ab', provider: 'alibaba', regions: ['cn-zhangjiakou'], endpoint: urls.alibaba, credentials: { accessKeyId: DEMO_CREDENTIALS.alibaba.accessKeyId, accessKeySecret: 'wrong-secret' } },
      { id: 'netease-bad', name: 'nb', provider: 'netease', regions: ['default'], endpoint: urls.netease, credentials: { appKey: DEMO_CREDENTIALS.netease.appKey, appSecret: 'wrong-secret' } },
    ];
    const config = parseConfig({ users: [{ username: 'ops', passwordHash: await hashPassword('pw', 1000) }], accounts });
    call = await loggedIn(createProxyHandler({ ...configuredRuntime(config), audit: () => undefined }), 'ops', 'pw');
  });
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
  });

  it.each(reads)('$account $operation answers through HTTP', async ({ account, operation, region }) => {
    const res = await call(account, operation, region);
    const text = await res.text();
    expect(res.status, text).toBe(200);
    expect(res.headers.get('X-Tricloud-Source')).toBe('provider');
    expect(text.length).toBeGreaterThan(10);
  });

  it.each(reads)('a wrong secret is refused by $account in its own words, and never echoed', async ({ account, operation, region }) => {
    const res = await call(`${account}-bad`, operation, region);
    const text = await res.text();
    expect(res.headers.get('X-Tricloud-Source')).toBe('provider');
    if (account === 'tencent') expect(JSON.parse(text).code).toBe(4100);
    else expect(res.status).toBeGreaterThanOrEqual(400);
    expect(text).not.toContain('wrong-secret');
  });
});

describe('proxy in demo mode (in-process emulators)', () => {
  it.each(reads)('$account-demo $operation answers', async ({ account, operation, region }) => {
    const handle = createProxyHandler({ ...(await demoRuntime()), audit: () => undefined });
    const call = await loggedIn(handle, 'demo', 'demo');
    const res = await call(`${account}-demo`, operation, region);
    expect(res.status, await res.clone().text()).toBe(200);
  });
});
