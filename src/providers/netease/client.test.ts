import { describe, expect, it } from 'vitest';
import type { AccountClient } from '../core/client';
import { ProviderError } from '../core/errors';
import { neteaseClient, unwrapNetease } from './client';

const answer = (status: number, text: string, headers: Record<string, string> = {}) => ({ status, text, headers: new Headers(headers), proxyRequestId: 'p-1' });

describe('unwrapNetease', () => {
  it('returns JSON results, null for empty PUT/DELETE answers and 4.3’s PEM as text', () => {
    expect(unwrapNetease(answer(200, '{"namespace_Id":51616}'), 'createNamespace')).toEqual({ namespace_Id: 51616 });
    expect(unwrapNetease(answer(200, ''), 'deleteVolume')).toBeNull();
    expect(unwrapNetease(answer(200, '-----BEGIN RSA PRIVATE KEY-----\nx\n-----END RSA PRIVATE KEY-----'), 'getSecretKeyPrivateKey')).toContain('BEGIN RSA');
  });

  it('throws the service’s {code, message} with the Request-Id header', () => {
    try {
      unwrapNetease(answer(401, '{"code":4010013,"message":"token expired"}', { 'Request-Id': 'b3a1e0c4-0000-4000-8000-000000000001' }), 'listIps');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProviderError);
      expect(e).toMatchObject({ provider: 'netease', code: '4010013', message: 'token expired', httpStatus: 401, requestId: 'b3a1e0c4-0000-4000-8000-000000000001', proxyRequestId: 'p-1', operation: 'listIps' });
    }
  });

  it('keeps a non-JSON error body readable', () => {
    expect(() => unwrapNetease(answer(502, 'Bad Gateway'), 'listIps')).toThrow('Bad Gateway');
  });
});

describe('neteaseClient', () => {
  it('has a typed method per operation (not the token exchange) that calls through the account client', async () => {
    const calls: unknown[] = [];
    const account: AccountClient = { accountId: 'n', call: async (...args) => (calls.push(args), { total: 0, repositories: [] }) };
    const client = neteaseClient(account);
    expect('createToken' in client).toBe(false);
    expect(typeof client.restartContainer).toBe('function');
    const result = await client.listRepositories({ limit: 30, offset: 0 });
    expect(result.total).toBe(0);
    await client.call('getRepository', { id: 45433 });
    expect(calls).toEqual([
      ['listRepositories', { limit: 30, offset: 0 }, 'default'],
      ['getRepository', { id: 45433 }, 'default'],
    ]);
  });
});
