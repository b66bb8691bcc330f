import type { AccountOf, Forwarder, ForwarderOptions } from '../core/types';
import type { NeteaseOperationDef } from './operations/define';
import { authorizationHeader, NETEASE_ENDPOINT, readTokenAnswer, tokenRequest, TokenCache } from './signer';
import { buildNeteaseRequest } from './wire';

/**
 * Thrown inside the token fetch to carry the service's refusal back out unchanged. It keeps the
 * body as text: concurrent callers share one refusal, and each needs its own Response.
 */
class TokenRefused extends Error {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly body: string,
  ) {
    super(`token exchange refused with HTTP ${status}`);
  }
  toResponse(): Response {
    return new Response(this.body, { status: this.status, headers: this.headers });
  }
}

/**
 * One account's forwarder. The token lives here (never in the browser): fetched on first use,
 * refreshed shortly before it expires, one refresh at a time, and on a 401 dropped and the call
 * retried once with a fresh token. A refused token exchange is returned as the service sent it.
 * `createToken` from the console is a credentials check: the proxy exchanges the account's own
 * key and secret (whatever the browser sent is ignored), keeps the fresh token, and answers with
 * the service's body minus the token itself.
 */
export function createNeteaseForwarder(account: AccountOf<'netease'>, options: ForwarderOptions): Forwarder {
  const now = options.now ?? Date.now;
  const endpoint = account.endpoint ?? NETEASE_ENDPOINT;
  const cache = new TokenCache(async () => {
    const issuedAt = now();
    const response = await options.fetch(tokenRequest(account.credentials, endpoint));
    if (!response.ok) throw new TokenRefused(response.status, new Headers(response.headers), await response.text());
    return readTokenAnswer(await response.json(), issuedAt);
  }, now);

  const checkCredentials = async (): Promise<Response> => {
    const issuedAt = now();
    const response = await options.fetch(tokenRequest(account.credentials, endpoint));
    if (!response.ok) return response;
    const body = (await response.json()) as Record<string, unknown>;
    cache.adopt(readTokenAnswer(body, issuedAt));
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(JSON.stringify({ ...body, token: TOKEN_WITHHELD }), { status: response.status, headers });
  };

  return async ({ op, params }) => {
    const def = op as NeteaseOperationDef;
    if (def.auth === false) return checkCredentials();
    const send = async () => {
      const token = await cache.get();
      const response = await options.fetch(buildNeteaseRequest(def, params, endpoint, authorizationHeader(token)));
      return { token, response };
    };
    try {
      const first = await send();
      if (first.response.status !== 401) return first.response;
      cache.invalidate(first.token);
      return (await send()).response;
    } catch (error) {
      if (error instanceof TokenRefused) return error.toResponse();
      throw error;
    }
  };
}

/** Same function, the capitalisation of the lead's brief. */
export const createNetEaseForwarder = createNeteaseForwarder;

/** What the browser sees in place of a token: the token is the proxy's alone. */
export const TOKEN_WITHHELD = '(held by the console proxy)';
