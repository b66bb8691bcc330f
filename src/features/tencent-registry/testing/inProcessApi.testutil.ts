import { vi } from 'vitest';
import { createProxyHandler } from '../../../proxy/handler';
import { demoRuntime } from '../../../proxy/runtime';

const ORIGIN = 'http://console.test';

/**
 * Routes the page's `/api/*` fetches into the real proxy and the demo emulators, in-process and
 * logged in as the demo user: the pages are tested against the emulator, not against stubs.
 */
export async function useInProcessApi() {
  const handle = createProxyHandler(await demoRuntime());
  const login = await handle(new Request(`${ORIGIN}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo' }) }));
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const calls: Array<{ operation: string; params: Record<string, unknown> }> = [];
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    headers.set('cookie', cookie);
    headers.set('origin', ORIGIN);
    if (init?.body && url.endsWith('/call')) calls.push(JSON.parse(String(init.body)) as (typeof calls)[number]);
    return handle(new Request(new URL(url, ORIGIN), { method: init?.method ?? 'GET', headers, body: init?.body as BodyInit | undefined }));
  });
  return { handle, calls };
}
