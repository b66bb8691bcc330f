import type { AccountClient, Unwrap } from '../core/client';
import { ProviderError } from '../core/errors';
import type { ParamsOf, ResultOf } from '../core/types';
import { alibabaOperations, type AlibabaOperationName, type AlibabaOps } from './operations';
import { alignToSchema } from './schema-align';
import { fromXml } from './xml';

type Body = Record<string, unknown>;

/** Every spelling of the error-message field the document uses, in tables and examples. */
const MESSAGE_FIELDS = ['ErrMsg', 'ErrorMsg', 'ErrorMessage', 'ErrMessage', 'Message', 'message'] as const;

/**
 * Two answer shapes: the gateway's refusal `{RequestId, HostId, Code: "SignatureDoesNotMatch",
 * Message, Recommend}` (HTTP 4xx/5xx, string Code) and the business envelope `{RequestId, Code: 0,
 * ErrMsg|ErrorMsg|ErrorMessage, Result|Data, Success?}` where any Code other than 0, or
 * Success false, is a failure. Success returns the whole body: list operations carry their paging
 * (TotalCount, PageNumber) beside Data. XML answers are read too.
 */
export const unwrapAlibaba: Unwrap = (answer, operation) => {
  const body = parseBody(answer.text, operation);
  const fail = (code: unknown, message: string, requestId?: unknown) =>
    new ProviderError({
      provider: 'alibaba',
      code: String(code ?? `HTTP${answer.status}`),
      message: message || `HTTP ${answer.status}`,
      httpStatus: answer.status,
      requestId: typeof requestId === 'string' ? requestId : undefined,
      proxyRequestId: answer.proxyRequestId,
      operation,
    });
  if (!body) throw fail(`HTTP${answer.status}`, answer.text.slice(0, 300));
  const message = MESSAGE_FIELDS.map((f) => body[f]).find((m) => typeof m === 'string' && m !== '') as string | undefined;
  const code = body.Code;
  const numeric = typeof code === 'number' || (typeof code === 'string' && /^-?\d+$/.test(code));
  if (answer.status >= 400 || (code !== undefined && !numeric)) throw fail(code, message ?? '', body.RequestId);
  if ((numeric && Number(code) !== 0) || body.Success === false || body.Success === 'false') throw fail(code ?? 'Failed', message ?? '', body.RequestId);
  return body;
};

function parseBody(text: string, operation: string): Body | null {
  try {
    if (text.trimStart().startsWith('<')) {
      const { value } = fromXml(text);
      if (!value || typeof value !== 'object') return null;
      // XML has no lists of one: reshape by the operation's response schema.
      const schema = alibabaOperations[operation]?.response;
      return (schema ? alignToSchema(value, schema) : value) as Body;
    }
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Body) : null;
  } catch {
    return null;
  }
}

export type AlibabaParams<K extends AlibabaOperationName> = ParamsOf<AlibabaOps[K]>;
export type AlibabaResult<K extends AlibabaOperationName> = ResultOf<AlibabaOps[K]>;

/** One typed function per operation, plus a typed generic `call`. */
export type AlibabaClient = {
  [K in AlibabaOperationName]: (params: AlibabaParams<K>, region?: string) => Promise<AlibabaResult<K>>;
} & {
  call<K extends AlibabaOperationName>(name: K, params: AlibabaParams<K>, region?: string): Promise<AlibabaResult<K>>;
};

/**
 * Typed calls through the proxy. Results are read with the operation's response schema; an answer
 * that drifts from the schema is still returned as sent (the page shows what the provider said).
 */
export function alibabaClient(client: AccountClient): AlibabaClient {
  const call = async (name: string, params: unknown, region?: string) => {
    const result = await client.call(name, (params ?? {}) as Record<string, unknown>, region);
    const parsed = alibabaOperations[name]?.response.safeParse(result);
    return parsed?.success ? parsed.data : result;
  };
  const methods = Object.fromEntries(Object.keys(alibabaOperations).map((name) => [name, (params: unknown, region?: string) => call(name, params, region)]));
  return { ...methods, call } as unknown as AlibabaClient;
}
