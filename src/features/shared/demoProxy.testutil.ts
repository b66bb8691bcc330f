import { vi } from 'vitest';
import { createProxyHandler } from '../../proxy/handler';
import { demoRuntime } from '../../proxy/runtime';
import type { ProviderId } from '../../providers/core/types';

const ORIGIN = 'http://console.test';

/**
 * Tests only: the browser's `fetch('/api/…')` answered in-process by the real proxy in demo mode
 * with the emulators behind it, logged in as the demo user — pages are tested against the
 * emulators, not against stubs. `calls` records every operation call; `faults` injects a
 * provider's errors through the proxy's demo route.
 */
export async function stubDemoProxy() {
  const handle = createProxyHandler({ ...(await demoRuntime()), audit: () => undefined });
  const login = await handle(
    new Request(`${ORIGIN}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo' }) }),
  );
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const calls: { operation: string; params: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      if (typeof init.body === 'string' && url.endsWith('/call')) calls.push(JSON.parse(init.body) as (typeof calls)[number]);
      return handle(new Request(new URL(url, ORIGIN), { method: init.method ?? 'GET', headers, body: init.body ?? undefined }));
    }),
  );
  const faults = (provider: ProviderId, body: unknown) =>
    handle(new Request(`${ORIGIN}/api/demo/emulators/${provider}/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json', cookie }, body: JSON.stringify(body) }));
  return { handle, calls, faults };
}
