// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { useInProcessApi } from '../testing/inProcessApi.testutil';
import NamespacesPage from './NamespacesPage';

const SLOW = { timeout: 10_000 };
let api: Awaited<ReturnType<typeof useInProcessApi>>;
beforeEach(async () => {
  api = await useInProcessApi();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const dialog = () => screen.getByRole('dialog');

describe('NamespacesPage against the emulator', () => {
  it('lists the seeded namespaces, checks the name, creates and deletes with typed confirmation', async () => {
    renderWithApp(<NamespacesPage />, { url: '/tencent/registry/namespaces' });
    expect(await screen.findByText('tricloud', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('demo-apps')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Create namespace/ }));
    const input = within(dialog()).getByLabelText('Namespace');
    // The document's rule is enforced beside the field before anything is sent.
    fireEvent.change(input, { target: { value: 'A' } });
    expect(await within(dialog()).findByText(/2–30 characters/, {}, SLOW)).toBeTruthy();
    // An existing name: the check answers, nothing is created.
    fireEvent.change(input, { target: { value: 'tricloud' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    expect(await within(dialog()).findByText('A namespace of this name exists already.', {}, SLOW)).toBeTruthy();
    expect(api.calls.some((c) => c.operation === 'CreateCCRNamespace')).toBe(false);

    fireEvent.change(input, { target: { value: 'jsdom-ns' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('jsdom-ns', {}, SLOW)).toBeTruthy();
    expect(api.calls.map((c) => c.operation)).toEqual(expect.arrayContaining(['NamespacelsExists', 'CreateCCRNamespace']));

    // Delete: the button stays disabled until the name is typed.
    const row = screen.getByText('jsdom-ns').closest('.ant-table-row') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /Delete/ }));
    const confirm = await screen.findByRole('dialog', {}, SLOW);
    const ok = within(confirm).getAllByRole('button').find((b) => b.textContent === 'Delete')!;
    expect((ok as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(confirm).getByRole('textbox'), { target: { value: 'jsdom-ns' } });
    fireEvent.click(ok);
    await waitFor(() => expect(screen.queryByText('jsdom-ns')).toBeNull(), SLOW);
  }, 30_000);

  it('shows the provider error with code and message when a namespace with repositories is deleted', async () => {
    renderWithApp(<NamespacesPage />, { url: '/tencent/registry/namespaces' });
    const row = (await screen.findByText('tricloud', {}, SLOW)).closest('.ant-table-row') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /Delete/ }));
    const confirm = await screen.findByRole('dialog', {}, SLOW);
    fireEvent.change(within(confirm).getByRole('textbox'), { target: { value: 'tricloud' } });
    fireEvent.click(within(confirm).getAllByRole('button').find((b) => b.textContent === 'Delete')!);
    const alert = await screen.findByTestId('provider-error', {}, SLOW);
    expect(within(alert).getByTestId('error-code').textContent).not.toBe('0');
    expect(within(alert).getByTestId('error-message').textContent).toMatch(/NamespaceNotEmpty|仍有仓库/);
    expect(within(alert).getByTestId('error-operation').textContent).toBe('DeleteUserNamespace');
  }, 30_000);
});
