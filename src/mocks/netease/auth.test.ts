import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { createNeteaseEmulator } from '.';

const base = 'https://open.c.163.com';
const demo = DEMO_CREDENTIALS.netease;

function world(credentials = [] as Array<{ appKey: string; appSecret: string }>) {
  let time = Date.UTC(2017, 0, 10);
  const emulator = createNeteaseEmulator({ now: () => time, credentials });
  const token = async (app_key: string, app_secret: string) =>
    emulator.handle(new Request(`${base}/api/v1/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ app_key, app_secret }) }));
  const get = (path: string, authorization?: string) => emulator.handle(new Request(`${base}${path}`, { headers: authorization ? { Authorization: authorization } : {} }));
  return { emulator, token, get, advance: (ms: number) => (time += ms) };
}
const error = async (res: Response) => ({ status: res.status, ...((await res.json()) as { code: number; message: string }), requestId: res.headers.get('Request-Id') });

describe('NetEase token and authentication', () => {
  it('issues a 32-hex token with expires_in as the string "86399"', async () => {
    const res = await world().token(demo.appKey, demo.appSecret);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.token).toMatch(/^[0-9a-f]{32}$/);
    expect(body.expires_in).toBe('86399');
    expect(res.headers.get('Request-Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('refuses an unknown Access Key and a wrong Access Secret with different 7-digit codes', async () => {
    const w = world();
    const unknown = await error(await w.token('0'.repeat(32), demo.appSecret));
    const wrong = await error(await w.token(demo.appKey, 'f'.repeat(32)));
    expect(unknown).toMatchObject({ status: 401, code: 4011015 });
    expect(wrong).toMatchObject({ status: 401, code: 4011014 });
    for (const e of [unknown, wrong]) expect(String(e.code).slice(0, 3)).toBe(String(e.status));
  });

  it('refuses a body that is not JSON and a missing app_secret', async () => {
    const w = world();
    const res = await w.emulator.handle(new Request(`${base}/api/v1/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'app_key=x' }));
    expect(await error(res)).toMatchObject({ status: 400, code: 4000002 });
    const missing = await w.emulator.handle(new Request(`${base}/api/v1/token`, { method: 'POST', body: JSON.stringify({ app_key: demo.appKey }) }));
    expect(await error(missing)).toMatchObject({ status: 400, code: 4001001, message: expect.stringContaining('app_secret') });
  });

  it('refuses a missing, an unknown and an expired token, each in its own words', async () => {
    const w = world();
    const { token } = await (await w.token(demo.appKey, demo.appSecret)).json();
    expect((await w.get('/api/v1/repositories', `Token ${token}`)).status).toBe(200);
    expect(await error(await w.get('/api/v1/repositories'))).toMatchObject({ status: 401, code: 4010011 });
    expect(await error(await w.get('/api/v1/repositories', `Token ${'a'.repeat(32)}`))).toMatchObject({ status: 401, code: 4010012 });
    w.advance(86_400_000);
    expect(await error(await w.get('/api/v1/repositories', `Token ${token}`))).toMatchObject({ status: 401, code: 4010013, message: expect.stringContaining('expired') });
  });

  it('accepts the example’s "Authorization:Token" spelling', async () => {
    const w = world();
    const { token } = await (await w.token(demo.appKey, demo.appSecret)).json();
    expect((await w.get('/api/v1/namespaces', `Token:${token}`)).status).toBe(200);
  });

  it('answers unknown routes with a 404 in the service’s format', async () => {
    const res = await world().get('/api/v1/nothing-here');
    expect(await error(res)).toMatchObject({ status: 404, code: 4040004, requestId: expect.any(String) });
  });

  it('keeps one world per account: another Access Key sees its own user and data', async () => {
    const other = { appKey: '1'.repeat(32), appSecret: '2'.repeat(32) };
    const w = world([other]);
    const tokenOf = async (c: typeof other) => (await (await w.token(c.appKey, c.appSecret)).json()).token as string;
    const [a, b] = [await tokenOf(demo), await tokenOf(other)];
    const users = async (t: string) => ((await (await w.get('/api/v1/repositories', `Token ${t}`)).json()).repositories as Array<{ user_name: string }>)[0].user_name;
    expect(await users(a)).toBe('tricloud');
    expect(await users(b)).not.toBe('tricloud');
  });
});
