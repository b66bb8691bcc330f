import { describe, expect, it, vi } from 'vitest';
import { ProviderError } from '../../providers/core/errors';
import { onUnauthenticated, safeNext } from '../session/unauthenticated';
import { createQueryClient, shouldRetry } from './queryClient';

const err = (httpStatus: number, provider: 'tencent' | 'proxy' = 'tencent') =>
  new ProviderError({ provider, code: 'X', message: 'x', httpStatus });

describe('shouldRetry', () => {
  it('never retries a 4xx or a provider’s own error; retries the proxy’s 5xx and network failures twice', () => {
    expect(shouldRetry(0, err(403))).toBe(false);
    expect(shouldRetry(0, err(401, 'proxy'))).toBe(false);
    expect(shouldRetry(0, err(500))).toBe(false);
    expect(shouldRetry(0, err(200))).toBe(false);
    expect(shouldRetry(0, err(502, 'proxy'))).toBe(true);
    expect(shouldRetry(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(2, err(502, 'proxy'))).toBe(false);
  });
});

describe('session loss', () => {
  it('a proxy 401 from any query sends the user to log in; a provider 401 does not', async () => {
    const client = createQueryClient();
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    await client.fetchQuery({ queryKey: ['a'], queryFn: () => Promise.reject(err(401, 'tencent')) }).catch(() => undefined);
    expect(listener).not.toHaveBeenCalled();
    await client.fetchQuery({ queryKey: ['b'], queryFn: () => Promise.reject(err(401, 'proxy')) }).catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('returns only to paths of this console', () => {
    expect(safeNext('/clusters?provider=tencent')).toBe('/clusters?provider=tencent');
    expect(safeNext('//evil.example')).toBe('/clusters');
    expect(safeNext('https://evil.example')).toBe('/clusters');
    expect(safeNext('/login?next=/x')).toBe('/clusters');
    expect(safeNext(null)).toBe('/clusters');
  });
});
