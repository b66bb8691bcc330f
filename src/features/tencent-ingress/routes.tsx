import type { RouteObject } from 'react-router';

/** Child routes of '/' for this area (paths without a leading slash; pages lazy-loaded). */
export const tencentIngressRoutes: RouteObject[] = [];

/** For the navigation (the lead places them under the provider's group). */
export const tencentIngressNavItems: { path: string; labelZh: string; labelEn: string }[] = [];
