import type { AccountClient, Unwrap } from '../core/client';
import { ProviderError } from '../core/errors';
import type { ParamsOf, ResultOf } from '../core/types';
import { tencentOperations, type TencentOperationName, type TencentOps } from './operations';

type Body = Record<string, unknown>;

/**
 * The document's envelope `{code, message, codeDesc, data}`: code 0 is success, anything else a
 * failure whose message starts with the module code in parentheses ("(-10013)…"). Also reads the
 * "double" envelope some examples print (`{data:{code,…,data}, code, message}`) and the API 3.0
 * `{Response:{…}}` form, so answers captured from either path unwrap the same way.
 */
export const unwrapTencent: Unwrap = (answer, operation) => {
  let body: Body;
  try {
    body = JSON.parse(answer.text) as Body;
  } catch {
    throw new ProviderError({ provider: 'tencent', code: `HTTP${answer.status}`, message: answer.text.slice(0, 300) || `HTTP ${answer.status}`, httpStatus: answer.status, proxyRequestId: answer.proxyRequestId, operation });
  }
  if (body.Response && typeof body.Response === 'object') return unwrapApi3(body.Response as Body, answer.status, answer.proxyRequestId, operation);
  const inner = isEnvelope(body.data) && body.code === 0 ? (body.data as Body) : body;
  const code = Number(inner.code);
  if (!Number.isFinite(code) || code !== 0) {
    const codeDesc = typeof inner.codeDesc === 'string' && inner.codeDesc !== 'Success' ? inner.codeDesc : undefined;
    throw new ProviderError({
      provider: 'tencent',
      code: String(inner.code ?? `HTTP${answer.status}`),
      message: [String(inner.message ?? ''), codeDesc ? `(${codeDesc})` : ''].filter(Boolean).join(' ') || `HTTP ${answer.status}`,
      httpStatus: answer.status,
      requestId: typeof inner.requestId === 'string' ? inner.requestId : undefined,
      proxyRequestId: answer.proxyRequestId,
      operation,
    });
  }
  if (tencentOperations[operation]?.resultAt === 'root') {
    const { code: _code, message: _message, codeDesc: _codeDesc, ...rest } = inner;
    return rest;
  }
  return inner.data ?? null;
};

const isEnvelope = (v: unknown): boolean => !!v && typeof v === 'object' && 'code' in v && 'codeDesc' in v;

function unwrapApi3(response: Body, status: number, proxyRequestId: string | undefined, operation: string): unknown {
  const error = response.Error as { Code?: string; Message?: string } | undefined;
  if (error)
    throw new ProviderError({ provider: 'tencent', code: error.Code ?? 'InternalError', message: error.Message ?? '', httpStatus: status, requestId: response.RequestId as string | undefined, proxyRequestId, operation });
  const { RequestId: _requestId, ...rest } = response;
  return rest;
}

export type TencentParams<K extends TencentOperationName> = ParamsOf<TencentOps[K]>;
export type TencentResult<K extends TencentOperationName> = ResultOf<TencentOps[K]>;

/** One typed function per operation, plus a typed generic `call`. */
export type TencentClient = {
  [K in TencentOperationName]: (params: TencentParams<K>, region?: string) => Promise<TencentResult<K>>;
} & {
  call<K extends TencentOperationName>(name: K, params: TencentParams<K>, region?: string): Promise<TencentResult<K>>;
};

/**
 * Typed calls through the proxy. Results are read with the operation's response schema; an answer
 * that drifts from the schema is still returned as sent (the page shows what the provider said).
 */
export function tencentClient(client: AccountClient): TencentClient {
  const call = async (name: string, params: unknown, region?: string) => {
    const result = await client.call(name, (params ?? {}) as Record<string, unknown>, region);
    const parsed = tencentOperations[name]?.response.safeParse(result);
    return parsed?.success ? parsed.data : result;
  };
  const methods = Object.fromEntries(Object.keys(tencentOperations).map((name) => [name, (params: unknown, region?: string) => call(name, params, region)]));
  return { ...methods, call } as unknown as TencentClient;
}
