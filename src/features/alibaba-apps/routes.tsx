import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { appsDictionaries } from './messages';

// Each page is its own chunk.
const AppsPage = lazy(() => import('./AppsPage'));
const AppDetailPage = lazy(() => import('./AppDetailPage'));
const DeployOrderPage = lazy(() => import('./DeployOrderPage'));

/**
 * Child routes of '/' for this area (paths without a leading slash; pages lazy-loaded). The
 * detail and order paths are links.alibabaApp and links.alibabaDeployOrder.
 */
export const alibabaAppsRoutes: RouteObject[] = [
  { path: 'alibaba/apps', element: <AppsPage /> },
  { path: 'alibaba/apps/:accountId/:appId', element: <AppDetailPage /> },
  { path: 'alibaba/apps/:accountId/:appId/deploy-orders/:orderId', element: <DeployOrderPage /> },
];

/** For the navigation (the lead places them under the provider's group). */
export const alibabaAppsNavItems: { path: string; labelZh: string; labelEn: string }[] = [
  { path: '/alibaba/apps', labelZh: appsDictionaries['zh-CN']['nav.apps'], labelEn: appsDictionaries.en['nav.apps'] },
];
