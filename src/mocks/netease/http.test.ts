import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxyHandler } from '../../proxy/handler';
import type { ProviderRegistry } from '../../proxy/providers';
import { hashPassword } from '../../proxy/passwords';
import type { AccountOf, ProviderAccount } from '../../providers/core/types';
import { createNeteaseForwarder } from '../../providers/netease/forwarder';
import { neteaseOperations } from '../../providers/netease/operations';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { serveFetchHandler } from '../node-server';
import { createNeteaseEmulator } from '.';

/**
 * The stand-alone emulator over real HTTP, as curl and any HTTP client reach it (NetEase has no
 * official SDK for this API), and the proxy in front of it through an endpoint override.
 */
describe('NetEase emulator over HTTP', () => {
  const emulator = createNeteaseEmulator();
  let url = '';
  let close = async () => {};
  beforeAll(async () => {
    ({ url, close } = await serveFetchHandler(emulator.handle, 0));
  });
  afterAll(() => close());

  const token = async () => {
    const res = await fetch(`${url}/api/v1/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ app_key: DEMO_CREDENTIALS.netease.appKey, app_secret: DEMO_CREDENTIALS.netease.appSecret }) });
    return ((await res.json()) as { token: string }).token;
  };

  it('speaks the document’s wire format: token, JSON lists, PEM text, Request-Id', async () => {
    const auth = { Authorization: `Token ${await token()}` };
    const repos = await fetch(`${url}/api/v1/repositories?limit=20&offset=0`, { headers: auth });
    expect(repos.status).toBe(200);
    expect(repos.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await repos.json()) as { total: number }).total).toBe(5);
    const [key] = (await (await fetch(`${url}/api/v1/secret-keys`, { headers: auth })).json()) as Array<{ id: number }>;
    const pem = await fetch(`${url}/api/v1/secret-keys/${key.id}`, { headers: auth });
    expect(pem.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await pem.text()).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
  });

  it('takes a multipart Dockerfile upload and refuses one over 1 MB', async () => {
    const auth = { Authorization: `Token ${await token()}` };
    const form = new FormData();
    form.set('docker_file', new Blob(['FROM hub.c.163.com/public/ubuntu:14.04\n']), 'Dockerfile');
    const ok = await fetch(`${url}/api/v1/repositories/axure/tags/v10/actions/build/`, { method: 'POST', headers: auth, body: form });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('');
    const big = new FormData();
    big.set('docker_file', new Blob(['FROM scratch\n', 'x'.repeat(1024 * 1024)]), 'Dockerfile');
    const refused = await fetch(`${url}/api/v1/repositories/axure/tags/v11/actions/build`, { method: 'POST', headers: auth, body: big });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toContain('1M');
    // The HTTP Request template prints ?docker_file=…: accepted too.
    const query = await fetch(`${url}/api/v1/repositories/axure/tags/v12/actions/build/?docker_file=${encodeURIComponent('FROM scratch')}`, { method: 'POST', headers: auth });
    expect(query.status).toBe(200);
    const missing = await fetch(`${url}/api/v1/repositories/axure/tags/v13/actions/build/`, { method: 'POST', headers: auth });
    expect(((await missing.json()) as { message: string }).message).toContain('docker_file is required');
  });

  it('through the proxy: calls answer, a token expiring mid-session goes unnoticed, the token is never exposed', async () => {
    const account: ProviderAccount = { id: 'ne', name: 'NetEase', provider: 'netease', regions: ['default'], endpoint: url, credentials: { ...DEMO_CREDENTIALS.netease } };
    const registry = { netease: { operations: neteaseOperations, origins: ['https://open.c.163.com'], createForwarder: (a: ProviderAccount, o: Parameters<typeof createNeteaseForwarder>[1]) => createNeteaseForwarder(a as AccountOf<'netease'>, o) } } as unknown as ProviderRegistry;
    const handle = createProxyHandler({
      config: { demo: false, users: [{ username: 'ops', passwordHash: await hashPassword('pw', 1000) }], sessionTtlMinutes: 60, accounts: [account] },
      providers: registry,
      transportFor: () => (request) => fetch(request),
      audit: () => undefined,
    });
    const login = await handle(new Request('http://console.test/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'ops', password: 'pw' }) }));
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const call = (operation: string, params: Record<string, unknown> = {}) =>
      handle(new Request('http://console.test/api/accounts/ne/call', { method: 'POST', headers: { 'Content-Type': 'application/json', cookie }, body: JSON.stringify({ operation, region: 'default', params }) }));

    const first = await call('listRepositories', { limit: 30 });
    expect(first.status).toBe(200);
    expect(first.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await fetch(`${url}/__emulator/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ expireTokens: true }) });
    const second = await call('getIpQuota');
    expect(second.status).toBe(200);
    expect(((await second.json()) as { total: number }).total).toBe(20);
    // A credentials check: answered without the token itself.
    const tokenCall = await call('createToken', { app_key: 'x', app_secret: 'y' });
    expect(tokenCall.status).toBe(200);
    expect(await tokenCall.text()).not.toMatch(/[0-9a-f]{32}/);
  });
});
