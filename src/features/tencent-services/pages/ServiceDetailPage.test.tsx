// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../../shared/demoProxy.testutil';
import { clientFor } from '../api';
import ServiceDetailPage from './ServiceDetailPage';

const SLOW = { timeout: 15_000 };
const PATH = '/tencent/services/:accountId/:region/:clusterId/:namespace/:serviceName';
let api: Awaited<ReturnType<typeof stubDemoProxy>>;
let clusterId: string;

beforeEach(async () => {
  api = await stubDemoProxy();
  const clusters = await clientFor('tencent-demo').DescribeCluster({ offset: 0, limit: 20, orderField: 'createdAt', orderType: 'desc' }, 'gz');
  clusterId = clusters.clusters!.find((c) => c.clusterName === 'prod-web')!.clusterId!;
  api.calls.length = 0;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ServiceDetailPage against the emulator', () => {
  it('shows the service, scales it through the dialog and watches the rollout', async () => {
    const view = renderWithApp(<ServiceDetailPage />, { url: `/tencent/services/tencent-demo/gz/${clusterId}/default/api-server?tab=overview`, path: PATH });
    expect(await screen.findByText('ccr.ccs.tencentyun.com/tricloud/api:v2.1.0', {}, SLOW)).toBeTruthy();
    expect(screen.getByTestId('tsvc-replicas').textContent).toBe('3 / 3');

    fireEvent.click(screen.getByRole('button', { name: /Scale/ }));
    const dialog = await screen.findByRole('dialog', {}, SLOW);
    const input = within(dialog).getByLabelText('Replicas (scaleTo)');
    // The rule shows beside the field; nothing is sent.
    fireEvent.change(input, { target: { value: '-1' } });
    fireEvent.click(within(dialog).getAllByRole('button').find((b) => b.textContent === 'Scale')!);
    expect(await within(dialog).findByText('At least 0', {}, SLOW)).toBeTruthy();
    expect(api.calls.some((c) => c.operation === 'ModifyServiceReplicas')).toBe(false);

    fireEvent.change(input, { target: { value: '5' } });
    fireEvent.click(within(dialog).getAllByRole('button').find((b) => b.textContent === 'Scale')!);
    await waitFor(() => expect(api.calls.find((c) => c.operation === 'ModifyServiceReplicas')?.params).toMatchObject({ scaleTo: 5, serviceName: 'api-server' }), SLOW);
    // The provider's answer and the live rollout: desired goes to 5 at once, polled while it settles.
    expect(await screen.findByTestId('tsvc-rollout', {}, SLOW)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('tsvc-replicas').textContent).toMatch(/\/ 5$/), SLOW);
    expect(screen.getByTestId('tsvc-answer').textContent).toContain('ModifyServiceReplicas');

    // Tabs live in the URL.
    fireEvent.click(screen.getByRole('tab', { name: 'Configuration' }));
    expect(view.search().get('tab')).toBe('config');
    await waitFor(() => expect(screen.getByTestId('tsvc-config').textContent).toContain('kind: Deployment'), SLOW);
    expect(api.calls.some((c) => c.operation === 'DescribeClusterServiceText')).toBe(true);
  }, 120_000);

  it('deletes a pod only after its name is typed, and shows a refusal with the provider code', async () => {
    renderWithApp(<ServiceDetailPage />, { url: `/tencent/services/tencent-demo/gz/${clusterId}/default/nginx-web?tab=instances`, path: PATH });
    const table = await screen.findByRole('region', { name: 'Pods' }, SLOW);
    const del = await within(table).findAllByRole('button', { name: /Delete pod/ }, SLOW);
    const pod = del[0].getAttribute('aria-label')!.replace('Delete pod ', '');
    expect(within(table).getAllByRole('link', { name: `Logs ${pod}` })[0].getAttribute('href')).toContain(`pod=${pod}`);
    fireEvent.click(del[0]);
    const confirm = await screen.findByRole('dialog', {}, SLOW);
    const ok = within(confirm).getAllByRole('button').find((b) => b.textContent === 'Delete')! as HTMLButtonElement;
    expect(ok.disabled).toBe(true);
    fireEvent.change(within(confirm).getByRole('textbox'), { target: { value: pod } });
    fireEvent.click(ok);
    await waitFor(() => expect(api.calls.find((c) => c.operation === 'DeleteInstances')?.params).toMatchObject({ instances: [pod], namespace: 'default' }), SLOW);
    await waitFor(() => expect(screen.queryByText(pod)).toBeNull(), SLOW);

    // Roll back twice: the document keeps one previous configuration, the second is refused.
    fireEvent.click(screen.getByRole('button', { name: /Roll back/ }));
    let dialog = await screen.findByRole('dialog', {}, SLOW);
    fireEvent.click(within(dialog).getAllByRole('button').find((b) => b.textContent === 'Roll back')!);
    const alert = await screen.findByTestId('provider-error', {}, SLOW);
    expect(within(alert).getByTestId('error-operation').textContent).toBe('RollBackClusterService');
    expect(within(alert).getByTestId('error-message').textContent).toMatch(/NoPreviousVersion|回滚/);
    dialog = screen.getByRole('dialog');
    expect(dialog).toBeTruthy();
  }, 120_000);
});
