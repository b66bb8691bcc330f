// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../shared/demoProxy.testutil';
import IngressesPage from './IngressesPage';

// The page against the real proxy in demo mode and the three emulators.
let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeAll(async () => {
  proxy = await stubDemoProxy();
});
afterAll(() => {
  cleanup();
  vi.unstubAllGlobals();
});
const SLOW = { timeout: 15_000 };

describe('IngressesPage', () => {
  it('lists the three clouds; a failing Alibaba call shows its code and RequestId, the rest stay; the provider filter lives in the URL', async () => {
    await proxy.faults('alibaba', { failNext: 1, failOperation: 'ListSlbAPs' });
    const view = renderWithApp(<IngressesPage />, { url: '/ingresses' });
    expect(await screen.findByText('web-entry', {}, SLOW)).toBeTruthy();
    expect(await screen.findByText('shop-lb', {}, SLOW)).toBeTruthy();
    const alert = await screen.findByTestId('provider-error', {}, SLOW);
    expect(within(alert).getByTestId('error-request-id').textContent).not.toBe('');
    expect(within(alert).getByTestId('error-code').textContent).not.toBe('');
    expect(proxy.calls.map((c) => c.operation)).toEqual(expect.arrayContaining(['DescribeIngress', 'ListSlbAPs', 'ListServices', 'listLoadBalancers']));
    view.unmount();

    renderWithApp(<IngressesPage />, { url: '/ingresses?f.provider=alibaba' });
    expect(await screen.findByText('blog-http', {}, SLOW)).toBeTruthy();
    expect(screen.queryByText('web-entry')).toBeNull();
    expect(screen.queryByText('shop-lb')).toBeNull();
  }, 60_000);
});
