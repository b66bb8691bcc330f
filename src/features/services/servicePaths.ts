import type { Service } from '../../domain/types';
import { links } from '../shared/links';

/** Where a row of the Services table opens: each provider's own service (or app environment) page. */
export function servicePath(s: Pick<Service, 'provider' | 'accountId' | 'region' | 'id' | 'name' | 'namespace' | 'group'>): string {
  if (s.provider === 'tencent') return links.tencentService(s.accountId, s.region, s.group.id, s.namespace ?? 'default', s.name);
  if (s.provider === 'alibaba') {
    const [appId, envId] = s.id.split('/');
    return links.alibabaApp(s.accountId, appId, { env: envId });
  }
  return links.neteaseService(s.accountId, s.group.id, s.id);
}

/** The create menu: one entry per provider's guided form. */
export const createServicePaths = {
  tencent: links.tencentServiceCreate(),
  alibaba: '/alibaba/apps?create=1',
  netease: links.neteaseServiceCreate(),
} as const;
