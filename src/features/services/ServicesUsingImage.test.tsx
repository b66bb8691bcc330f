// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { renderWithApp } from '../../ui/test-support/renderWithApp';
import { stubDemoProxy } from '../shared/demoProxy.testutil';
import { ServicesUsingImage } from './ServicesUsingImage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ServicesUsingImage', () => {
  it('finds the Tencent services running an image of the repository, asking each service’s detail', async () => {
    const { calls } = await stubDemoProxy();
    renderWithApp(<ServicesUsingImage provider="tencent" repository="ccr.ccs.tencentyun.com/tricloud/web" />);
    const box = await screen.findByTestId('services-using-image');
    const links = await within(box).findAllByRole('link', { name: 'nginx-web' }, { timeout: 20_000 });
    expect(links.length).toBeGreaterThan(0);
    expect(links[0].getAttribute('href')).toMatch(/^\/tencent\/services\/tencent-demo\/(gz|sh)\/[^/]+\/default\/nginx-web$/);
    expect(within(box).queryByRole('link', { name: 'redis' })).toBeNull();
    expect(calls.some((c) => c.operation === 'DescribeClusterServiceInfo')).toBe(true);
  });
});
