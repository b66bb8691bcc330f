import type { AccountClient, Unwrap } from '../core/client';
import { ProviderError } from '../core/errors';
import type { ParamsOf, ResultOf } from '../core/types';
import { neteaseOps, type NeteaseOperationName, type NeteaseOps } from './operations';

/**
 * NetEase answers plainly: 2xx carries the result (JSON, 4.3's PEM text, or nothing for PUT and
 * DELETE, given as `null`); anything else is `{code, message}` with a 7-digit code whose first
 * three digits are the HTTP status, and the `Request-Id` header (1.3.4 spells it Request-ID).
 */
export const unwrapNetease: Unwrap = (answer, operation) => {
  const requestId = answer.headers.get('Request-Id') ?? undefined;
  if (answer.status >= 200 && answer.status < 300) {
    const op = (neteaseOps as Record<string, { answer: string }>)[operation];
    if (op?.answer === 'text') return answer.text;
    if (!answer.text.trim()) return null;
    try {
      return JSON.parse(answer.text) as unknown;
    } catch {
      return answer.text;
    }
  }
  let body: { code?: unknown; message?: unknown } = {};
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    /* not JSON: keep the status line */
  }
  throw new ProviderError({
    provider: 'netease',
    code: body.code !== undefined ? String(body.code) : `HTTP${answer.status}`,
    message: typeof body.message === 'string' && body.message ? body.message : answer.text.slice(0, 300) || `HTTP ${answer.status}`,
    httpStatus: answer.status,
    requestId,
    proxyRequestId: answer.proxyRequestId,
    operation,
  });
};

/** Same function, the capitalisation of the lead's brief. */
export const unwrapNetEase = unwrapNetease;

/** Operations the browser may call: everything but the token exchange, which the proxy owns. */
export type NeteaseCallable = Exclude<NeteaseOperationName, 'createToken'>;

type Methods = { [K in NeteaseCallable]: (params: ParamsOf<NeteaseOps[K]>) => Promise<ResultOf<NeteaseOps[K]>> };

/**
 * Typed calls through the proxy: `neteaseClient(c).listRepositories({ limit: 30 })`, or the
 * generic `call('getRepository', { id: 45433 })`. The account client must unwrap with
 * `unwrapNetease`. Results are the service's answers, typed by the response schemas.
 */
export function neteaseClient(client: AccountClient): Methods & {
  call<K extends NeteaseCallable>(name: K, params: ParamsOf<NeteaseOps[K]>): Promise<ResultOf<NeteaseOps[K]>>;
} {
  const call = <K extends NeteaseCallable>(name: K, params: ParamsOf<NeteaseOps[K]>) =>
    client.call(name, params as Record<string, unknown>, 'default') as Promise<ResultOf<NeteaseOps[K]>>;
  const methods = Object.fromEntries(
    (Object.keys(neteaseOps) as NeteaseOperationName[]).filter((n): n is NeteaseCallable => n !== 'createToken').map((name) => [name, (params: never) => call(name, params)]),
  ) as Methods;
  return { ...methods, call };
}
