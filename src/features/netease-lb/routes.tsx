import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const LoadBalancersPage = lazy(() => import('./load-balancers/LoadBalancersPage'));
const LoadBalancerPage = lazy(() => import('./load-balancers/LoadBalancerPage'));
const CertificatesPage = lazy(() => import('./certificates/CertificatesPage'));

/** Child routes of '/' for this area (paths without a leading slash; pages lazy-loaded). */
export const neteaseLbRoutes: RouteObject[] = [
  { path: 'netease/load-balancers', element: <LoadBalancersPage /> },
  // links.neteaseLoadBalancer(accountId, namespace, name)
  { path: 'netease/load-balancers/:accountId/:namespace/:name', element: <LoadBalancerPage /> },
  // links.neteaseCertificates()
  { path: 'netease/certificates', element: <CertificatesPage /> },
];

/** For the navigation (the lead places them under the provider's group). */
export const neteaseLbNavItems: { path: string; labelZh: string; labelEn: string }[] = [
  { path: '/netease/load-balancers', labelZh: '负载均衡', labelEn: 'Load balancers' },
  { path: '/netease/certificates', labelZh: 'SSL 证书', labelEn: 'SSL certificates' },
];
