import { describe, expect, it } from 'vitest';
import { unwrapTencent } from '../../providers/tencent/client';
import { createTencentForwarder } from '../../providers/tencent/forwarder';
import { tencentOperations } from '../../providers/tencent/operations';
import { toRawAnswer } from '../../providers/core/transport';
import type { AccountOf } from '../../providers/core/types';
import { createProxyHandler } from '../../proxy/handler';
import { hashPassword } from '../../proxy/passwords';
import type { ProviderRegistry } from '../../proxy/providers';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { demoIds, sampleCalls, type Results } from './fixtures.testutil';
import { harness } from './testing';
import { createTencentEmulator } from '.';

/**
 * Every operation through the proxy in demo mode (proxy → forwarder → in-process emulator) and
 * back through the client's unwrap — the path the console uses.
 */
describe('every Tencent operation through the proxy in demo mode', () => {
  it('answers all 95, and a mutating call is visible to the next read', async () => {
    const emulator = createTencentEmulator();
    const account: AccountOf<'tencent'> = { id: 'tencent-demo', name: 'demo', provider: 'tencent', regions: ['gz', 'sh', 'bj'], credentials: { ...DEMO_CREDENTIALS.tencent } };
    const entry = { operations: tencentOperations, createForwarder: (a: never, o: never) => createTencentForwarder(a, o), origins: ['https://ccs.api.qcloud.com'] };
    const handle = createProxyHandler({
      config: { demo: true, users: [{ username: 'demo', passwordHash: await hashPassword('demo', 1000) }], sessionTtlMinutes: 60, accounts: [account] },
      providers: { tencent: entry, alibaba: entry, netease: entry } as unknown as ProviderRegistry,
      transportFor: () => (request) => emulator.handle(request),
      emulators: { tencent: emulator },
      audit: () => undefined,
    } as Parameters<typeof createProxyHandler>[0]);
    const login = await handle(new Request('http://console.test/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo' }) }));
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const call = async (operation: string, params: Record<string, unknown>, region = 'gz') => {
      const res = await handle(new Request('http://console.test/api/accounts/tencent-demo/call', { method: 'POST', headers: { 'Content-Type': 'application/json', cookie }, body: JSON.stringify({ operation, region, params }) }));
      return unwrapTencent(await toRawAnswer(res), operation) as any;
    };

    // The ids of the demo world are the same through the proxy (same seed, same clock domain).
    const ids = await demoIds({ ...harness(), ok: (op: string, p: Record<string, unknown> = {}, r?: string) => call(op, p, r) } as ReturnType<typeof harness>);
    const results: Results = {};
    for (const [name, params, region, account_] of sampleCalls(ids, Date.now())) {
      if (account_ === 'fresh') continue; // needs a second account; covered by the contract test
      results[name] = await call(name, typeof params === 'function' ? params(results) : params, region);
    }
    expect(Object.keys(results)).toHaveLength(94);
    await call('CreateCCRNamespace', { namespace: 'via-proxy' });
    expect((await call('NamespacelsExists', { namespace: 'via-proxy' })).isExist).toBe(true);
  });
});
