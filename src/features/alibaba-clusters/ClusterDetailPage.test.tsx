// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEMO_CREDENTIALS } from '../../mocks/demo-credentials';
import { seedWorld } from '../../mocks/alibaba/store/seed';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../shared/demoProxy.testutil';
import ClusterDetailPage from './ClusterDetailPage';

configure({ asyncUtilTimeout: 20_000 });
const prod = seedWorld(DEMO_CREDENTIALS.alibaba.accessKeyId, Date.now()).clusters[0];
let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ClusterDetailPage against the demo proxy and emulator', { timeout: 90_000 }, () => {
  it('draws QueryClusterDetail’s capacity as bars, and shows the provider’s refusal of a delete with its code', async () => {
    renderWithApp(<ClusterDetailPage />, { url: `/alibaba/clusters/alibaba-demo/${prod.InstanceId}`, path: '/alibaba/clusters/:accountId/:clusterId' });
    // The bar reads CpuRequest / CpuTotal and CpuRequestPercent (the card remounts once loaded: query it afresh).
    await waitFor(() => expect(screen.getByTestId('bar-cpu-request').textContent).toContain('16 / 24'));
    expect(screen.getByTestId('bar-cpu-request').textContent).toContain('67%');
    expect(proxy.calls.find((c) => c.operation === 'QueryClusterDetail')?.params).toEqual({ ClusterInstanceId: prod.InstanceId });

    // The production cluster carries application environments: the emulator refuses, the page says why.
    fireEvent.click(screen.getByRole('button', { name: /Delete cluster/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: prod.ClusterTitle } });
    fireEvent.click(within(dialog).getByRole('button', { name: /Delete/ }));
    const alert = await waitFor(() => screen.getAllByRole('alert').find((a) => a.textContent?.includes('删除集群失败'))!);
    expect(alert.textContent).toMatch(/400|Code/);
    expect(proxy.calls.some((c) => c.operation === 'DeleteCluster')).toBe(true);
  });
});
