import { NeteaseApiError } from './errors';

/** Every answer, success or error, carries a `Request-Id` UUID (1.1). */
const withRequestId = (headers: Record<string, string> = {}) => ({ ...headers, 'Request-Id': crypto.randomUUID() });

export const jsonAnswer = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: withRequestId({ 'Content-Type': 'application/json; charset=utf-8' }) });

/** 4.3's private key comes back as plain PEM text. */
export const textAnswer = (text: string): Response => new Response(text, { status: 200, headers: withRequestId({ 'Content-Type': 'text/plain; charset=utf-8' }) });

/** PUT and DELETE: 200 with no body (1.3.4). */
export const emptyAnswer = (): Response => new Response(null, { status: 200, headers: withRequestId() });

export const errorAnswer = (e: NeteaseApiError): Response => jsonAnswer({ code: e.code, message: e.message }, e.status);

/** Second precision (`2016-12-22T13:03:00Z`): keys, repositories, volumes, IPs. */
export const isoSeconds = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
/** Millisecond precision (`2016-12-29T07:20:26.000Z`): load balancers, listeners, certificates. */
export const isoMillis = (ms: number): string => new Date(ms).toISOString();
