// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import { buttonOf, openDialog, stubDemoProxy } from '../alibaba/shared/demoProxy.testutil';
import AppsPage from './AppsPage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const list = () => screen.findByLabelText('Applications', { selector: '[role=region]' });
const rowOf = (cell: HTMLElement) => cell.closest<HTMLElement>('.ant-table-row')!;

async function fill(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, label: string, value: string) {
  const input = within(dialog).getByLabelText(label, { selector: 'input' });
  await user.clear(input);
  if (value) {
    await user.click(input);
    await user.paste(value);
  }
}

describe('AppsPage against the demo proxy and emulator', { timeout: 150_000 }, () => {
  it('creates an application with CreateApp’s fields, the rules beside the fields first', async () => {
    const user = userEvent.setup();
    renderWithApp(<AppsPage />, { url: '/alibaba/apps' });
    const apps = await list();
    await within(apps).findByText('jst-blog');

    await user.click(screen.getByText('Create application'));
    const dialog = await openDialog();
    await fill(user, dialog, 'Title', 'jst-blog');
    await fill(user, dialog, 'k8s namespace', 'Bad_NS');
    await user.click(buttonOf(within(dialog).getByText('Create application')));
    expect(await within(dialog).findByText('An application with this title exists: titles are unique')).toBeTruthy();
    expect(within(dialog).getByText(/^A k8s name/)).toBeTruthy();
    expect(within(dialog).getByText('An application needs at least one role; give it an Owner')).toBeTruthy();
    expect(proxy.calls.some((c) => c.operation === 'CreateApp')).toBe(false);

    await fill(user, dialog, 'Title', 'unit-shop');
    await fill(user, dialog, 'k8s namespace', 'unit-shop');
    await fill(user, dialog, 'Business title', '单测商店');
    await user.click(within(dialog).getByText('Add role'));
    fireEvent.mouseDown(await within(dialog).findByLabelText('User 1'));
    await user.click(await screen.findByText('张三 (12345 · Taobao)'));
    await user.click(buttonOf(within(dialog).getByText('Create application')));

    expect(await within(apps).findByText('unit-shop')).toBeTruthy();
    expect(proxy.calls.find((c) => c.operation === 'CreateApp')?.params).toEqual({
      Title: 'unit-shop',
      BizCode: 'JST',
      Language: 'Java',
      OperatingSystem: 'Linux',
      ServiceType: 'StoreApplication',
      Namespace: 'unit-shop',
      BizTitle: '单测商店',
      StateType: 1,
      UserRoles: [{ RoleName: 'Owner', UserId: '12345', UserType: 'TAOBAO' }],
    });
  });

  it('shows a refused delete with code, message and RequestId, then deletes with Force after the typed name', async () => {
    const user = userEvent.setup();
    renderWithApp(<AppsPage />, { url: '/alibaba/apps' });
    const apps = await list();
    await user.click(within(rowOf(await within(apps).findByText('order-sync'))).getByLabelText('Delete order-sync'));
    let dialog = await openDialog();
    await user.type(within(dialog).getByRole('textbox'), 'order-sync');
    await user.click(buttonOf(within(dialog).getByText('Delete')));

    // The application still has environments: Force=false only checks, and the answer says so.
    const alert = await screen.findByTestId('change-error');
    expect(within(alert).getByTestId('error-code').textContent).toBe('400');
    expect(within(alert).getByTestId('error-message').textContent).toMatch(/Force=true/);
    expect(within(alert).getByTestId('error-request-id').textContent).toMatch(/^[0-9A-F-]{36}$/);
    expect(within(apps).getByText('order-sync')).toBeTruthy();

    await user.click(buttonOf(screen.getByText(/^Force: also delete/)));
    dialog = await openDialog();
    await user.type(within(dialog).getByRole('textbox'), 'order-sync');
    await user.click(buttonOf(within(dialog).getByText('Delete')));
    await waitFor(() => expect(within(apps).queryByText('order-sync')).toBeNull());
    expect(proxy.calls.filter((c) => c.operation === 'DeleteAppDetail').map((c) => c.params.Force)).toEqual([false, true]);
  });
});
