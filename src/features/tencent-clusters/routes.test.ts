import { describe, expect, it } from 'vitest';
import { matchRoutes } from 'react-router';
import { links } from '../shared/links';
import { tencentClustersNavItems, tencentClustersRoutes } from './routes';

const tree = [{ path: '/', children: tencentClustersRoutes.map((r) => ({ path: r.path })) }];
const matched = (url: string) => matchRoutes(tree, url)?.at(-1);

describe('tencent cluster routes', () => {
  it('serve the links other areas build', () => {
    const m = matched(links.tencentCluster('tencent-demo', 'gz', 'cls-1', 'nodes').split('?')[0]);
    expect(m?.params).toMatchObject({ accountId: 'tencent-demo', region: 'gz', clusterId: 'cls-1' });
    expect(matched(links.tencentClusterCreate())?.route.path).toBe('tencent/clusters/new');
  });
  it('every nav item leads to a route, in both languages', () => {
    for (const item of tencentClustersNavItems) {
      expect(matched(item.path)).toBeTruthy();
      expect(item.labelZh).not.toBe(item.labelEn);
    }
  });
});
