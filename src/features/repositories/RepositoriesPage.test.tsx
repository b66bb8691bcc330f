// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../shared/demoProxy.testutil';
import RepositoriesPage from './RepositoriesPage';

configure({ asyncUtilTimeout: 20_000 });
let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RepositoriesPage against the demo proxy and emulators', { timeout: 90_000 }, () => {
  it('lists Tencent (once per account) and NetEase repositories in one table, and says Alibaba has no registry', async () => {
    await proxy.faults('tencent', { failNext: 0 });
    renderWithApp(<RepositoriesPage />, { url: '/repositories', lang: 'en' });
    const table = await screen.findByLabelText('Repositories', { selector: '[role=region]' });
    await waitFor(() => expect(within(table).getAllByText('Tencent Cloud').length).toBeGreaterThan(0));
    expect(within(table).getAllByText('NetEase Cloud').length).toBeGreaterThan(0);
    expect(screen.getByTestId('no-registry-alibaba').querySelector('a')?.getAttribute('href')).toBe('/capabilities');
    // The registry is not regional: one SearchUserRepository listing per Tencent account, with GetFavor beside it.
    const searches = proxy.calls.filter((c) => c.operation === 'SearchUserRepository');
    expect(new Set(searches.map((c) => JSON.stringify(c.params))).size).toBe(searches.length);
    expect(proxy.calls.some((c) => c.operation === 'GetFavor')).toBe(true);
  });
  it('shows a failing Tencent account’s error with its code while NetEase rows stay', async () => {
    await proxy.faults('tencent', { errorRate: 1 });
    renderWithApp(<RepositoriesPage />, { url: '/repositories', lang: 'en' });
    const table = await screen.findByLabelText('Repositories', { selector: '[role=region]' });
    await waitFor(() => expect(within(table).getAllByText('NetEase Cloud').length).toBeGreaterThan(0));
    await waitFor(() => expect(screen.getAllByRole('alert').filter((a) => a.textContent?.includes('腾讯云 Demo'))).toHaveLength(1));
    expect(within(table).queryAllByText('Tencent Cloud')).toHaveLength(0);
  });
});
