import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Each page is its own chunk, like the shell's pages.
const SpacesPage = lazy(() => import('./spaces/SpacesPage'));
const CreateServicePage = lazy(() => import('./create/CreateServicePage'));
const ServicePage = lazy(() => import('./service/ServicePage'));

/** Child routes of '/' for this area; the paths are those of `links.neteaseSpaces`, `neteaseServiceCreate` and `neteaseService`. */
export const neteaseServicesRoutes: RouteObject[] = [
  { path: 'netease/spaces', element: <SpacesPage /> },
  { path: 'netease/services/new', element: <CreateServicePage /> },
  { path: 'netease/services/:accountId/:spaceId/:serviceId', element: <ServicePage /> },
];

/** For the navigation (the lead places them under the provider's group). */
export const neteaseServicesNavItems: { path: string; labelZh: string; labelEn: string }[] = [
  { path: '/netease/spaces', labelZh: '空间与服务', labelEn: 'Spaces & services' },
];
