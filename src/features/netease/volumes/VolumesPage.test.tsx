// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../shared/demoProxy.testutil';
import { buttonOf, openDialog } from '../shared/dom.testutil';
import VolumesPage from './VolumesPage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const table = () => screen.getByLabelText('Cloud volumes', { selector: '[role=region]' });
const sizeCell = (name: string) => within(table()).getByText(name).closest('.ant-table-row')!.querySelectorAll('.ant-table-cell')[1].textContent;

describe('VolumesPage against the demo proxy and emulator', () => {
  it('shows where a volume is mounted and refuses to delete it; creates with 7.1’s rules beside the fields', async () => {
    const user = userEvent.setup();
    renderWithApp(<VolumesPage />, { url: '/netease/volumes' });
    // The seeded mysql-data volume is mounted by a service (7.2 service_name and mapping).
    expect(await within(table()).findByText('mysql-data')).toBeTruthy();
    expect(within(table()).getByText(/\/var\/lib\/mysql\//)).toBeTruthy();
    expect(within(table()).getByLabelText('Delete mysql-data')).toHaveProperty('disabled', true);
    expect(within(table()).getByLabelText('Delete myvolume')).toHaveProperty('disabled', false);

    await user.click(screen.getByText('Create volume'));
    const dialog = await openDialog();
    const name = within(dialog).getByLabelText('Name', { selector: 'input' });
    const size = within(dialog).getByLabelText('Size (GB)', { selector: 'input' });
    await user.click(name);
    await user.paste('Bad_Name');
    await user.clear(size);
    await user.type(size, '1000');
    await user.click(buttonOf(within(dialog).getByText('Create volume')));
    await waitFor(() => expect(dialog.querySelectorAll('.ant-form-item-has-error').length).toBe(2));
    expect(within(dialog).getByText(/starting with a letter/).closest('.ant-form-item-explain-error')).toBeTruthy();
    expect(proxy.calls.some((c) => c.operation === 'createVolume')).toBe(false);

    await user.clear(name);
    await user.paste('logs-disk');
    await user.clear(size);
    await user.type(size, '30');
    await user.click(buttonOf(within(dialog).getByText('Create volume')));
    expect(await within(table()).findByText('logs-disk')).toBeTruthy();
    expect(proxy.calls.find((c) => c.operation === 'createVolume')?.params).toEqual({ volume_name: 'logs-disk', size: 30 });
  });

  it('resizes grow-only, shows a refusal with its RequestId, and deletes after the name is typed', async () => {
    const user = userEvent.setup();
    renderWithApp(<VolumesPage />, { url: '/netease/volumes' });
    await user.click(await within(table()).findByLabelText('Resize myvolume'));
    let dialog = await openDialog();
    const size = within(dialog).getByLabelText('New size (GB)', { selector: 'input' });
    await user.clear(size);
    await user.type(size, '10');
    await user.click(buttonOf(within(dialog).getByText('Resize')));
    expect(await within(dialog).findByText(/Grow only: larger than 10 GB/, { selector: '.ant-form-item-explain-error' })).toBeTruthy();

    await proxy.faults({ failNext: 1, failOperation: 'resizeVolume' });
    await user.clear(size);
    await user.type(size, '40');
    await user.click(buttonOf(within(dialog).getByText('Resize')));
    const alert = await within(dialog).findByTestId('provider-error');
    expect(within(alert).getByTestId('error-code').textContent).toBe('5000031');
    expect(within(alert).getByTestId('error-request-id').textContent).toMatch(/^[0-9a-f-]{36}$/);
    await user.click(buttonOf(within(dialog).getByText('Resize')));
    await waitFor(() => expect(sizeCell('myvolume')).toBe('40'));
    expect(proxy.calls.filter((c) => c.operation === 'resizeVolume').at(-1)?.params).toMatchObject({ size: 40 });

    await user.click(within(table()).getByLabelText('Delete myvolume'));
    dialog = await openDialog();
    await user.type(within(dialog).getByPlaceholderText('Type myvolume'), 'myvolume');
    await user.click(buttonOf(within(dialog).getByText('Delete')));
    await waitFor(() => expect(within(table()).queryByText('myvolume')).toBeNull());
  });
});
