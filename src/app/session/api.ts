import { ProviderError } from '../../providers/core/errors';
import { PROXY_REQUEST_ID_HEADER, type ProxyErrorBody } from '../../providers/core/transport';
import type { ProviderId } from '../../providers/core/types';
import { reportIfUnauthenticated } from './unauthenticated';

/** The proxy's own routes (not provider calls): JSON in, JSON out, errors as ProviderError('proxy'). */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    credentials: 'same-origin',
    ...init,
    headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
  });
  const text = await response.text();
  if (!response.ok) {
    let body: Partial<ProxyErrorBody> = {};
    try {
      body = JSON.parse(text) as ProxyErrorBody;
    } catch {
      /* not JSON: keep the status line */
    }
    const error = new ProviderError({
      provider: 'proxy',
      code: body.error?.code ?? `HTTP${response.status}`,
      message: body.error?.message ?? (text || response.statusText),
      httpStatus: response.status,
      proxyRequestId: body.error?.requestId ?? response.headers.get(PROXY_REQUEST_ID_HEADER) ?? undefined,
    });
    // A failed login is a 401 too, but it belongs beside the form, not to a redirect.
    if (path !== '/api/session' || init.method !== 'POST') reportIfUnauthenticated(error);
    throw error;
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface Meta {
  demo: boolean;
  demoLogin?: { username: string; password: string };
}
export interface SessionInfo {
  user: { username: string };
}
/** An account as the proxy lists it: never credentials or endpoints. */
export interface AccountInfo {
  id: string;
  name: string;
  provider: ProviderId;
  regions: string[];
}

export const getMeta = () => apiFetch<Meta>('/api/meta');
export const getSession = () => apiFetch<SessionInfo>('/api/session');
export const login = (username: string, password: string) =>
  apiFetch<SessionInfo>('/api/session', { method: 'POST', body: JSON.stringify({ username, password }) });
export const logout = () => apiFetch<{ ok: boolean }>('/api/session', { method: 'DELETE' });
export const getAccounts = () => apiFetch<AccountInfo[]>('/api/accounts');
