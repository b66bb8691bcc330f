import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { logDictionaries, logEn } from './messages';

// Each page is its own chunk.
const ClusterPickerPage = lazy(() => import('./ClusterPickerPage'));
const LogCollectorsPage = lazy(() => import('./LogCollectorsPage'));

/** Child routes of '/' for this area (paths without a leading slash; pages lazy-loaded): links.tencentLogCollectors. */
export const tencentLoggingRoutes: RouteObject[] = [
  { path: 'tencent/log-collectors', element: <ClusterPickerPage /> },
  { path: 'tencent/log-collectors/:accountId/:region/:clusterId', element: <LogCollectorsPage /> },
];

/** For the navigation (the lead places them under the provider's group). */
export const tencentLoggingNavItems: { path: string; labelZh: string; labelEn: string }[] = [
  { path: '/tencent/log-collectors', labelZh: logDictionaries['zh-CN']['nav.collectors'], labelEn: logEn['nav.collectors'] },
];
