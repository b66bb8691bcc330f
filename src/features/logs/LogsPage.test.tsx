// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import { links } from '../shared/links';
import { stubDemoProxy } from '../shared/demoProxy.testutil';
import { tencentApi } from './api';
import LogsPage from './LogsPage';

let proxy: Awaited<ReturnType<typeof stubDemoProxy>>;
beforeEach(async () => {
  proxy = await stubDemoProxy();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function prodWeb() {
  const accounts = (await (await fetch('/api/accounts')).json()) as { id: string; provider: string }[];
  const account = accounts.find((a) => a.provider === 'tencent')!.id;
  const clusters = await tencentApi(account).DescribeCluster({ limit: 100, offset: 0, orderField: 'createdAt', orderType: 'desc' }, 'gz');
  return { account, cluster: clusters.clusters!.find((c) => c.clusterName === 'prod-web')!.clusterId! };
}

it('opens a link at a moment: all pods interleaved from a minute before it (as far back as the API reads), then the service’s events', async () => {
  const { account, cluster } = await prodWeb();
  const at = Date.now() - 10 * 60_000;
  const url = links.logs({ provider: 'tencent', account, region: 'gz', cluster, namespace: 'default', service: 'nginx-web', at });
  const { unmount } = renderWithApp(<LogsPage />, { url });
  await waitFor(() => expect(document.querySelectorAll('.lv-row').length).toBeGreaterThan(0), { timeout: 20_000 });
  const call = proxy.calls.find((c) => c.operation === 'DescribeInstanceLog')!;
  expect(call.params).toMatchObject({ clusterId: cluster, serviceName: 'nginx-web', namespace: 'default', tail: 5000 });
  expect(call.params.podName).toBeUndefined();
  // sinceTime: one minute before `at`, China Standard Time, whole seconds.
  expect(call.params.sinceTime).toBe(new Date(Math.floor((at - 60_000) / 1000) * 1000 + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' '));
  // All pods: the pod column names more than one pod, lines in time order.
  const sources = new Set([...document.querySelectorAll('.lv-source')].map((n) => n.textContent));
  expect(sources.size).toBeGreaterThan(1);
  const times = [...document.querySelectorAll('.lv-time')].map((n) => n.textContent ?? '');
  expect([...times].sort()).toEqual(times);
  // Opened at the moment: following paused.
  await waitFor(() => expect(screen.getByTestId('follow-state').textContent).toMatch(/^Paused/));
  unmount();

  renderWithApp(<LogsPage />, { url: links.logs({ provider: 'tencent', account, region: 'gz', cluster, namespace: 'default', service: 'nginx-web', view: 'events' }) });
  await waitFor(() => expect(proxy.calls.some((c) => c.operation === 'DescribeServiceEvent')).toBe(true), { timeout: 20_000 });
  expect(await screen.findByText(/Kubernetes events of the service/)).toBeTruthy();
}, 60_000);
