// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../shared/demoProxy.testutil';
import AccountsPage from './AccountsPage';

const SLOW = { timeout: 15_000 };
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AccountsPage', () => {
  it('checks every account through the proxy; NetEase’s check issues a token the page never sees', async () => {
    const { calls } = await stubDemoProxy();
    renderWithApp(<AccountsPage />);
    await screen.findByText('tencent-demo', {}, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Check all' }));
    expect(await screen.findByText(/OK: \d+ clusters in gz/, {}, SLOW)).toBeTruthy();
    expect(await screen.findByText(/OK: token issued, valid \d+ s/, {}, SLOW)).toBeTruthy();
    expect(await screen.findByText(/^OK: \d+ clusters$/, {}, SLOW)).toBeTruthy();
    expect(calls.map((c) => c.operation).sort()).toEqual(['DescribeCluster', 'ListCluster', 'createToken']);
    expect(document.body.textContent).not.toMatch(/[0-9a-f]{32}/);
  });

  it('shows the provider’s error when a check fails', async () => {
    const { faults } = await stubDemoProxy();
    await faults('alibaba', { failNext: 1 });
    renderWithApp(<AccountsPage />);
    await screen.findByText('alibaba-demo', {}, SLOW);
    fireEvent.click(screen.getByTestId('check-alibaba-demo'));
    const alert = await screen.findByTestId('provider-error', {}, SLOW);
    expect(within(alert).getByTestId('error-request-id').textContent).not.toBe('');
  });
});
