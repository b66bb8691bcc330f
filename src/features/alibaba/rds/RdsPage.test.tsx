// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { buttonOf, demoRdsInstances, openDialog, stubDemoProxy } from '../shared/demoProxy.testutil';
import RdsPage from './RdsPage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
const mysql = demoRdsInstances().find((i) => i.engine === 'MySQL')!.id;

beforeEach(async () => {
  proxy = await stubDemoProxy();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const region = (name: string) => screen.getByLabelText(name, { selector: '[role=region]' });

/** antd Select: open with the keyboard, pick the option by its text. */
async function pick(user: ReturnType<typeof userEvent.setup>, combobox: HTMLElement, option: string) {
  fireEvent.mouseDown(combobox);
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.textContent === option);
    if (!found) throw new Error(`no option ${option}`);
    return found;
  });
  await user.click(item);
}

describe('RdsPage against the demo proxy and emulator', { timeout: 60_000 }, () => {
  it('refuses a malformed instance id beside the field, then opens one and lists its databases', async () => {
    const user = userEvent.setup();
    renderWithApp(<RdsPage />, { url: '/alibaba/rds' });
    const input = await screen.findByLabelText('RDS instance id');
    await user.type(input, 'mysql-1{Enter}');
    expect(await screen.findByText('An RDS instance id looks like rm-…')).toBeTruthy();
    expect(proxy.calls).toHaveLength(0);
    await user.clear(input);
    await user.type(input, `${mysql}{Enter}`);
    const databases = await screen.findByLabelText('Databases', { selector: '[role=region]' });
    expect(await within(databases).findByText('sys_info')).toBeTruthy();
    expect(proxy.calls.find((c) => c.operation === 'DescribeDatabases')?.params).toEqual({ InstanceId: mysql });
    expect(JSON.parse(localStorage.getItem('tricloud.alibaba.rds.recent')!)).toEqual({ 'alibaba-demo': [mysql] });
  });

  it('creates a database within 6.5’s limits, and shows the provider’s error with code and RequestId when refused', async () => {
    const user = userEvent.setup();
    renderWithApp(<RdsPage />, { url: `/alibaba/rds?instance=${mysql}` });
    await within(region('Databases')).findByText('sys_info');
    await user.click(screen.getByText('Create database'));
    const dialog = await openDialog();
    const name = within(dialog).getByLabelText('Database', { selector: 'input' });
    await user.type(name, 'Bad_Name');
    await user.click(buttonOf(within(dialog).getByText('Create database')));
    expect(await within(dialog).findByText(/^2–64 characters/)).toBeTruthy();
    expect(proxy.calls.some((c) => c.operation === 'CreateDb')).toBe(false);

    await user.clear(name);
    await user.type(name, 'sys_info');
    await user.click(buttonOf(within(dialog).getByText('Create database')));
    // The emulator refuses a duplicate name in the document's words; the dialog shows code, message and RequestId.
    const alert = await within(dialog).findByTestId('provider-error');
    expect(within(alert).getByTestId('error-code').textContent).toMatch(/^\d+$/);
    expect(within(alert).getByTestId('error-request-id').textContent).toMatch(/^[0-9A-F-]{36}$/);

    await user.clear(name);
    await user.type(name, 'ledger');
    await user.click(buttonOf(within(dialog).getByText('Create database')));
    expect(await within(region('Databases')).findByText('ledger')).toBeTruthy();
    expect(proxy.calls.filter((c) => c.operation === 'CreateDb').at(-1)?.params).toMatchObject({ DbInstanceId: mysql, DbName: 'ledger', CharacterSetName: 'utf8' });
  });

  it('grants a database to an account with a privilege, and lists backups with full and incremental sizes', async () => {
    const user = userEvent.setup();
    renderWithApp(<RdsPage />, { url: `/alibaba/rds?instance=${mysql}&tab=accounts` });
    const privileges = await screen.findByTestId('privileges-test1');
    expect(privileges.textContent).toContain('sys_info: ReadOnly');
    expect(privileges.textContent).not.toContain('orders');
    await user.click(within(region('Accounts')).getByLabelText('Grant database test1'));
    const dialog = await openDialog();
    await pick(user, within(dialog).getByLabelText('Database'), 'orders');
    await pick(user, within(dialog).getByLabelText('Privilege'), 'DMLOnly — DML only (MySQL, MariaDB)');
    await user.click(buttonOf(within(dialog).getByText('Grant database')));
    await waitFor(() => expect(screen.getByTestId('privileges-test1').textContent).toContain('orders: DMLOnly'));
    expect(proxy.calls.find((c) => c.operation === 'GrantDbToAccount')?.params).toEqual({ AccountName: 'test1', DbInstanceId: mysql, DbName: 'orders', AccountPrivilege: 'DMLOnly' });

    await user.click(screen.getByRole('tab', { name: 'Backups' }));
    const sizes = await screen.findByTestId('backup-sizes');
    await waitFor(() => expect(sizes.textContent).toContain('Full backups (4)'));
    expect(sizes.textContent).toContain('Incremental backups (1)');
    expect(proxy.calls.find((c) => c.operation === 'GetRdsBackUp')?.params).toEqual({ DbInstanceId: mysql, PageNumber: 1, PageSize: 30 });
  });
});
