import { describe, expect, it } from 'vitest';
import { catalogOperation } from './catalog.testutil';
import { authorizationHeader, readTokenAnswer, REFRESH_MARGIN_MS, tokenFromAuthorization, tokenRequest, TokenCache } from './signer';

/** 3.1's worked example: the request it prints and the answer it shows. */
const example = catalogOperation('createToken');
const exampleBody = example.example_request_body as { app_key: string; app_secret: string };

describe('token exchange (3.1)', () => {
  it('builds the document’s request: POST /api/v1/token, JSON body with app_key and app_secret', async () => {
    const request = tokenRequest({ appKey: exampleBody.app_key, appSecret: exampleBody.app_secret });
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://open.c.163.com/api/v1/token');
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(await request.json()).toEqual(exampleBody);
    expect(example.example_http_request).toContain('POST /api/v1/token HTTP/1.1');
  });

  it('goes to an endpoint override when one is configured', () => {
    expect(tokenRequest({ appKey: 'k', appSecret: 's' }, 'http://127.0.0.1:4103').url).toBe('http://127.0.0.1:4103/api/v1/token');
  });

  it('reads the example answer: expires_in is a string of seconds', () => {
    const answer = example.example_response as { token: string; expires_in: string };
    expect(typeof answer.expires_in).toBe('string');
    expect(readTokenAnswer(answer, 1_000)).toEqual({ token: '48e6b1bdb5fb4a28a680a977dffb3c30', expiresAt: 1_000 + 86_399_000 });
  });

  it('refuses an answer without a token or lifetime', () => {
    expect(() => readTokenAnswer({ expires_in: '86399' }, 0)).toThrow();
    expect(() => readTokenAnswer({ token: 'x', expires_in: 'soon' }, 0)).toThrow();
  });

  it('sends the token as "Authorization: Token <token>" and reads the spellings the examples use', () => {
    expect(authorizationHeader('48e6b1bdb5fb4a28a680a977dffb3c30')).toBe('Token 48e6b1bdb5fb4a28a680a977dffb3c30');
    expect(tokenFromAuthorization('Token 48e6b1bdb5fb4a28a680a977dffb3c30')).toBe('48e6b1bdb5fb4a28a680a977dffb3c30');
    expect(tokenFromAuthorization('Token:abc')).toBe('abc');
    expect(tokenFromAuthorization('Bearer abc')).toBeUndefined();
    expect(tokenFromAuthorization(null)).toBeUndefined();
  });
});

describe('TokenCache', () => {
  const issuer = (lifetimeMs: number, clock: { t: number }) => {
    let n = 0;
    const fetchToken = async () => {
      n += 1;
      await Promise.resolve();
      return { token: `t${n}`, expiresAt: clock.t + lifetimeMs };
    };
    return { fetchToken, count: () => n };
  };

  it('fetches once and reuses the token until shortly before it expires', async () => {
    const clock = { t: 0 };
    const { fetchToken, count } = issuer(86_400_000, clock);
    const cache = new TokenCache(fetchToken, () => clock.t);
    expect(await cache.get()).toBe('t1');
    clock.t = 86_400_000 - REFRESH_MARGIN_MS - 1;
    expect(await cache.get()).toBe('t1');
    clock.t += 2;
    expect(await cache.get()).toBe('t2');
    expect(count()).toBe(2);
  });

  it('lets one refresh run at a time: concurrent callers share it', async () => {
    const clock = { t: 0 };
    const { fetchToken, count } = issuer(86_400_000, clock);
    const cache = new TokenCache(fetchToken, () => clock.t);
    const tokens = await Promise.all(Array.from({ length: 20 }, () => cache.get()));
    expect(new Set(tokens)).toEqual(new Set(['t1']));
    expect(count()).toBe(1);
  });

  it('drops a refused token and fetches a new one; a failed fetch does not stick', async () => {
    const clock = { t: 0 };
    let fail = true;
    const { fetchToken } = issuer(86_400_000, clock);
    const cache = new TokenCache(async () => {
      if (fail) throw new Error('down');
      return fetchToken();
    }, () => clock.t);
    await expect(cache.get()).rejects.toThrow('down');
    fail = false;
    expect(await cache.get()).toBe('t1');
    cache.invalidate('other');
    expect(await cache.get()).toBe('t1');
    cache.invalidate('t1');
    expect(await cache.get()).toBe('t2');
  });
});
