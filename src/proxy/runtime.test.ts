import { describe, expect, it } from 'vitest';
import type { ProviderAccount } from '../providers/core/types';
import { providerRegistry } from './providers';
import { guardedFetch } from './runtime';

const account = (endpoint?: string): ProviderAccount => ({
  id: 'tx',
  name: 'tx',
  provider: 'tencent',
  regions: ['gz'],
  endpoint,
  credentials: { secretId: 'a', secretKey: 'b' },
});

describe('guarded upstream fetch', () => {
  it('reaches only the provider endpoints, or only the override when one is set', async () => {
    const reached: string[] = [];
    const fake = (async (req: Request) => {
      reached.push(req.url);
      expect(req.redirect).toBe('manual');
      return new Response('{}');
    }) as typeof fetch;
    const publicOnly = guardedFetch(account(), providerRegistry, fake);
    await publicOnly(new Request('https://ccs.api.qcloud.com/v2/index.php'));
    await expect(publicOnly(new Request('https://evil.example/v2/index.php'))).rejects.toThrow(/not an endpoint/);
    await expect(publicOnly(new Request('http://169.254.169.254/latest/meta-data'))).rejects.toThrow(/not an endpoint/);
    const overridden = guardedFetch(account('http://127.0.0.1:4101'), providerRegistry, fake);
    await overridden(new Request('http://127.0.0.1:4101/v2/index.php'));
    await expect(overridden(new Request('https://ccs.api.qcloud.com/v2/index.php'))).rejects.toThrow(/not an endpoint/);
    expect(reached).toEqual(['https://ccs.api.qcloud.com/v2/index.php', 'http://127.0.0.1:4101/v2/index.php']);
  });
});
