import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const RepositoryPage = lazy(() => import('./repository/RepositoryPage'));
const ImageBuildsPage = lazy(() => import('./builds/ImageBuildsPage'));

/** Child routes of '/' for this area (paths without a leading slash; pages lazy-loaded). */
export const neteaseImagesRoutes: RouteObject[] = [
  // links.neteaseRepository(accountId, repoId)
  { path: 'netease/repositories/:accountId/:repoId', element: <RepositoryPage /> },
  // links.neteaseImageBuilds(query)
  { path: 'netease/image-builds', element: <ImageBuildsPage /> },
];

/** For the navigation (the lead places them under the provider's group). */
export const neteaseImagesNavItems: { path: string; labelZh: string; labelEn: string }[] = [{ path: '/netease/image-builds', labelZh: '镜像构建', labelEn: 'Image builds' }];
