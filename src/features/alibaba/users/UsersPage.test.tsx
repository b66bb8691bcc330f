// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useScopes } from '../../../app/accounts/useAccounts';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../shared/demoProxy.testutil';
import type { UserRole } from './roles';
import { UserRolePicker } from './UserRolePicker';
import UsersPage from './UsersPage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const rowOf = (cell: HTMLElement) => cell.closest<HTMLElement>('.ant-table-row')!;

describe('UsersPage against the demo proxy and emulator', { timeout: 60_000 }, () => {
  it('lists ListUsers’ users with the roles their applications give them', async () => {
    renderWithApp(<UsersPage />, { url: '/alibaba/users', lang: 'zh-CN' });
    const table = await screen.findByLabelText('用户', { selector: '[role=region]' });
    const owner = rowOf(await within(table).findByText('张三'));
    await waitFor(() => expect(within(owner).getAllByText(/^Owner · /).length).toBeGreaterThan(0));
    expect(within(owner).getByText('淘宝')).toBeTruthy();
    const dev = rowOf(within(table).getByText('王五'));
    expect(within(dev).getByText('钉钉')).toBeTruthy();
    expect(within(dev).getAllByText(/^Dev · /).length).toBeGreaterThan(0);
    expect(proxy.calls.find((c) => c.operation === 'ListUsers')?.params).toEqual({ PageNumber: 1, PageSize: 100 });
    expect(proxy.calls.some((c) => c.operation === 'DescribeAppDetail')).toBe(true);
  });
});

function PickerForm({ onValue }: { onValue: (v: Partial<UserRole>[]) => void }) {
  const { scopes } = useScopes(['alibaba']);
  const [value, setValue] = useState<Partial<UserRole>[]>([]);
  return (
    <UserRolePicker
      scope={scopes[0]}
      value={value}
      showProblems
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

describe('UserRolePicker', { timeout: 60_000 }, () => {
  it('draws users from ListUsers and yields CreateApp’s UserRoles entries; refuses an empty list and duplicates', async () => {
    const user = userEvent.setup();
    let last: Partial<UserRole>[] = [];
    renderWithApp(<PickerForm onValue={(v) => (last = v)} />);
    expect(await screen.findByText('An application needs at least one role; give it an Owner')).toBeTruthy();
    await user.click(screen.getByText('Add role'));
    fireEvent.mouseDown(await screen.findByLabelText('User 1'));
    await user.click(await screen.findByText('王五 (abcdkfafsf · DingTalk)'));
    expect(last).toEqual([{ RoleName: 'Owner', UserId: 'abcdkfafsf', UserType: 'DING_TALK' }]);
    expect(screen.queryByText('An application needs at least one role; give it an Owner')).toBeNull();

    await user.click(screen.getByText('Add role'));
    fireEvent.mouseDown(screen.getByLabelText('User 2'));
    const options = await waitFor(() => [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].filter((o) => o.textContent === '王五 (abcdkfafsf · DingTalk)'));
    await user.click(options.at(-1)!);
    fireEvent.mouseDown(screen.getByLabelText('Role 2'));
    const owners = await waitFor(() => [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].filter((o) => o.textContent === 'Owner'));
    await user.click(owners.at(-1)!);
    expect(await screen.findByText('王五 already has the role Owner')).toBeTruthy();
    await user.click(screen.getAllByLabelText('Remove role of 王五', { selector: 'button' })[1]);
    expect(last).toHaveLength(1);
  });
});
