import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { ingressDictionaries, type IngressMessageKey } from '../ingresses/messages';

// Each page is its own chunk.
const SlbApCreatePage = lazy(() => import('./SlbApCreatePage'));
const SlbApDetailPage = lazy(() => import('./SlbApDetailPage'));
const ServiceCreatePage = lazy(() => import('./ServiceCreatePage'));
const ServiceDetailPage = lazy(() => import('./ServiceDetailPage'));

/** Child routes of '/' for this area (paths without a leading slash; pages lazy-loaded). */
export const alibabaIngressRoutes: RouteObject[] = [
  { path: 'alibaba/slb-aps/new', element: <SlbApCreatePage /> },
  // links.alibabaSlbAp(accountId, slbApId)
  { path: 'alibaba/slb-aps/:accountId/:slbApId', element: <SlbApDetailPage /> },
  { path: 'alibaba/k8s-services/new', element: <ServiceCreatePage /> },
  // links.alibabaService(accountId, serviceId)
  { path: 'alibaba/k8s-services/:accountId/:serviceId', element: <ServiceDetailPage /> },
];

const nav = (path: string, key: IngressMessageKey) => ({ path, labelZh: ingressDictionaries['zh-CN'][key], labelEn: ingressDictionaries.en[key] });

/** For the navigation (the lead places them under the provider's group). */
export const alibabaIngressNavItems: { path: string; labelZh: string; labelEn: string }[] = [
  nav('/alibaba/slb-aps/new', 'ali.ap.createTitle'),
  nav('/alibaba/k8s-services/new', 'ali.svc.createTitle'),
];
