// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../../netease/shared/demoProxy.testutil';
import { buttonOf, openDialog } from '../../netease/shared/dom.testutil';
import RepositoryPage from './RepositoryPage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function repoId(name: string): Promise<number> {
  const answer = await fetch('/api/accounts/netease-demo/call', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ operation: 'listRepositories', params: { limit: 30 } }) });
  const body = (await answer.json()) as { repositories: { repo_id: number; repo_name: string }[] };
  return body.repositories.find((r) => r.repo_name === name)!.repo_id;
}

const table = () => screen.getByLabelText('Tags', { selector: '[role=region]' });
const rows = () => [...table().querySelectorAll('.ant-table-row')];

describe('RepositoryPage against the demo proxy and emulator', () => {
  it('lists tags newest first, refuses a Dockerfile over 1 MB, builds one to the end and deletes the tag', async () => {
    const user = userEvent.setup();
    const id = await repoId('axure');
    const { search } = renderWithApp(<RepositoryPage />, { url: `/netease/repositories/netease-demo/${id}`, path: '/netease/repositories/:accountId/:repoId' });
    await within(table()).findByText('master20161216101010100');
    // The last tag of 5.3's answer first; a failed build has no pull command.
    expect(rows()[0].textContent).toContain('master20161216101010100');
    expect(rows()[0].textContent).toMatch(/docker pull hub\.c\.163\.com\/\w+\/axure:master20161216101010100/);
    expect(rows().find((r) => r.textContent?.startsWith('v3'))?.textContent).toContain('Build failed (3)');

    await user.click(buttonOf(screen.getByText('Build image')));
    expect(search().get('build')).toBe('1');
    const dialog = await openDialog();
    await user.click(within(dialog).getByLabelText('Tag', { selector: 'input' }));
    await user.paste('ci-1');
    // 1 MB + 1 byte: refused beside the field, nothing sent.
    fireEvent.change(within(dialog).getByLabelText('Dockerfile', { selector: 'textarea' }), { target: { value: `FROM nginx\n${'#'.repeat(1024 * 1024)}` } });
    await user.click(buttonOf(within(dialog).getByText('Build')));
    expect(await within(dialog).findByText(/^Required, at most 1 MB/)).toBeTruthy();
    expect(proxy.calls.some((c) => c.operation === 'buildImage')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('Dockerfile', { selector: 'textarea' }), { target: { value: 'FROM hub.c.163.com/public/nginx:1.11.5\n' } });
    await user.click(buttonOf(within(dialog).getByText('Build')));
    const progress = await screen.findByTestId('build-progress');
    expect(search().get('buildTag')).toBe('ci-1');
    expect(proxy.calls.find((c) => c.operation === 'buildImage')?.params).toEqual({ repo_name: 'axure', tag: 'ci-1', docker_file: 'FROM hub.c.163.com/public/nginx:1.11.5\n' });
    // 0 initialising → 1 building → 2 built, followed by polling 5.3 (the emulator takes 10 s).
    await waitFor(() => expect(within(progress).getByTestId('build-status').textContent).toBe('Built (2)'), { timeout: 40_000 });
    await waitFor(() => expect(rows()[0].textContent).toMatch(/^ci-1Built \(2\)/));

    await user.click(within(table()).getByLabelText('Delete ci-1'));
    const confirm = await openDialog();
    await user.type(within(confirm).getByPlaceholderText('Type ci-1'), 'ci-1');
    await user.click(buttonOf(within(confirm).getByText('Delete')));
    await waitFor(() => expect(within(table()).queryByText('ci-1')).toBeNull());
    expect(proxy.calls.find((c) => c.operation === 'deleteImageTag')?.params).toEqual({ repo_name: 'axure', tag: 'ci-1' });
    expect(screen.queryByTestId('provider-error')).toBeNull();
  });
});
