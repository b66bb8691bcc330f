import { vi } from 'vitest';
import { configure, waitFor } from '@testing-library/react';
import { DEMO_CREDENTIALS } from '../../../mocks/demo-credentials';
import { seedWorld } from '../../../mocks/alibaba/store/seed';
import { createProxyHandler } from '../../../proxy/handler';
import { demoRuntime } from '../../../proxy/runtime';

// antd's first render is slow in jsdom on a busy machine.
configure({ asyncUtilTimeout: 15_000 });

/**
 * Tests only: the browser's `fetch('/api/…')` answered by the real proxy in demo mode, with the
 * Alibaba emulator behind it, logged in as the demo user. `faults` injects the emulator's failures.
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
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      if (typeof init.body === 'string' && url.endsWith('/call')) calls.push(JSON.parse(init.body) as (typeof calls)[number]);
      return handle(new Request(new URL(url, origin), { method: init.method ?? 'GET', headers, body: init.body ?? undefined }));
    }),
  );
  const faults = (body: unknown) =>
    handle(new Request(`${origin}/api/demo/emulators/alibaba/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json', cookie }, body: JSON.stringify(body) }));
  return { handle, faults, calls };
}

/** The demo world's RDS instances (the document has no call that lists them; the seed is fixed). */
export function demoRdsInstances() {
  return seedWorld(DEMO_CREDENTIALS.alibaba.accessKeyId, Date.now()).rds.map((i) => ({ id: i.DBInstanceId, engine: i.Engine }));
}

/** The open modal (antd keeps closed ones hidden in the DOM). */
export async function openDialog(): Promise<HTMLElement> {
  return waitFor(() => {
    const dialogs = [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap')].filter((d) => d.style.display !== 'none');
    const last = dialogs.at(-1)?.querySelector<HTMLElement>('[role=dialog]');
    if (!last) throw new Error('no open dialog');
    return last;
  });
}

/** The button that holds this text (antd wraps the label in a span). */
export const buttonOf = (element: HTMLElement): HTMLButtonElement => element.closest('button')!;
