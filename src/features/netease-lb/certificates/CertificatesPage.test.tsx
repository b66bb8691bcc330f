// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../../netease/shared/demoProxy.testutil';
import { buttonOf, openDialog } from '../../netease/shared/dom.testutil';
import CertificatesPage from './CertificatesPage';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIDBjCCAe2gAwIBAgIJ\n-----END CERTIFICATE-----';
const KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpQIBAAKCAQEAsecret\n-----END RSA PRIVATE KEY-----';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const table = () => screen.getByLabelText('SSL certificates', { selector: '[role=region]' });

describe('CertificatesPage against the demo proxy and emulator', () => {
  it('uploads (limits beside the fields, key never shown again), refuses deleting a certificate in use, deletes after the typed name', async () => {
    const user = userEvent.setup();
    renderWithApp(<CertificatesPage />, { url: '/netease/certificates' });
    expect(await within(table()).findByText('shop-example-com')).toBeTruthy();

    await user.click(buttonOf(screen.getByText('Upload certificate')));
    let dialog = await openDialog();
    await user.click(within(dialog).getByLabelText('Certificate (PEM)', { selector: 'textarea' }));
    await user.paste('MIID');
    await user.click(within(dialog).getByLabelText('Private key (PEM)', { selector: 'textarea' }));
    await user.paste(KEY);
    await user.click(buttonOf(within(dialog).getByText('Upload certificate')));
    // Name missing and the certificate not PEM: both refused beside their fields, nothing sent.
    expect(await within(dialog).findByText('1–64 characters')).toBeTruthy();
    expect(within(dialog).getByText(/^A PEM certificate/)).toBeTruthy();
    expect(proxy.calls.some((c) => c.operation === 'uploadCertificate')).toBe(false);

    await user.click(within(dialog).getByLabelText('Name', { selector: 'input' }));
    await user.paste('api-example-com');
    const cert = within(dialog).getByLabelText('Certificate (PEM)', { selector: 'textarea' });
    await user.clear(cert);
    await user.click(cert);
    await user.paste(CERT);
    await user.click(buttonOf(within(dialog).getByText('Upload certificate')));
    expect(await within(table()).findByText('api-example-com')).toBeTruthy();
    expect(proxy.calls.find((c) => c.operation === 'uploadCertificate')?.params).toEqual({ name: 'api-example-com', pubCert: CERT, priKey: KEY });
    // The key is gone from the page once sent; the list never carries it.
    await waitFor(() => expect(document.body.textContent).not.toContain('MIIEpQIBAAKCAQEAsecret'));

    // 6.13: the seeded certificate is used by shop-lb's https listener: the service refuses.
    await user.click(within(table()).getByLabelText('Delete shop-example-com'));
    dialog = await openDialog();
    await user.type(within(dialog).getByPlaceholderText('Type shop-example-com'), 'shop-example-com');
    await user.click(buttonOf(within(dialog).getByText('Delete')));
    const alert = await screen.findByTestId('change-error');
    expect(within(alert).getByTestId('error-code').textContent).toMatch(/^\d{7}$/);
    expect(within(alert).getByTestId('error-request-id').textContent).toMatch(/\S/);
    expect(alert.textContent).toContain('shop-lb');
    expect(within(table()).getByText('shop-example-com')).toBeTruthy();

    await user.click(within(table()).getByLabelText('Delete api-example-com'));
    dialog = await openDialog();
    const ok = buttonOf(within(dialog).getByText('Delete'));
    expect(ok.disabled).toBe(true);
    await user.type(within(dialog).getByPlaceholderText('Type api-example-com'), 'api-example-com');
    await user.click(ok);
    await waitFor(() => expect(within(table()).queryByText('api-example-com')).toBeNull());
    expect(screen.queryByTestId('change-error')).toBeNull();
  });
});
