import { describe, expect, it } from 'vitest';
import { matchPath } from 'react-router';
import { links } from '../shared/links';
import { neteaseServicesNavItems, neteaseServicesRoutes } from './routes';

const match = (url: string) => neteaseServicesRoutes.map((r) => matchPath(`/${r.path}`, url.split('?')[0])).find(Boolean);

describe('netease-services routes', () => {
  it('serve the shared links of this area', () => {
    expect(match(links.neteaseSpaces())?.pattern.path).toBe('/netease/spaces');
    expect(match(links.neteaseServiceCreate({ account: 'ne', space: 51616 }))?.pattern.path).toBe('/netease/services/new');
    expect(match(links.neteaseService('ne', 51616, 51572, 'containers'))?.params).toEqual({ accountId: 'ne', spaceId: '51616', serviceId: '51572' });
    expect(neteaseServicesNavItems.map((n) => n.path)).toEqual([links.neteaseSpaces()]);
  });
});
