// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../../shared/demoProxy.testutil';
import ClusterDetailPage from './ClusterDetailPage';

const SLOW = { timeout: 15_000 };
const PATH = '/tencent/clusters/:accountId/:region/:clusterId';
let api: Awaited<ReturnType<typeof stubDemoProxy>>;

async function call<R>(operation: string, params: Record<string, unknown>): Promise<R> {
  const r = await fetch('/api/accounts/tencent-demo/call', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ operation, region: 'gz', params }) });
  return ((await r.json()) as { data: R }).data;
}
const clusterId = async (name: string) => (await call<{ clusters: { clusterId: string; clusterName: string }[] }>('DescribeCluster', {})).clusters.find((c) => c.clusterName === name)!.clusterId;

beforeEach(async () => {
  api = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ClusterDetailPage against the emulator', () => {
  it('drains a node: dry run lists the pods, then the real drain, and the node shows drained without a manual refresh', async () => {
    const id = await clusterId('prod-web');
    const { search } = renderWithApp(<ClusterDetailPage />, { url: `/tencent/clusters/tencent-demo/gz/${id}?tab=nodes`, path: PATH });
    expect(await screen.findByTestId('cluster-name', {}, SLOW)).toHaveProperty('textContent', 'prod-web');
    const region = await screen.findByRole('region', { name: 'Nodes' }, SLOW);
    await waitFor(() => expect(region.querySelectorAll('.ant-table-row').length).toBe(4), SLOW);

    // A node that runs pods (asked of the emulator directly, so the test opens one dialog only).
    let target: { instanceId: string; pods: number } | undefined;
    for (const n of await call<{ nodes: { instanceId: string }[] }>('DescribeClusterInstances', { clusterId: id }).then((d) => d.nodes)) {
      const pods = (await call<{ Pods: unknown[] }>('DrainClusterNode', { ClusterId: id, InstanceId: n.instanceId })).Pods.length;
      if (pods > 0) {
        target = { instanceId: n.instanceId, pods };
        break;
      }
    }
    api.calls.length = 0;
    const row = within(region).getByText(target!.instanceId).closest('.ant-table-row') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /^Drain / }));
    const summary = await within(await screen.findByRole('dialog', {}, SLOW)).findByTestId('drain-summary', {}, SLOW);
    expect(summary.textContent).toBe(`${target!.pods} pod(s) would be evicted`);
    const evicting = target!.pods;
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getAllByRole('row').length).toBe(evicting + 1);
    const drains = () => api.calls.filter((c) => c.operation === 'DrainClusterNode').map((c) => c.params.DryRun);
    expect(drains().every((d) => d === 1)).toBe(true);

    fireEvent.click(within(dialog).getByRole('button', { name: /Drain now/ }));
    await waitFor(() => expect(drains().at(-1)).toBe(0), SLOW);
    // The list is read again after the change: the drained node is cordoned.
    await waitFor(() => expect(within(row).getByText('Drained')).toBeTruthy(), SLOW);
    expect(search().get('tab')).toBe('nodes');
  }, 120_000);

  it('refuses an invalid namespace name beside the field and protects the system namespaces', async () => {
    const id = await clusterId('prod-web');
    renderWithApp(<ClusterDetailPage />, { url: `/tencent/clusters/tencent-demo/gz/${id}?tab=namespaces`, path: PATH });
    const region = await screen.findByRole('region', { name: 'Namespaces' }, SLOW);
    await waitFor(() => expect(within(region).getByText('default')).toBeTruthy(), SLOW);

    fireEvent.click(screen.getByRole('button', { name: /Create namespace/ }));
    const dialog = await screen.findByRole('dialog', {}, SLOW);
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Bad_Name' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText(/Lower-case letters, digits and "-", starting/, {}, SLOW)).toBeTruthy();
    expect(await within(dialog).findByText('Required', {}, SLOW)).toBeTruthy();
    expect(api.calls.some((c) => c.operation === 'CreateClusterNamespace')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    const target = (await within(region).findByText('kube-system', {}, SLOW)).closest('.ant-table-row') as HTMLElement;
    expect((within(target).getByRole('button', { name: /^Delete / }) as HTMLButtonElement).disabled).toBe(true);
  }, 120_000);
});
