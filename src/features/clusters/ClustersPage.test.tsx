// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { Cluster, DomainContext } from '../../domain/types';
import { ProviderError } from '../../providers/core/errors';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import ClustersPage from './ClustersPage';

// The packs are other engineers' work: this page is tested against the ProviderDomain contract.
const listClusters = vi.fn<(ctx: DomainContext) => Promise<Cluster[]>>();
vi.mock('../../domain/registry', () => ({
  providerPacks: {
    tencent: { domain: { listClusters: (ctx: DomainContext) => listClusters({ ...ctx, accountId: `tencent:${ctx.accountId}` }) }, unwrap: () => undefined },
    alibaba: { domain: { listClusters: (ctx: DomainContext) => listClusters({ ...ctx, accountId: `alibaba:${ctx.accountId}` }) }, unwrap: () => undefined },
    netease: { domain: {}, unwrap: () => undefined },
  },
}));

const accounts = [
  { id: 'tc', name: 'Tencent prod', provider: 'tencent', regions: ['gz', 'sh'] },
  { id: 'ali', name: 'Alibaba prod', provider: 'alibaba', regions: ['cn-hangzhou'] },
  { id: 'ne', name: 'NetEase', provider: 'netease', regions: [] },
];

const cluster = (provider: Cluster['provider'], accountId: string, region: string, id: string): Cluster => ({
  provider,
  accountId,
  region,
  id,
  name: `${id}-name`,
  status: 'running',
  statusText: 'Running',
  nodeCount: 3,
  createdAt: '2017-01-01 10:00:00',
  raw: {},
});

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url === '/api/accounts') return new Response(JSON.stringify(accounts), { status: 200 });
      return new Response('{}', { status: 404 });
    }),
  );
  listClusters.mockImplementation(async (ctx) => {
    const [provider, accountId] = ctx.accountId.split(':') as [Cluster['provider'], string];
    if (provider === 'tencent' && ctx.region === 'sh') {
      throw new ProviderError({ provider: 'tencent', code: '-1', message: 'internal error', httpStatus: 200, requestId: 'req-sh-1', proxyRequestId: 'px-9' });
    }
    return [cluster(provider, accountId, ctx.region, `cls-${ctx.region}`)];
  });
});
// jsdom plus antd is slow on a busy two-core machine: wait longer than the 1 s default.
const SLOW = { timeout: 8000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  listClusters.mockReset();
});

describe('ClustersPage', () => {
  it('lists every Tencent and Alibaba account-region; one failing region shows its error and the rest stay', async () => {
    renderWithApp(<ClustersPage />, { url: '/clusters' });
    expect(await screen.findByRole('link', { name: 'cls-gz-name' }, SLOW)).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'cls-cn-hangzhou-name' }, SLOW)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'cls-sh-name' })).toBeNull();

    const alert = await screen.findByTestId('provider-error', {}, SLOW);
    expect(within(alert).getByTestId('error-request-id').textContent).toBe('req-sh-1');
    expect(within(alert).getByTestId('error-region').textContent).toBe('sh');
    expect(within(alert).getByTestId('error-account').textContent).toBe('Tencent prod');
    // This NetEase pack (mocked) lists no spaces: never asked.
    expect(listClusters.mock.calls.map(([ctx]) => `${ctx.accountId}/${ctx.region}`).sort()).toEqual(['alibaba:ali/cn-hangzhou', 'tencent:tc/gz', 'tencent:tc/sh']);
  });

  it('asks only the account and region of the URL', async () => {
    renderWithApp(<ClustersPage />, { url: '/clusters?account=tc&region=gz' });
    expect(await screen.findByRole('link', { name: 'cls-gz-name' }, SLOW)).toBeTruthy();
    expect(listClusters.mock.calls.map(([ctx]) => `${ctx.accountId}/${ctx.region}`)).toEqual(['tencent:tc/gz']);
    expect(screen.queryByTestId('provider-error')).toBeNull();
  });

  it('links a cluster to its provider’s cluster page and shows requests and limits', async () => {
    listClusters.mockImplementation(async (ctx) => [
      { ...cluster('tencent', 'tc', ctx.region, `cls-${ctx.region}`), capacity: { cpuRequest: 2.52, cpuLimit: 4, cpuTotal: 8, memoryGbRequest: 2.13, memoryGbLimit: 4.32, memoryGbTotal: 16 } },
    ]);
    renderWithApp(<ClustersPage />, { url: '/clusters?region=gz&q=cls' });
    const link = await screen.findByRole('link', { name: 'cls-gz-name' }, SLOW);
    expect(link.getAttribute('href')).toBe('/tencent/clusters/tc/gz/cls-gz');
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('2.52 / 4');
    expect(row.textContent).toContain('of 8');
    expect(row.textContent).toContain('2.13 / 4.32');
  });
});
