// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../shared/demoProxy.testutil';
import { buttonOf, openDialog } from '../shared/dom.testutil';
import IpsPage from './IpsPage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const table = () => screen.getByLabelText('Public IPs', { selector: '[role=region]' });
// The virtual table renders only the rows in view: count through its "shown of total" line.
const total = () => Number(/of (\d+)/.exec(screen.getByTestId('row-count').textContent ?? '')?.[1]);
const releaseButtons = () => [...table().querySelectorAll<HTMLButtonElement>('button[aria-label^="Release "]')];

describe('IpsPage against the demo proxy and emulator', () => {
  it('asks 8.2 with the URL’s status and type filters; a disabled IP cannot be released and says why; detail shows cost', async () => {
    const user = userEvent.setup();
    const { search } = renderWithApp(<IpsPage />, { url: '/netease/ips?status=disabled&type=nce' });
    await waitFor(() => expect(releaseButtons()).toHaveLength(1));
    expect(proxy.calls.find((c) => c.operation === 'listIps')?.params).toEqual({ status: 'disabled', type: 'nce', offset: 0, limit: 100 });
    const release = releaseButtons()[0];
    expect(release.disabled).toBe(true);
    await user.hover(release.parentElement!);
    expect(await screen.findByText('Only an available IP can be released; this one is Disabled')).toBeTruthy();

    const ip = release.getAttribute('aria-label')!.replace('Release ', '');
    await user.click(within(table()).getByLabelText(`Details ${ip}`));
    const detail = await screen.findByTestId('ip-detail');
    expect(within(detail).getAllByText(ip).length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByTestId('ip-cost').textContent).toMatch(/^\d+(\.\d+)? CNY$/));
    expect(search().get('ip')).toMatch(/^netease-demo\//);
    expect(proxy.calls.map((c) => c.operation)).toEqual(expect.arrayContaining(['getIp', 'getIpCost', 'getIpQuota']));
  });

  it('allocates within the quota (over-quota counts refused beside the field), then releases a free IP after typing it', async () => {
    const user = userEvent.setup();
    renderWithApp(<IpsPage />, { url: '/netease/ips' });
    const quota = await screen.findByTestId('quota-netease-demo');
    const before = quota.textContent;
    await waitFor(() => expect(releaseButtons().length).toBeGreaterThan(0));
    const rowsBefore = total();

    await user.click(screen.getByText('Allocate IPs'));
    const dialog = await openDialog();
    const nce = within(dialog).getByLabelText('nce IPs', { selector: 'input' });
    await user.clear(nce);
    await user.type(nce, '11');
    await user.click(buttonOf(within(dialog).getByText('Allocate IPs')));
    expect(await within(dialog).findByText(/^0 to \d+ \(quota 10, \d+ used\)$/, { selector: '.ant-form-item-explain-error' })).toBeTruthy();
    expect(proxy.calls.some((c) => c.operation === 'createIps')).toBe(false);

    await user.clear(nce);
    await user.type(nce, '2');
    await user.click(buttonOf(within(dialog).getByText('Allocate IPs')));
    await waitFor(() => expect(total()).toBe(rowsBefore + 2));
    expect(proxy.calls.find((c) => c.operation === 'createIps')?.params).toEqual({ nce: 2, nlb: 0 });
    await waitFor(() => expect(screen.getByTestId('quota-netease-demo').textContent).not.toBe(before));

    const free = releaseButtons().find((b) => !b.disabled)!;
    const ip = free.getAttribute('aria-label')!.replace('Release ', '');
    await user.click(free);
    const confirm = await openDialog();
    await user.type(within(confirm).getByPlaceholderText(`Type ${ip}`), ip);
    await user.click(buttonOf(within(confirm).getByText('Delete')));
    await waitFor(() => expect(within(table()).queryByText(ip)).toBeNull());
    await waitFor(() => expect(total()).toBe(rowsBefore + 1));
  });
});
