// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { registryScope } from '../api/client';
import { useInProcessApi } from '../testing/inProcessApi.testutil';
import { RetentionTab } from './RetentionTab';

const SLOW = { timeout: 10_000 };
let api: Awaited<ReturnType<typeof useInProcessApi>>;
beforeEach(async () => {
  api = await useInProcessApi();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const scope = registryScope({ id: 'tencent-demo', name: 'Tencent demo', provider: 'tencent', regions: ['gz'] });

describe('RetentionTab against the emulator', () => {
  it('shows the seeded strategy, sets a new one within the limits, and closes it', async () => {
    renderWithApp(<RetentionTab scope={scope} reponame="tricloud/web" />);
    const current = await screen.findByTestId('retention-current', {}, SLOW);
    expect(current.textContent).toContain('Keep the last N tags');
    expect(current.textContent).toContain('10');

    // The value is a whole number of at least 1 (the input clamps below it).
    const value = screen.getByLabelText('N');
    expect(value.getAttribute('aria-valuemin')).toBe('1');
    fireEvent.change(value, { target: { value: '7' } });
    fireEvent.blur(value);
    fireEvent.click(screen.getByRole('button', { name: 'Set strategy' }));
    await waitFor(() => expect(within(screen.getByTestId('retention-current')).getByText('7')).toBeTruthy(), SLOW);
    const sent = api.calls.findLast((c) => c.operation === 'SetAutoDelStrategy')?.params;
    expect(sent?.reponame).toBe('tricloud/web');
    expect(sent?.type).toBe('keep_last_nums');
    expect(Number(sent?.val)).toBe(7);

    fireEvent.click(screen.getByRole('button', { name: 'Close strategy' }));
    await waitFor(() => expect(api.calls.some((c) => c.operation === 'CloseAutoDelStrategy')).toBe(true), SLOW);
    await waitFor(() => expect((screen.getByRole('button', { name: 'Close strategy' }) as HTMLButtonElement).disabled).toBe(true), SLOW);
  }, 30_000);
});
