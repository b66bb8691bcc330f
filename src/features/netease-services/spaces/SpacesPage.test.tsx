// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../../netease/shared/demoProxy.testutil';
import { buttonOf, openDialog } from '../../netease/shared/dom.testutil';
import SpacesPage from './SpacesPage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const table = () => screen.getByLabelText('Spaces', { selector: '[role=region]' });
const row = (name: string) => within(table()).getByText(name, { selector: 'strong' }).closest('.ant-table-row') as HTMLElement;

describe('SpacesPage against the demo proxy and emulator', () => {
  it('lists spaces with their services, refuses to delete a space with services, creates with 9.1’s rule and deletes after the name is typed', async () => {
    const user = userEvent.setup();
    const { search } = renderWithApp(<SpacesPage />, { url: '/netease/spaces' });
    expect(await within(table()).findByText('production-tricloud')).toBeTruthy();
    // production holds web and order-api (9.6): its delete button is disabled.
    expect(row('production').querySelectorAll('.ant-table-cell')[4].textContent).toBe('2');
    expect(within(row('production')).getByLabelText('Delete production')).toHaveProperty('disabled', true);
    expect(within(row('staging')).getByLabelText('Delete staging')).toHaveProperty('disabled', false);
    // Expanding a space shows its services, and the URL keeps it.
    await user.click(row('production'));
    expect(await screen.findByText('order-api')).toBeTruthy();
    expect(search().get('open')).toMatch(/^netease-demo\/\d+$/);

    await user.click(screen.getByText('Create space'));
    const dialog = await openDialog();
    const name = within(dialog).getByLabelText('Name', { selector: 'input' });
    await user.type(name, 'Team_A');
    await user.click(buttonOf(within(dialog).getByText('Create space')));
    expect(await within(dialog).findByText(/lowercase letters, digits/, { selector: '.ant-form-item-explain-error' })).toBeTruthy();
    expect(proxy.calls.some((c) => c.operation === 'createNamespace')).toBe(false);
    await user.clear(name);
    await user.type(name, 'team-a');
    await user.click(buttonOf(within(dialog).getByText('Create space')));
    expect(await within(table()).findByText('team-a-tricloud')).toBeTruthy();
    expect(proxy.calls.find((c) => c.operation === 'createNamespace')?.params).toEqual({ name: 'team-a' });
    // The provider's answer: 9.1's sic `namespace_Id`.
    expect((await screen.findByTestId('provider-answer-body')).textContent).toMatch(/"namespace_Id":\d+/);

    await user.click(within(row('team-a')).getByLabelText('Delete team-a'));
    const confirm = await openDialog();
    const ok = buttonOf(within(confirm).getByText('Delete'));
    expect(ok.disabled).toBe(true);
    await user.type(within(confirm).getByPlaceholderText('Type team-a'), 'team-a');
    await user.click(ok);
    await waitFor(() => expect(within(table()).queryByText('team-a-tricloud')).toBeNull());
    expect(proxy.calls.find((c) => c.operation === 'deleteNamespace')?.params).toMatchObject({ id: expect.any(Number) });
  });
});
