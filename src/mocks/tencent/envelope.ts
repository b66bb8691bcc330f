import type { TencentApiError } from './errors';

/**
 * Two envelopes, one emulator:
 * - /v2/index.php (the document): `{code, message, codeDesc, data}`, HTTP 200 even on failure,
 *   results beside `code` for GetMonitorData and DeleteInstances;
 * - / with a `Version` parameter (what tencentcloud-sdk-nodejs-common sends with signMethod
 *   HmacSHA1/HmacSHA256): the API 3.0 envelope `{Response: {…, RequestId}}` and
 *   `{Response: {Error: {Code, Message}, RequestId}}`.
 */
export type EnvelopeKind = 'legacy' | 'api3';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export function success(kind: EnvelopeKind, data: unknown, resultAt: 'data' | 'root', requestId: string): Response {
  if (kind === 'api3') {
    const fields = data && typeof data === 'object' && !Array.isArray(data) ? data : { data };
    return json({ Response: { ...fields, RequestId: requestId } });
  }
  if (resultAt === 'root') return json({ code: 0, message: '', codeDesc: 'Success', ...(data as object) });
  return json({ code: 0, message: '', codeDesc: 'Success', data: data ?? null });
}

export function failure(kind: EnvelopeKind, error: TencentApiError, requestId: string): Response {
  if (kind === 'api3') return json({ Response: { Error: { Code: api3Code(error), Message: error.message }, RequestId: requestId } });
  return json({ code: error.code, message: error.message, codeDesc: error.codeDesc });
}

/** API 3.0 error codes for the legacy failures (AuthFailure.*, InvalidParameter, …). */
function api3Code(error: TencentApiError): string {
  switch (error.code) {
    case 4100:
      return 'AuthFailure.SignatureFailure';
    case 4104:
      return 'AuthFailure.SecretIdNotFound';
    case 4500:
      return error.codeDesc === 'NonceReused' ? 'AuthFailure.SignatureFailure' : 'AuthFailure.SignatureExpire';
    case 4400:
      return 'RequestLimitExceeded';
    case 6000:
      return 'InternalError';
    default:
      return error.codeDesc.includes('.') ? error.codeDesc : `${error.code === 4000 ? 'InvalidParameter' : 'FailedOperation'}.${error.codeDesc}`;
  }
}
