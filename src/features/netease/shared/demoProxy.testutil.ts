import { vi } from 'vitest';
import { createProxyHandler } from '../../../proxy/handler';
import { demoRuntime } from '../../../proxy/runtime';

/**
 * Tests only: the browser's `fetch('/api/…')` answered by the real proxy in demo mode, with the
 * NetEase emulator behind it, logged in as the demo user. Returns the handler to inject faults.
 */
export async function stubDemoProxy() {
  const runtime = await demoRuntime();
  const handle = createProxyHandler({ ...runtime, audit: () => undefined });
  const origin = 'http://console.test';
  const login = await handle(
    new Request(`${origin}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo' }) }),
  );
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const calls: { operation: string; params: Record<string, unknown> }[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    if (typeof init.body === 'string' && url.endsWith('/call')) calls.push(JSON.parse(init.body) as (typeof calls)[number]);
    return handle(new Request(new URL(url, origin), { method: init.method ?? 'GET', headers, body: init.body ?? undefined }));
  });
  vi.stubGlobal('fetch', fetchStub);
  const faults = (body: unknown) =>
    handle(new Request(`${origin}/api/demo/emulators/netease/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json', cookie }, body: JSON.stringify(body) }));
  return { handle, faults, calls };
}

/** jsdom has no object URLs: record what would have been downloaded. */
export function stubDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:test'), revokeObjectURL: () => undefined }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names, restore: () => click.mockRestore() };
}

/** jsdom's Blob has no text(): read it the old way. */
export const blobText = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
