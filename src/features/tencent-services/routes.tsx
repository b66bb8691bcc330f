import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { tsvcMessages } from './messages';

const ServiceListPage = lazy(() => import('./pages/ServiceListPage'));
const ServiceCreatePage = lazy(() => import('./pages/ServiceCreatePage'));
const ServiceDetailPage = lazy(() => import('./pages/ServiceDetailPage'));
const ServiceEditPage = lazy(() => import('./pages/ServiceEditPage'));

/** The detail path of `links.tencentService(accountId, region, clusterId, namespace, serviceName)`. */
const DETAIL = 'tencent/services/:accountId/:region/:clusterId/:namespace/:serviceName';

/** Child routes of '/' for this area (paths without a leading slash; pages lazy-loaded). */
export const tencentServicesRoutes: RouteObject[] = [
  { path: 'tencent/services', element: <ServiceListPage /> },
  // links.tencentServiceCreate({account, region, cluster, namespace})
  { path: 'tencent/services/new', element: <ServiceCreatePage /> },
  { path: DETAIL, element: <ServiceDetailPage /> },
  { path: `${DETAIL}/edit`, element: <ServiceEditPage /> },
];

/** For the navigation (the lead places them under the provider's group). */
export const tencentServicesNavItems: { path: string; labelZh: string; labelEn: string }[] = [
  { path: '/tencent/services', labelZh: tsvcMessages['zh-CN']['nav.services'], labelEn: tsvcMessages.en['nav.services'] },
];
