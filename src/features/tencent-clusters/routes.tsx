import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { links } from '../shared/links';
import { clustersMessages } from './messages';

const ClusterDetailPage = lazy(() => import('./pages/ClusterDetailPage'));
const CreateClusterPage = lazy(() => import('./pages/CreateClusterPage'));

const child = (path: string) => path.replace(/^\//, '');

/** Child routes of '/' for this area (paths without a leading slash; pages lazy-loaded). */
export const tencentClustersRoutes: RouteObject[] = [
  { path: child(links.tencentClusterCreate()), element: <CreateClusterPage /> },
  { path: 'tencent/clusters/:accountId/:region/:clusterId', element: <ClusterDetailPage /> },
];

/** For the navigation (the lead places them under the provider's group). */
export const tencentClustersNavItems: { path: string; labelZh: string; labelEn: string }[] = [
  { path: links.tencentClusterCreate(), labelZh: clustersMessages['zh-CN']['nav.create'], labelEn: clustersMessages.en['nav.create'] },
];
