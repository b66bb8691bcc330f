import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { clustersDictionaries, clustersEn } from './messages';

// Each page is its own chunk.
const ClusterDetailPage = lazy(() => import('./ClusterDetailPage'));
const CreateClusterPage = lazy(() => import('./CreateClusterPage'));

/** Child routes of '/' for this area (paths without a leading slash; pages lazy-loaded): links.alibabaCluster / alibabaClusterCreate. */
export const alibabaClustersRoutes: RouteObject[] = [
  { path: 'alibaba/clusters/new', element: <CreateClusterPage /> },
  { path: 'alibaba/clusters/:accountId/:clusterId', element: <ClusterDetailPage /> },
];

/** For the navigation (the lead places them under the provider's group). */
export const alibabaClustersNavItems: { path: string; labelZh: string; labelEn: string }[] = [
  { path: '/alibaba/clusters/new', labelZh: clustersDictionaries['zh-CN']['nav.create'], labelEn: clustersEn['nav.create'] },
];
