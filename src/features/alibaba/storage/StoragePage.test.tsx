// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { buttonOf, openDialog, stubDemoProxy } from '../shared/demoProxy.testutil';
import StoragePage from './StoragePage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const region = (name: string) => screen.findByLabelText(name, { selector: '[role=region]' });
const rowOf = (cell: HTMLElement) => cell.closest<HTMLElement>('.ant-table-row')!;

async function fill(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, label: string, value: string) {
  const input = within(dialog).getByLabelText(label, { selector: 'input' });
  await user.clear(input);
  if (value) {
    await user.click(input);
    await user.paste(value);
  }
}

describe('StoragePage against the demo proxy and emulator', { timeout: 60_000 }, () => {
  it('shows the seeded binding both ways and refuses to delete a Bound volume', async () => {
    renderWithApp(<StoragePage />, { url: '/alibaba/storage' });
    const volumes = await region('Persistent volumes');
    const bound = rowOf(await within(volumes).findByText('report-nas-pv'));
    expect(within(bound).getByTestId('volume-claim').textContent).toBe('report-data');
    expect(within(bound).getByLabelText('Delete volume report-nas-pv').closest('button')!.disabled).toBe(true);
    const free = rowOf(within(volumes).getByText('shared-nas-pv'));
    expect(within(free).getByLabelText('Delete volume shared-nas-pv').closest('button')!.disabled).toBe(false);
    // The claims of an environment on the same cluster are listed beside them.
    await region('Persistent volume claims');
    expect(proxy.calls.some((c) => c.operation === 'ListPersistentVolumeClaim')).toBe(true);
  });

  it('creates a volume (rules beside the fields), a claim that binds to it, then deletes both', async () => {
    const user = userEvent.setup();
    renderWithApp(<StoragePage />, { url: '/alibaba/storage' });
    const volumes = await region('Persistent volumes');
    await within(volumes).findByText('report-nas-pv');
    const clusterId = String(proxy.calls.find((c) => c.operation === 'ListPersistentVolume')!.params.ClusterInstanceId);

    await user.click(screen.getByText('Create volume'));
    let dialog = await openDialog();
    await fill(user, dialog, 'Name', 'Data_PV');
    await fill(user, dialog, 'Capacity', 'lots');
    await user.click(buttonOf(within(dialog).getByText('Create volume')));
    // Name breaks the rule, StorageClass is missing: both say the rule beside the field.
    expect(await within(dialog).findAllByText(/^Starts with a lower-case letter/)).toHaveLength(2);
    expect(within(dialog).getByText(/^A quantity/)).toBeTruthy();
    expect(within(dialog).getByText('Give the NAS mount target domain')).toBeTruthy();
    expect(proxy.calls.some((c) => c.operation === 'CreatePersistentVolume')).toBe(false);

    await fill(user, dialog, 'Name', 'ledger-pv');
    await fill(user, dialog, 'Capacity', '50Gi');
    await fill(user, dialog, 'Storage class', 'ledger');
    await fill(user, dialog, 'NAS mount target domain', '0a1b2c3d4e-abc12.cn-zhangjiakou.nas.aliyuncs.com');
    await user.click(buttonOf(within(dialog).getByText('Create volume')));
    const created = rowOf(await within(volumes).findByText('ledger-pv'));
    expect(within(created).getByText('Available')).toBeTruthy();
    expect(proxy.calls.find((c) => c.operation === 'CreatePersistentVolume')?.params).toEqual({
      Name: 'ledger-pv',
      Capacity: '50Gi',
      AccessModes: 'ReadWriteMany',
      ReclaimPolicy: 'Retain',
      StorageClass: 'ledger',
      MountTargetDomain: '0a1b2c3d4e-abc12.cn-zhangjiakou.nas.aliyuncs.com',
      MountDir: '/',
      NFSVersion: '4.0',
      ClusterInstanceId: clusterId,
    });

    const claims = await region('Persistent volume claims');
    await user.click(screen.getByText('Create claim'));
    dialog = await openDialog();
    await fill(user, dialog, 'Name', 'ledger-data');
    await fill(user, dialog, 'Capacity', '20Gi');
    await fill(user, dialog, 'Storage class', 'ledger');
    await user.click(buttonOf(within(dialog).getByText('Create claim')));
    const claim = rowOf(await within(claims).findByText('ledger-data'));
    await waitFor(() => expect(within(claim).getByTestId('claim-volume').textContent).toBe('ledger-pv'));
    await waitFor(() => expect(within(rowOf(within(volumes).getByText('ledger-pv'))).getByTestId('volume-claim').textContent).toBe('ledger-data'));

    // Bound now: its delete is refused until the claim goes.
    expect(within(rowOf(within(volumes).getByText('ledger-pv'))).getByLabelText('Delete volume ledger-pv').closest('button')!.disabled).toBe(true);
    await user.click(within(claim).getByLabelText('Delete claim ledger-data'));
    dialog = await openDialog();
    await user.type(within(dialog).getByPlaceholderText('Type ledger-data'), 'ledger-data');
    await user.click(buttonOf(within(dialog).getByText('Delete')));
    await waitFor(() => expect(within(claims).queryByText('ledger-data')).toBeNull());

    const released = within(rowOf(within(volumes).getByText('ledger-pv'))).getByLabelText('Delete volume ledger-pv').closest('button')!;
    await waitFor(() => expect(released.disabled).toBe(false));
    await user.click(released);
    dialog = await openDialog();
    await user.type(within(dialog).getByPlaceholderText('Type ledger-pv'), 'ledger-pv');
    await user.click(buttonOf(within(dialog).getByText('Delete')));
    await waitFor(() => expect(within(volumes).queryByText('ledger-pv')).toBeNull());
    expect(screen.queryByTestId('change-error')).toBeNull();
  }, 60_000);

  it('shows a refused delete with the provider’s code, message and RequestId', async () => {
    const user = userEvent.setup();
    renderWithApp(<StoragePage />, { url: '/alibaba/storage' });
    const volumes = await region('Persistent volumes');
    await user.click(within(rowOf(await within(volumes).findByText('shared-nas-pv'))).getByLabelText('Delete volume shared-nas-pv'));
    const dialog = await openDialog();
    await proxy.faults({ failNext: 1, failOperation: 'DeletePersistentVolume' });
    await user.type(within(dialog).getByPlaceholderText('Type shared-nas-pv'), 'shared-nas-pv');
    await user.click(buttonOf(within(dialog).getByText('Delete')));
    const alert = await screen.findByTestId('change-error');
    expect(within(alert).getByTestId('error-code').textContent).not.toBe('');
    expect(within(alert).getByTestId('error-request-id').textContent).toMatch(/^[0-9A-F-]{36}$/);
    expect(within(volumes).getByText('shared-nas-pv')).toBeTruthy();
  });
});
