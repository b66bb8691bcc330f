import { ProviderError } from './errors';
import type { OperationCall } from './types';

/** The provider's HTTP answer as the proxy passed it on, plus the proxy's own request id. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  proxyRequestId?: string;
}

/** How a client reaches the proxy: over HTTP in the browser, in-process in tests. */
export type Transport = (accountId: string, call: OperationCall) => Promise<RawAnswer>;

/** Header the proxy sets on every answer: `proxy` when the proxy itself refused, else `provider`. */
export const SOURCE_HEADER = 'X-Tricloud-Source';
export const PROXY_REQUEST_ID_HEADER = 'X-Tricloud-Request-Id';

/** Body of an error the proxy itself produced (never a provider's answer). */
export interface ProxyErrorBody {
  error: { code: string; message: string; requestId: string };
}

/**
 * Turns an answer into a ProviderError when the proxy (not the provider) refused the call;
 * provider answers pass through for the provider's client to unwrap.
 */
export async function toRawAnswer(response: Response): Promise<RawAnswer> {
  const text = await response.text();
  const proxyRequestId = response.headers.get(PROXY_REQUEST_ID_HEADER) ?? undefined;
  if (response.headers.get(SOURCE_HEADER) === 'proxy') {
    let body: Partial<ProxyErrorBody> = {};
    try {
      body = JSON.parse(text) as ProxyErrorBody;
    } catch {
      /* not JSON: keep the status line */
    }
    throw new ProviderError({
      provider: 'proxy',
      code: body.error?.code ?? `HTTP${response.status}`,
      message: body.error?.message ?? (text || response.statusText),
      httpStatus: response.status,
      proxyRequestId: body.error?.requestId ?? proxyRequestId,
    });
  }
  return { status: response.status, headers: response.headers, text, proxyRequestId };
}

/** The browser's transport: same-origin fetch to the proxy with the session cookie. */
export const httpTransport: Transport = async (accountId, call) => {
  const response = await fetch(`/api/accounts/${encodeURIComponent(accountId)}/call`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(call),
  });
  return toRawAnswer(response);
};
