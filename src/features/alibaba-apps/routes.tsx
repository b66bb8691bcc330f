import type { RouteObject } from 'react-router';

/** Child routes of '/' for this area (paths without a leading slash; pages lazy-loaded). */
export const alibabaAppsRoutes: RouteObject[] = [];

/** For the navigation (the lead places them under the provider's group). */
export const alibabaAppsNavItems: { path: string; labelZh: string; labelEn: string }[] = [];
