import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Forwarder, OperationDef, ProviderAccount } from '../providers/core/types';
import type { AuditEntry } from './audit';
import type { ProxyConfig } from './config';
import { createProxyHandler, type ProxyRuntime } from './handler';
import { hashPassword } from './passwords';
import type { ProviderEntry, ProviderRegistry } from './providers';

const SECRET = 'sk-very-secret-value-123';
const op = (name: string, kind: OperationDef['kind']): OperationDef => ({
  provider: 'tencent',
  name,
  group: 'cluster',
  kind,
  summary: name,
  seedLines: [1, 2],
  params: z.object({}).passthrough(),
  response: z.unknown(),
});

async function setup(overrides: Partial<ProxyConfig> = {}) {
  const seen: Array<{ op: string; region?: string; params: Record<string, unknown>; account: string }> = [];
  const audit: AuditEntry[] = [];
  const entry: ProviderEntry = {
    operations: { DescribeCluster: op('DescribeCluster', 'read'), DeleteCluster: op('DeleteCluster', 'delete') },
    origins: ['https://ccs.api.qcloud.com'],
    createForwarder: (account: ProviderAccount): Forwarder => async (call) => {
      seen.push({ op: call.op.name, region: call.region, params: call.params, account: account.id });
      return new Response(JSON.stringify({ code: 0, message: '', data: { ok: true } }), {
        headers: { 'Content-Type': 'application/json', 'Set-Cookie': 'upstream=1', 'X-Internal': 'x' },
      });
    },
  };
  const config: ProxyConfig = {
    demo: false,
    users: [{ username: 'ops', passwordHash: await hashPassword('pw', 1000) }],
    sessionTtlMinutes: 60,
    accounts: [{ id: 'tx', name: 'Tencent', provider: 'tencent', regions: ['gz', 'sh'], credentials: { secretId: 'AKID1', secretKey: SECRET } }],
    ...overrides,
  };
  const runtime: ProxyRuntime = {
    config,
    providers: { tencent: entry, alibaba: entry, netease: entry } as ProviderRegistry,
    transportFor: () => () => Promise.reject(new Error('unused')),
    audit: (e) => audit.push(e),
  };
  const handle = createProxyHandler(runtime);
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    handle(new Request(`http://console.test${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }));
  const login = async () => {
    const res = await post('/api/session', { username: 'ops', password: 'pw' });
    expect(res.status).toBe(200);
    return res.headers.get('set-cookie')!.split(';')[0];
  };
  return { handle, post, login, seen, audit };
}

describe('proxy handler', () => {
  it('refuses every /api call without a session with 401 in the proxy format', async () => {
    const { handle, post } = await setup();
    for (const res of [
      await handle(new Request('http://console.test/api/accounts')),
      await post('/api/accounts/tx/call', { operation: 'DescribeCluster', params: {} }),
      await handle(new Request('http://console.test/api/session')),
    ]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('X-Tricloud-Source')).toBe('proxy');
      const body = (await res.json()) as { error: { code: string; requestId: string } };
      expect(body.error.code).toBe('Unauthenticated');
      expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('logs in with an HttpOnly SameSite cookie and rejects a wrong password', async () => {
    const { post } = await setup();
    const bad = await post('/api/session', { username: 'ops', password: 'nope' });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('set-cookie')).toBeNull();
    const good = await post('/api/session', { username: 'ops', password: 'pw' });
    const cookie = good.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^tricloud_session=[0-9a-f]{64}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=3600$/);
  });

  it('locks a user name after five failed logins', async () => {
    const { post } = await setup();
    for (let i = 0; i < 5; i++) expect((await post('/api/session', { username: 'ops', password: 'x' })).status).toBe(401);
    expect((await post('/api/session', { username: 'ops', password: 'pw' })).status).toBe(429);
  });

  it('lists accounts without credentials', async () => {
    const { handle, login } = await setup();
    const cookie = await login();
    const res = await handle(new Request('http://console.test/api/accounts', { headers: { cookie } }));
    const text = await res.text();
    expect(JSON.parse(text)).toEqual([{ id: 'tx', name: 'Tencent', provider: 'tencent', regions: ['gz', 'sh'] }]);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('AKID1');
  });

  it('forwards a defined operation and returns the answer with its own request id, minus upstream cookies', async () => {
    const { post, login, seen } = await setup();
    const cookie = await login();
    const res = await post('/api/accounts/tx/call', { operation: 'DescribeCluster', region: 'sh', params: { limit: 5 } }, { cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: 0, message: '', data: { ok: true } });
    expect(res.headers.get('X-Tricloud-Source')).toBe('provider');
    expect(res.headers.get('X-Tricloud-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-internal')).toBeNull();
    expect(seen).toEqual([{ op: 'DescribeCluster', region: 'sh', params: { limit: 5 }, account: 'tx' }]);
  });

  it('uses the first region when none is given, and refuses a region the account lacks', async () => {
    const { post, login, seen } = await setup();
    const cookie = await login();
    await post('/api/accounts/tx/call', { operation: 'DescribeCluster', params: {} }, { cookie });
    expect(seen[0].region).toBe('gz');
    const res = await post('/api/accounts/tx/call', { operation: 'DescribeCluster', region: 'hk', params: {} }, { cookie });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UnknownRegion');
  });

  it('allows only defined operations and known accounts', async () => {
    const { post, login, seen } = await setup();
    const cookie = await login();
    for (const name of ['DescribeInstances', 'toString', '__proto__', 'constructor']) {
      const res = await post('/api/accounts/tx/call', { operation: name, params: {} }, { cookie });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UnknownOperation');
    }
    const unknown = await post('/api/accounts/nope/call', { operation: 'DescribeCluster', params: {} }, { cookie });
    expect(unknown.status).toBe(404);
    expect(seen).toEqual([]);
  });

  it('refuses cross-origin state changes and non-JSON bodies', async () => {
    const { post, handle, login } = await setup();
    const cookie = await login();
    const foreign = await post('/api/accounts/tx/call', { operation: 'DescribeCluster', params: {} }, { cookie, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const form = await handle(
      new Request('http://console.test/api/accounts/tx/call', { method: 'POST', headers: { cookie, 'Content-Type': 'text/plain' }, body: '{}' }),
    );
    expect(form.status).toBe(400);
  });

  it('audits state-changing calls only, without their parameters', async () => {
    const { post, login, audit } = await setup();
    const cookie = await login();
    await post('/api/accounts/tx/call', { operation: 'DescribeCluster', params: {} }, { cookie });
    await post('/api/accounts/tx/call', { operation: 'DeleteCluster', params: { password: 'p@ss' } }, { cookie });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user: 'ops', account: 'tx', operation: 'DeleteCluster', status: 200 });
    expect(JSON.stringify(audit)).not.toContain('p@ss');
  });

  it('logs out', async () => {
    const { handle, login } = await setup();
    const cookie = await login();
    await handle(new Request('http://console.test/api/session', { method: 'DELETE', headers: { cookie } }));
    const res = await handle(new Request('http://console.test/api/accounts', { headers: { cookie } }));
    expect(res.status).toBe(401);
  });

  it('offers emulator controls only in demo mode and says which mode it is in', async () => {
    const { handle, login } = await setup();
    const cookie = await login();
    const meta = await handle(new Request('http://console.test/api/meta'));
    expect(await meta.json()).toEqual({ demo: false });
    const res = await handle(new Request('http://console.test/api/demo/emulators/tencent/reset', { method: 'POST', headers: { cookie } }));
    expect(res.status).toBe(404);
  });
});
