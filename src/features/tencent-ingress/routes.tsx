import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { ingressDictionaries } from '../ingresses/messages';

// Each page is its own chunk.
const IngressCreatePage = lazy(() => import('./IngressCreatePage'));
const IngressDetailPage = lazy(() => import('./IngressDetailPage'));

/** Child routes of '/' for this area (paths without a leading slash; pages lazy-loaded). */
export const tencentIngressRoutes: RouteObject[] = [
  { path: 'tencent/ingresses/new', element: <IngressCreatePage /> },
  // links.tencentIngress(accountId, regionId, clusterId, namespace, ingressName)
  { path: 'tencent/ingresses/:accountId/:region/:clusterId/:namespace/:name', element: <IngressDetailPage /> },
];

/** For the navigation (the lead places them under the provider's group). */
export const tencentIngressNavItems: { path: string; labelZh: string; labelEn: string }[] = [
  { path: '/tencent/ingresses/new', labelZh: ingressDictionaries['zh-CN']['tc.createTitle'], labelEn: ingressDictionaries.en['tc.createTitle'] },
];
