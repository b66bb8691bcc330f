// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { DomainContext, Service } from '../../domain/types';
import { ProviderError } from '../../providers/core/errors';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import ServicesPage from './ServicesPage';

// The page is tested against the ProviderDomain contract; the adapters have their own emulator tests.
const { listServices, describeService, pack } = vi.hoisted(() => {
  const list = vi.fn<(ctx: DomainContext) => Promise<Service[]>>();
  const describe = vi.fn<(ctx: DomainContext, s: Service) => Promise<{ images: string[]; ports: string[] }>>();
  const makePack = (provider: string) => ({
    domain: { listServices: (ctx: DomainContext) => list({ ...ctx, accountId: `${provider}:${ctx.accountId}` }), describeService: describe },
    unwrap: () => undefined,
  });
  return { listServices: list, describeService: describe, pack: makePack };
});
vi.mock('../../domain/registry', () => ({ providerPacks: { tencent: pack('tencent'), alibaba: pack('alibaba'), netease: pack('netease') } }));

const accounts = [
  { id: 'tc', name: 'Tencent prod', provider: 'tencent', regions: ['gz', 'sh'] },
  { id: 'ali', name: 'Alibaba prod', provider: 'alibaba', regions: ['cn-zhangjiakou'] },
  { id: 'ne', name: 'NetEase', provider: 'netease', regions: [] },
];

const service = (provider: Service['provider'], accountId: string, region: string, name: string, status: Service['status']): Service => ({
  provider,
  accountId,
  region,
  id: name,
  name,
  group: { kind: 'cluster', id: 'g', name: `${name}-group` },
  status,
  statusText: status === 'running' ? 'Normal' : 'Updating',
  readyReplicas: 1,
  desiredReplicas: 2,
  images: [`${name}:v1`],
  ports: ['80/TCP'],
  createdAt: '2017-01-01 10:00:00',
  raw: {},
});

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => (url === '/api/accounts' ? new Response(JSON.stringify(accounts), { status: 200 }) : new Response('{}', { status: 404 }))),
  );
  listServices.mockImplementation(async (ctx) => {
    const [provider, accountId] = ctx.accountId.split(':') as [Service['provider'], string];
    if (provider === 'tencent' && ctx.region === 'sh') {
      throw new ProviderError({ provider: 'tencent', code: '-1', message: 'internal error', httpStatus: 200, requestId: 'req-sh-1', proxyRequestId: 'px-9' });
    }
    return [service(provider, accountId, ctx.region, `${provider}-web`, 'running'), service(provider, accountId, ctx.region, `${provider}-job`, 'updating')];
  });
});
const SLOW = { timeout: 8000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  listServices.mockReset();
  describeService.mockReset();
});

describe('ServicesPage', () => {
  it('lists the services of all three clouds; a failing region shows its error and the rest stay', async () => {
    renderWithApp(<ServicesPage />, { url: '/services' });
    expect(await screen.findByText('tencent-web', {}, SLOW)).toBeTruthy();
    expect(await screen.findByText('alibaba-web', {}, SLOW)).toBeTruthy();
    expect(await screen.findByText('netease-job', {}, SLOW)).toBeTruthy();
    expect(screen.getAllByText('1 / 2').length).toBeGreaterThan(0);
    const alert = await screen.findByTestId('provider-error', {}, SLOW);
    expect(within(alert).getByTestId('error-request-id').textContent).toBe('req-sh-1');
    expect(listServices.mock.calls.map(([ctx]) => ctx.accountId.split(':')[0]).sort()).toEqual(['alibaba', 'netease', 'tencent', 'tencent']);
  });

  it('applies provider and status filters from the URL', async () => {
    renderWithApp(<ServicesPage />, { url: '/services?f.provider=alibaba&f.status=updating' });
    expect(await screen.findByText('alibaba-job', {}, SLOW)).toBeTruthy();
    expect(screen.queryByText('alibaba-web')).toBeNull();
    expect(screen.queryByText('tencent-job')).toBeNull();
  });

  it('asks the images and ports of rows whose list left them out, and links each row to its provider’s page', async () => {
    listServices.mockImplementation(async (ctx) => {
      const [provider, accountId] = ctx.accountId.split(':') as [Service['provider'], string];
      if (provider !== 'tencent' || ctx.region !== 'gz') return [];
      return [{ ...service(provider, accountId, ctx.region, 'api', 'running'), namespace: 'prod', group: { kind: 'cluster', id: 'cls-1', name: 'main' }, images: [], ports: [] }];
    });
    describeService.mockResolvedValue({ images: ['ccr.ccs.tencentyun.com/tricloud/api:v2'], ports: ['8080→80/TCP'] });
    renderWithApp(<ServicesPage />, { url: '/services' });
    expect(await screen.findByText('ccr.ccs.tencentyun.com/tricloud/api:v2', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('8080→80/TCP')).toBeTruthy();
    expect(describeService).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'api' }).getAttribute('href')).toBe('/tencent/services/tc/gz/cls-1/prod/api');
  });
});
