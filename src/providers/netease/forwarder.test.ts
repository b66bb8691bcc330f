import { describe, expect, it } from 'vitest';
import { createNeteaseEmulator } from '../../mocks/netease';
import { neteaseHarness } from '../../mocks/netease/testing';
import { DEMO_CREDENTIALS } from '../../mocks/demo-credentials';
import { TOKEN_WITHHELD, createNeteaseForwarder } from './forwarder';
import { neteaseOps } from './operations';

const tokenCalls = (requests: Request[]) => requests.filter((r) => new URL(r.url).pathname === '/api/v1/token').length;

describe('createNeteaseForwarder', () => {
  it('fetches the token once, sends it as Authorization: Token, and reuses it', async () => {
    const h = neteaseHarness();
    await h.call('listRepositories');
    await h.call('listNamespaces');
    expect(tokenCalls(h.requests)).toBe(1);
    const sent = h.requests.find((r) => r.url.endsWith('/api/v1/namespaces'))!;
    expect(sent.headers.get('Authorization')).toMatch(/^Token [0-9a-f]{32}$/);
  });

  it('under concurrency, one token exchange serves every call', async () => {
    const h = neteaseHarness();
    await Promise.all(Array.from({ length: 10 }, () => h.call('listIps')));
    expect(tokenCalls(h.requests)).toBe(1);
  });

  it('refreshes shortly before the 24-hour token expires', async () => {
    const h = neteaseHarness();
    await h.call('listIps');
    h.advance(86_399_000 - 4 * 60_000);
    await h.call('listIps');
    expect(tokenCalls(h.requests)).toBe(2);
  });

  it('a token that expires in the middle of a session is refreshed once and the caller notices nothing', async () => {
    const h = neteaseHarness();
    await h.call('listRepositories');
    h.emulator.expireTokens();
    const result = await h.call('listRepositories');
    expect(result.total).toBeGreaterThan(0);
    expect(tokenCalls(h.requests)).toBe(2);
    // the refused call and its retry
    expect(h.requests.filter((r) => r.url.endsWith('/api/v1/repositories')).length).toBe(3);
  });

  it('after expiry, concurrent calls share one refresh', async () => {
    const h = neteaseHarness();
    await h.call('listIps');
    h.emulator.expireTokens();
    const results = await Promise.all(Array.from({ length: 8 }, () => h.call('listNamespaces')));
    expect(results.every((r) => Array.isArray(r.namespaces))).toBe(true);
    expect(tokenCalls(h.requests)).toBe(2);
  });

  it('retries only once: a second 401 reaches the caller', async () => {
    const emulator = createNeteaseEmulator();
    const sent: string[] = [];
    const forward = createNeteaseForwarder(
      { id: 'n', name: 'n', provider: 'netease', regions: ['default'], credentials: { ...DEMO_CREDENTIALS.netease } },
      {
        fetch: async (request) => {
          sent.push(new URL(request.url).pathname);
          // every token dies before it can be used
          if (!request.url.endsWith('/token')) emulator.expireTokens();
          return emulator.handle(request);
        },
      },
    );
    const res = await forward({ op: neteaseOps.listIps, params: {} });
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe(4010013);
    expect(sent).toEqual(['/api/v1/token', '/api/v1/ips', '/api/v1/token', '/api/v1/ips']);
  });

  it('returns the token service’s refusal of a wrong secret unchanged, without echoing the secret', async () => {
    const emulator = createNeteaseEmulator();
    const forward = createNeteaseForwarder(
      { id: 'n', name: 'n', provider: 'netease', regions: ['default'], credentials: { appKey: DEMO_CREDENTIALS.netease.appKey, appSecret: 'wrong-secret' } },
      { fetch: (r) => emulator.handle(r) },
    );
    const [res, other] = await Promise.all([forward({ op: neteaseOps.listRepositories, params: {} }), forward({ op: neteaseOps.listIps, params: {} })]);
    expect(res.status).toBe(401);
    expect((await other.json()).code).toBe(4011014);
    const text = await res.text();
    expect(JSON.parse(text).code).toBe(4011014);
    expect(text).not.toContain('wrong-secret');
    expect(res.headers.get('Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers createToken as a credentials check: the account’s own key, the token withheld and kept for the next call', async () => {
    const h = neteaseHarness();
    const res = await h.raw('createToken', { app_key: 'x', app_secret: 'y' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; expires_in: string };
    expect(body.token).toBe(TOKEN_WITHHELD);
    expect(Number(body.expires_in)).toBeGreaterThan(0);
    expect(h.requests).toHaveLength(1);
    expect(await h.requests[0].clone().text()).not.toContain('"app_key":"x"');
    await h.raw('listIps', {});
    // The next call reuses the token just issued: no second exchange.
    expect(h.requests.filter((r) => r.url.endsWith('/api/v1/token'))).toHaveLength(1);
  });
});
