import { readFileSync } from 'node:fs';
import { parseConfig } from '../proxy/config';
import type { ProviderAccount, ProviderId } from '../providers/core/types';
import { createAlibabaEmulator } from './alibaba';
import type { Emulator } from './core/emulator';
import { EMULATOR_PORTS } from './demo-credentials';
import { createNeteaseEmulator } from './netease';
import { serveFetchHandler } from './node-server';
import { createTencentEmulator } from './tencent';

/**
 * `npm run emulators`: the three emulators over HTTP on 127.0.0.1 for curl, the providers' SDKs
 * and the proxy (through an endpoint override). They accept the demo credentials, plus the
 * accounts of TRICLOUD_CONFIG when it is set.
 */
function configuredAccounts(): ProviderAccount[] {
  const path = process.env.TRICLOUD_CONFIG;
  if (!path) return [];
  return parseConfig(JSON.parse(readFileSync(path, 'utf8')), process.env).accounts;
}

export function createEmulators(accounts: ProviderAccount[] = []): Record<ProviderId, Emulator> {
  const of = <P extends ProviderId>(p: P) =>
    accounts.filter((a) => a.provider === p).map((a) => a.credentials as Extract<ProviderAccount, { provider: P }>['credentials']);
  return {
    tencent: createTencentEmulator({ credentials: of('tencent') }),
    alibaba: createAlibabaEmulator({ credentials: of('alibaba') }),
    netease: createNeteaseEmulator({ credentials: of('netease') }),
  };
}

async function main() {
  const host = process.env.TRICLOUD_EMULATOR_HOST ?? '127.0.0.1';
  const emulators = createEmulators(configuredAccounts());
  for (const provider of ['tencent', 'alibaba', 'netease'] as const) {
    const { env, port } = EMULATOR_PORTS[provider];
    const { url } = await serveFetchHandler((request) => emulators[provider].handle(request), Number(process.env[env] ?? port), host);
    console.log(`${provider.padEnd(8)} emulator on ${url}  (${env})`);
  }
}

if (process.argv[1]?.endsWith('standalone.ts')) void main();
