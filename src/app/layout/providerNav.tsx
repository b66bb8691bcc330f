import { alibabaNavItems } from '../../features/alibaba/routes';
import { neteaseNavItems } from '../../features/netease/routes';
import { tencentRegistryNavItems } from '../../features/tencent-registry/routes';
import type { ProviderId } from '../../providers/core/types';

/** A provider-only page, as each provider's feature folder exports it. */
export interface ProviderNavItem {
  path: string;
  labelZh: string;
  labelEn: string;
}

/** The "More" pages of each provider, listed under the six cross-cloud sections. */
export const PROVIDER_NAV: ReadonlyArray<{ provider: ProviderId; items: readonly ProviderNavItem[] }> = [
  { provider: 'tencent', items: tencentRegistryNavItems },
  { provider: 'alibaba', items: alibabaNavItems },
  { provider: 'netease', items: neteaseNavItems },
];
