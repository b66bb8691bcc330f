// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { blobText, stubDemoProxy, stubDownloads } from '../shared/demoProxy.testutil';
import { buttonOf, openDialog } from '../shared/dom.testutil';
import SshKeysPage from './SshKeysPage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const table = () => screen.getByLabelText('SSH keys', { selector: '[role=region]' });

describe('SshKeysPage against the demo proxy and emulator', () => {
  it('creates a key (bad name refused beside the field), offers its PEM once, downloads again from the list', async () => {
    const user = userEvent.setup();
    const downloads = stubDownloads();
    renderWithApp(<SshKeysPage />, { url: '/netease/ssh-keys' });
    // 4.2: the seeded keys, fingerprints in the document's colon-hex form.
    expect(await within(table()).findByText('mykey')).toBeTruthy();
    expect(within(table()).getAllByText(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/).length).toBeGreaterThanOrEqual(1);

    await user.click(screen.getByText('Create key'));
    const dialog = await openDialog();
    const name = within(dialog).getByLabelText('Name', { selector: 'input' });
    await user.click(name);
    await user.paste('k'.repeat(65));
    await user.click(buttonOf(within(dialog).getByText('Create key')));
    expect(await within(dialog).findByText('At most 64 characters')).toBeTruthy();
    expect(proxy.calls.some((c) => c.operation === 'createSecretKey')).toBe(false);

    await user.clear(name);
    await user.paste('ops-key');
    await user.click(buttonOf(within(dialog).getByText('Create key')));
    const pem = await screen.findByTestId('private-key');
    expect(pem.textContent).toMatch(/^-----BEGIN RSA PRIVATE KEY-----[\s\S]+-----END RSA PRIVATE KEY-----\s*$/);
    await user.click(buttonOf(within(await openDialog()).getByText('Download private key')));
    expect(downloads.names).toEqual(['ops-key.pem']);
    expect(await blobText(downloads.blobs[0])).toBe(pem.textContent);
    expect(proxy.calls.find((c) => c.operation === 'createSecretKey')?.params).toEqual({ key_name: 'ops-key' });
    await user.click(buttonOf(within(await openDialog()).getByText('Close')));

    // The list refreshed; the key downloads again from its row (4.3 at any time).
    await user.click(await within(table()).findByLabelText('Download private key ops-key'));
    await waitFor(() => expect(downloads.names).toEqual(['ops-key.pem', 'ops-key.pem']));
    expect(await blobText(downloads.blobs[1])).toBe(pem.textContent);
  });

  it('deletes after the name is typed; a refused delete shows code, message and RequestId', async () => {
    const user = userEvent.setup();
    renderWithApp(<SshKeysPage />, { url: '/netease/ssh-keys' });
    await user.click(await within(table()).findByLabelText('Delete deploy'));
    let dialog = await openDialog();
    const ok = buttonOf(within(dialog).getByText('Delete'));
    expect(ok.disabled).toBe(true);
    await proxy.faults({ failNext: 1, failOperation: 'deleteSecretKey' });
    await user.type(within(dialog).getByPlaceholderText('Type deploy'), 'deploy');
    await user.click(ok);
    const alert = await screen.findByTestId('change-error');
    expect(within(alert).getByTestId('error-code').textContent).toBe('5000031');
    expect(within(alert).getByTestId('error-request-id').textContent).toMatch(/^[0-9a-f-]{36}$/);
    expect(within(table()).getByText('deploy')).toBeTruthy();

    await user.click(within(table()).getByLabelText('Delete deploy'));
    dialog = await openDialog();
    await user.type(within(dialog).getByPlaceholderText('Type deploy'), 'deploy');
    await user.click(buttonOf(within(dialog).getByText('Delete')));
    await waitFor(() => expect(within(table()).queryByText('deploy')).toBeNull());
    expect(screen.queryByTestId('change-error')).toBeNull();
    expect(proxy.calls.filter((c) => c.operation === 'deleteSecretKey').at(-1)?.params).toEqual({ id: expect.any(Number) });
  });
});
