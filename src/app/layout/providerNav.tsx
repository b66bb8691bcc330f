import { tencentClustersNavItems } from '../../features/tencent-clusters/routes';
import { tencentServicesNavItems } from '../../features/tencent-services/routes';
import { tencentIngressNavItems } from '../../features/tencent-ingress/routes';
import { tencentLoggingNavItems } from '../../features/tencent-logging/routes';
import { alibabaAppsNavItems } from '../../features/alibaba-apps/routes';
import { alibabaClustersNavItems } from '../../features/alibaba-clusters/routes';
import { alibabaIngressNavItems } from '../../features/alibaba-ingress/routes';
import { neteaseServicesNavItems } from '../../features/netease-services/routes';
import { neteaseLbNavItems } from '../../features/netease-lb/routes';
import { neteaseImagesNavItems } from '../../features/netease-images/routes';
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
  { provider: 'tencent', items: [...tencentClustersNavItems, ...tencentServicesNavItems, ...tencentIngressNavItems, ...tencentLoggingNavItems, ...tencentRegistryNavItems] },
  { provider: 'alibaba', items: [...alibabaAppsNavItems, ...alibabaClustersNavItems, ...alibabaIngressNavItems, ...alibabaNavItems] },
  { provider: 'netease', items: [...neteaseServicesNavItems, ...neteaseLbNavItems, ...neteaseImagesNavItems, ...neteaseNavItems] },
];
