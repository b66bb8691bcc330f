// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import { buttonOf, openDialog, stubDemoProxy } from '../alibaba/shared/demoProxy.testutil';
import AppDetailPage from './AppDetailPage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function appId(title: string): Promise<number> {
  const r = await fetch('/api/accounts/alibaba-demo/call', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ operation: 'ListApp', params: { PageNumber: 1, PageSize: 20 } }) });
  const body = (await r.json()) as { Data: { AppId: number; Title: string }[] };
  return body.Data.find((a) => a.Title === title)!.AppId;
}

describe('AppDetailPage against the demo proxy and emulator', { timeout: 150_000 }, () => {
  it('opens the tab named in the URL and updates an environment’s replicas (UpdateEnvironment), refreshing the list', async () => {
    const user = userEvent.setup();
    const id = await appId('order-sync');
    const view = renderWithApp(<AppDetailPage />, { url: `/alibaba/apps/alibaba-demo/${id}?tab=environments`, path: '/alibaba/apps/:accountId/:appId' });
    const envs = await screen.findByLabelText('Environments', { selector: '[role=region]' });
    const row = (await within(envs).findByText('测试环境')).closest<HTMLElement>('.ant-table-row')!;
    // Replicas come from DescribeAppEnvironmentDetail (the list has none).
    await waitFor(() => expect(within(row).getAllByText('2').length).toBeGreaterThan(0));

    await user.click(within(row).getByLabelText('Edit 测试环境'));
    const dialog = await openDialog();
    const replicas = within(dialog).getByLabelText('Replicas');
    await waitFor(() => expect((replicas as HTMLInputElement).value).toBe('2'));
    await user.clear(replicas);
    await user.type(replicas, '3');
    await user.click(buttonOf(within(dialog).getByText('Save')));

    await waitFor(() => expect(proxy.calls.find((c) => c.operation === 'UpdateEnvironment')).toBeTruthy());
    const params = proxy.calls.find((c) => c.operation === 'UpdateEnvironment')!.params;
    expect(params).toMatchObject({ AppId: id, EnvName: '测试环境', Replicas: 3 });
    expect(typeof params.AppEnvId).toBe('number');
    expect(typeof params.AppSchemaId).toBe('number');
    await waitFor(() => expect(within(row).getByText('3')).toBeTruthy());

    // The tab lives in the URL: switching writes it there.
    await user.click(screen.getByRole('tab', { name: /Deploy orders/ }));
    expect(view.search().get('tab')).toBe('orders');
    expect(await screen.findByLabelText('Deploy orders', { selector: '[role=region]' })).toBeTruthy();
  });
});
