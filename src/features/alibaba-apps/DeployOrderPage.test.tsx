// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import { buttonOf, openDialog, stubDemoProxy } from '../alibaba/shared/demoProxy.testutil';
import DeployOrderPage from './DeployOrderPage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A call through the (stubbed) proxy, as the pages make it. */
async function call(operation: string, params: Record<string, unknown>) {
  const r = await fetch('/api/accounts/alibaba-demo/call', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ operation, params }) });
  return (await r.json()) as { Data: { AppId: number; Title: string; EnvId: number }[]; Result: { DeployOrderId: number } };
}

describe('DeployOrderPage against the demo proxy and emulator', { timeout: 150_000 }, () => {
  it('shows a running order batch by batch, polls it, and closes it after a confirmation', async () => {
    const user = userEvent.setup();
    const apps = await call('ListApp', { PageNumber: 1, PageSize: 20 });
    const blog = apps.Data.find((a) => a.Title === 'jst-blog')!;
    const envs = await call('ListAppEnvironment', { AppId: blog.AppId, PageNumber: 1, PageSize: 20 });
    const deployed = await call('DeployApp', { EnvId: envs.Data[0].EnvId, Name: 'unit-deploy', TotalPartitions: 2, PauseType: 'first', DeployPacketUrl: 'https://example.com/app.jar' });
    const orderId = deployed.Result.DeployOrderId;

    renderWithApp(<DeployOrderPage />, { url: `/alibaba/apps/alibaba-demo/${blog.AppId}/deploy-orders/${orderId}`, path: '/alibaba/apps/:accountId/:appId/deploy-orders/:orderId' });
    expect(await screen.findByText(`Deploy order ${orderId}`)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('batch-1').dataset.state).toBe('running'));
    expect(screen.getByTestId('batch-2').dataset.state).toBe('waiting');
    expect(screen.getByTestId('order-live').textContent).toMatch(/^Live/);
    // Live: the detail is asked again while the order runs.
    await waitFor(() => expect(proxy.calls.filter((c) => c.operation === 'DescribeDeployOrderDetail').length).toBeGreaterThan(1), { timeout: 10_000 });
    // Its pods: one per batch, each linking to its log.
    const pods = await screen.findByLabelText('Pods', { selector: '[role=region]' });
    await waitFor(() => expect(pods.querySelectorAll('.ant-table-row')).toHaveLength(2));
    const logLink = within(pods).getAllByRole('link', { name: /^Log of / })[0];
    expect(logLink.getAttribute('href')).toMatch(new RegExp(`^/logs\\?provider=alibaba&account=alibaba-demo&app=${blog.AppId}&env=${envs.Data[0].EnvId}&pod=jst-blog-`));

    await user.click(buttonOf(screen.getByText('Close order')));
    const confirm = await openDialog();
    expect(within(confirm).getByText(/set failed/)).toBeTruthy();
    await user.click(buttonOf(within(confirm).getByText('Close order')));

    await waitFor(() => expect(screen.getByTestId('order-live').textContent).toBe('The order has ended.'));
    expect(screen.getAllByText('Closed (set failed)').length).toBeGreaterThan(0);
    expect(screen.getByTestId('batch-1').dataset.state).toBe('failed');
    expect(screen.queryByText('Close order')).toBeNull();
    expect(proxy.calls.filter((c) => c.operation === 'CloseDeployOrder').map((c) => c.params)).toEqual([{ DeployOrderId: orderId }]);
  });
});
