import { describe, expect, it } from 'vitest';
import { createProxyHandler } from '../../proxy/handler';
import { hashPassword } from '../../proxy/passwords';
import type { ProviderRegistry } from '../../proxy/providers';
import { accountClient } from '../../providers/core/client';
import { toRawAnswer } from '../../providers/core/transport';
import type { AccountOf, ProviderAccount } from '../../providers/core/types';
import { neteaseClient, unwrapNetease } from '../../providers/netease/client';
import { createNeteaseForwarder } from '../../providers/netease/forwarder';
import { neteaseOperations } from '../../providers/netease/operations';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { createNeteaseEmulator } from '.';

/** Demo mode: browser client → proxy → forwarder → in-process emulator; faults through the demo route. */
async function demo() {
  const emulator = createNeteaseEmulator();
  const registry = { netease: { operations: neteaseOperations, origins: ['https://open.c.163.com'], createForwarder: (a: ProviderAccount, o: Parameters<typeof createNeteaseForwarder>[1]) => createNeteaseForwarder(a as AccountOf<'netease'>, o) } } as unknown as ProviderRegistry;
  const handle = createProxyHandler({
    config: { demo: true, users: [{ username: 'demo', passwordHash: await hashPassword('demo', 1000) }], sessionTtlMinutes: 60, accounts: [{ id: 'netease-demo', name: 'NetEase', provider: 'netease', regions: ['default'], credentials: { ...DEMO_CREDENTIALS.netease } }] },
    providers: registry,
    emulators: { netease: emulator },
    transportFor: () => (request) => emulator.handle(request),
    audit: () => undefined,
  });
  const login = await handle(new Request('http://console.test/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo' }) }));
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const transport = async (accountId: string, call: unknown) =>
    toRawAnswer(await handle(new Request(`http://console.test/api/accounts/${accountId}/call`, { method: 'POST', headers: { 'Content-Type': 'application/json', cookie }, body: JSON.stringify(call) })));
  const client = neteaseClient(accountClient(transport, unwrapNetease, 'netease-demo'));
  const faults = (body: unknown) => handle(new Request('http://console.test/api/demo/emulators/netease/faults', { method: 'PUT', headers: { 'Content-Type': 'application/json', cookie }, body: JSON.stringify(body) }));
  return { client, faults };
}

describe('NetEase through the proxy in demo mode', () => {
  it('the typed client reads and changes state; token expiry switched on through the demo route goes unnoticed', async () => {
    const { client, faults } = await demo();
    const { repositories } = await client.listRepositories({ limit: 30 });
    const detail = await client.getRepository({ id: repositories[0].repo_id });
    expect(detail.tags.length).toBeGreaterThan(0);
    const res = await faults({ expireTokens: true });
    expect(await res.json()).toMatchObject({ expiredTokens: 1 });
    const { namespace_Id } = await client.createNamespace({ name: 'from-proxy' });
    const { namespaces } = await client.listNamespaces({});
    expect(namespaces.find((n) => n.id === namespace_Id)?.namespace).toBe('from-proxy-tricloud');
  });

  it('a provider refusal reaches the browser as a ProviderError with the 7-digit code and Request-Id', async () => {
    const { client, faults } = await demo();
    await faults({ failNext: 1, failOperation: 'listIps' });
    await expect(client.listIps({})).rejects.toMatchObject({ provider: 'netease', code: '5000031', httpStatus: 500, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    await expect(client.deleteNamespace({ id: 1 })).rejects.toMatchObject({ code: '4041604', httpStatus: 404 });
  });
});
