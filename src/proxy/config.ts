import { z } from 'zod';
import type { ProviderAccount } from '../providers/core/types';

/**
 * The proxy's one configuration file (path in TRICLOUD_CONFIG). It is the only place that holds
 * credentials; a secret may be written inline or as `{ "env": "NAME" }` to read it from the
 * environment. Without a file the proxy runs in demo mode (see demo.ts).
 */
const secret = z.union([z.string().min(1), z.object({ env: z.string().min(1) })]);
const idPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;
const endpoint = z
  .string()
  .url()
  .refine((u) => /^https?:$/.test(new URL(u).protocol), 'endpoint must be http(s)')
  .optional();

const base = {
  id: z.string().regex(idPattern, 'lower-case letters, digits and dashes'),
  name: z.string().min(1),
  regions: z.array(z.string().min(1)).min(1),
  endpoint,
};

const accountSchema = z.discriminatedUnion('provider', [
  z.object({
    ...base,
    provider: z.literal('tencent'),
    credentials: z.object({ secretId: secret, secretKey: secret, signatureMethod: z.enum(['HmacSHA1', 'HmacSHA256']).optional() }),
  }),
  z.object({ ...base, provider: z.literal('alibaba'), credentials: z.object({ accessKeyId: secret, accessKeySecret: secret }) }),
  z.object({ ...base, provider: z.literal('netease'), credentials: z.object({ appKey: secret, appSecret: secret }) }),
]);

export const configSchema = z.object({
  users: z.array(z.object({ username: z.string().min(1), passwordHash: z.string().startsWith('pbkdf2-sha256$') })).min(1),
  accounts: z.array(accountSchema).min(1),
  sessionTtlMinutes: z.number().int().min(5).max(7 * 24 * 60).default(12 * 60),
});

export interface ConsoleUser {
  username: string;
  passwordHash: string;
}

export interface ProxyConfig {
  demo: boolean;
  users: ConsoleUser[];
  accounts: ProviderAccount[];
  sessionTtlMinutes: number;
}

type Env = Record<string, string | undefined>;

function resolveSecrets(value: unknown, env: Env, where: string): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (typeof record.env === 'string' && Object.keys(record).length === 1) {
      const resolved = env[record.env];
      // Name the variable, never its value.
      if (!resolved) throw new Error(`${where}: environment variable ${record.env} is not set`);
      return resolved;
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolveSecrets(v, env, `${where}.${k}`)]));
  }
  return value;
}

/** Parses and checks a configuration; errors name the field, never a secret's value. */
export function parseConfig(json: unknown, env: Env = {}): ProxyConfig {
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${detail}`);
  }
  const ids = new Set<string>();
  for (const account of parsed.data.accounts) {
    if (ids.has(account.id)) throw new Error(`invalid configuration: duplicate account id ${account.id}`);
    ids.add(account.id);
  }
  const accounts = parsed.data.accounts.map(
    (a, i) => ({ ...a, credentials: resolveSecrets(a.credentials, env, `accounts.${i}.credentials`) }) as ProviderAccount,
  );
  return { demo: false, users: parsed.data.users, accounts, sessionTtlMinutes: parsed.data.sessionTtlMinutes };
}
