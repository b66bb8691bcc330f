import { createAlibabaEmulator } from '../mocks/alibaba';
import type { Emulator } from '../mocks/core/emulator';
import { DEMO_CREDENTIALS } from '../mocks/demo-credentials';
import { createNeteaseEmulator } from '../mocks/netease';
import { createTencentEmulator } from '../mocks/tencent';
import { quickenClusterTasks } from '../mocks/tencent/store/clock';
import type { LargeWorld } from '../mocks/tencent/store/seed';
import type { ProviderAccount, ProviderId } from '../providers/core/types';
import { parseConfig, type ProxyConfig } from './config';
import type { ProxyRuntime } from './handler';
import { hashPassword } from './passwords';
import { providerRegistry, type ProviderRegistry } from './providers';

const UPSTREAM_TIMEOUT_MS = 30_000;

/**
 * Real accounts: fetch, but only to the account's endpoint override or the provider's public
 * endpoints, without following redirects elsewhere, and with a time limit.
 */
export function guardedFetch(account: ProviderAccount, registry: ProviderRegistry, fetchImpl: typeof fetch = fetch) {
  const allowed = new Set(account.endpoint ? [new URL(account.endpoint).origin] : registry[account.provider].origins);
  return async (request: Request): Promise<Response> => {
    const origin = new URL(request.url).origin;
    if (!allowed.has(origin)) throw new Error(`refused: ${origin} is not an endpoint of account ${account.id}`);
    return fetchImpl(new Request(request, { redirect: 'manual', signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS) }));
  };
}

/** Demo mode: one account per provider, answered in-process by the emulators. */
export async function demoRuntime(options: { large?: LargeWorld & { ips?: number } } = {}): Promise<ProxyRuntime> {
  const emulators: Record<ProviderId, Emulator> = {
    tencent: createTencentEmulator({ large: options.large }),
    alibaba: createAlibabaEmulator(),
    netease: createNeteaseEmulator({ large: { ips: options.large?.ips } }),
  };
  const config: ProxyConfig = {
    demo: true,
    users: [{ username: 'demo', passwordHash: await hashPassword('demo', 10_000) }],
    sessionTtlMinutes: 12 * 60,
    accounts: [
      { id: 'tencent-demo', name: '腾讯云 Demo', provider: 'tencent', regions: ['gz', 'sh', 'bj'], credentials: { ...DEMO_CREDENTIALS.tencent } },
      { id: 'alibaba-demo', name: '聚石塔 Demo', provider: 'alibaba', regions: ['cn-zhangjiakou'], credentials: { ...DEMO_CREDENTIALS.alibaba } },
      { id: 'netease-demo', name: '网易蜂巢 Demo', provider: 'netease', regions: ['default'], credentials: { ...DEMO_CREDENTIALS.netease } },
    ],
  };
  return {
    config,
    providers: providerRegistry,
    emulators,
    transportFor: (account) => (request) => emulators[account.provider].handle(request),
  };
}

/** Configured mode: the accounts of the configuration file, reached over the network. */
export function configuredRuntime(config: ProxyConfig): ProxyRuntime {
  return { config, providers: providerRegistry, transportFor: (account) => guardedFetch(account, providerRegistry) };
}

/** TRICLOUD_CONFIG names the configuration file; without it the proxy runs on demo data. */
export async function runtimeFromEnvironment(env: Record<string, string | undefined> = process.env): Promise<ProxyRuntime> {
  const path = env.TRICLOUD_CONFIG;
  // TRICLOUD_DEMO_SERVICES, _INGRESSES, _REPOSITORIES (Tencent) and _IPS (NetEase) add that many to the demo world (benchmarks of long lists).
  if (!path) {
    const quick = Number(env.TRICLOUD_DEMO_QUICK_CLUSTERS);
    if (quick > 1) quickenClusterTasks(quick);
    const count = (name: string) => Number(env[`TRICLOUD_DEMO_${name}`]) || undefined;
    return demoRuntime({ large: { services: count('SERVICES'), ingresses: count('INGRESSES'), repositories: count('REPOSITORIES'), ips: count('IPS') } });
  }
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(path, 'utf8');
  return configuredRuntime(parseConfig(JSON.parse(text), env));
}
