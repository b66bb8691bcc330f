import { describe, expect, it } from 'vitest';
import { matchRoutes } from 'react-router';
import { tencentRegistryNavItems, tencentRegistryRoutes } from './routes';
import { registryPaths } from './paths';

const tree = [{ path: '/', children: tencentRegistryRoutes.map((r) => ({ path: r.path })) }];
const matched = (url: string) => matchRoutes(tree, url)?.at(-1);

describe('tencent registry routes', () => {
  it('every nav item leads to a route, with both languages', () => {
    for (const item of tencentRegistryNavItems) {
      expect(matched(item.path)?.route.path).toBe(item.path.slice(1));
      expect(item.labelZh).not.toBe(item.labelEn);
    }
  });
  it('the detail route keeps a reponame with slashes whole', () => {
    const m = matched(registryPaths.repository('tencent-demo', 'team/web/api'));
    expect(m?.params.accountId).toBe('tencent-demo');
    expect(m?.params['*']).toBe('team/web/api');
  });
});
