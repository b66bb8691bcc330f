import { describe, expect, it } from 'vitest';
import { neteaseHarness } from './testing';

describe('NetEase fault injection', () => {
  it('failNext answers the service’s internal error, limited to one operation if asked', async () => {
    const h = neteaseHarness();
    h.emulator.faults.set({ failNext: 1, failOperation: 'listIps' });
    expect(await h.call('listNamespaces')).toHaveProperty('namespaces');
    const e = await h.fails('listIps');
    expect(e).toMatchObject({ httpStatus: 500, code: '5000031', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await h.call('listIps')).toHaveProperty('ips');
  });

  it('throttles above throttlePerSecond with 429 and recovers the next second', async () => {
    const h = neteaseHarness();
    await h.call('listIps'); // the token exchange is counted too
    h.advance(1000);
    h.emulator.faults.set({ throttlePerSecond: 2 });
    await h.call('listIps');
    await h.call('listIps');
    expect(await h.fails('listIps')).toMatchObject({ httpStatus: 429, code: '4290021' });
    h.advance(1000);
    expect(await h.call('listIps')).toHaveProperty('ips');
  });

  it('errorRate 1 fails every call; reset brings back the seeded world with faults off', async () => {
    const h = neteaseHarness();
    await h.call('createNamespace', { name: 'temp' });
    h.emulator.faults.set({ errorRate: 1 });
    expect(await h.fails('listNamespaces')).toMatchObject({ httpStatus: 500 });
    h.emulator.reset();
    const names = (await h.call('listNamespaces')).namespaces.map((n: { display_name: string }) => n.display_name);
    expect(names).not.toContain('temp');
    expect(names).toContain('production');
  });

  it('adds latency', async () => {
    const h = neteaseHarness();
    await h.call('listIps');
    h.emulator.faults.set({ latencyMs: 30 });
    const start = performance.now();
    await h.call('listIps');
    expect(performance.now() - start).toBeGreaterThanOrEqual(25);
  });

  it('expires tokens on demand through PUT /__emulator/faults (the proxy’s demo route)', async () => {
    const h = neteaseHarness();
    await h.call('listIps');
    const res = await h.emulator.handle(new Request('http://emulator/__emulator/faults', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ expireTokens: true, latencyMs: 0 }) }));
    expect(await res.json()).toMatchObject({ expiredTokens: 1, latencyMs: 0 });
    const plain = await h.emulator.handle(new Request('http://emulator/__emulator/faults', { method: 'PUT', body: JSON.stringify({ failNext: 0 }) }));
    expect(await plain.json()).not.toHaveProperty('expiredTokens');
    // the forwarder refreshes once; the caller sees nothing
    expect(await h.call('listIps')).toHaveProperty('ips');
    expect(h.requests.filter((r) => r.url.endsWith('/api/v1/token'))).toHaveLength(2);
  });
});
