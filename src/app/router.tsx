import { lazy } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { Result } from 'antd';
import { AppLayout } from './layout/AppLayout';
import { RequireSession } from './session/RequireSession';
import { useT } from './i18n/useI18n';
import { neteaseRoutes } from '../features/netease/routes';
import { tencentRegistryRoutes } from '../features/tencent-registry/routes';
import { alibabaRoutes } from '../features/alibaba/routes';
import { tencentClustersRoutes } from '../features/tencent-clusters/routes';
import { tencentServicesRoutes } from '../features/tencent-services/routes';
import { tencentIngressRoutes } from '../features/tencent-ingress/routes';
import { tencentLoggingRoutes } from '../features/tencent-logging/routes';
import { alibabaAppsRoutes } from '../features/alibaba-apps/routes';
import { alibabaClustersRoutes } from '../features/alibaba-clusters/routes';
import { alibabaIngressRoutes } from '../features/alibaba-ingress/routes';
import { neteaseServicesRoutes } from '../features/netease-services/routes';
import { neteaseLbRoutes } from '../features/netease-lb/routes';
import { neteaseImagesRoutes } from '../features/netease-images/routes';

// Every page is its own chunk: the first load carries only the shell.
const LoginPage = lazy(() => import('./pages/LoginPage'));
const ClustersPage = lazy(() => import('../features/clusters/ClustersPage'));
const NodesPage = lazy(() => import('../features/clusters/NodesPage'));
const RepositoriesPage = lazy(() => import('../features/repositories/RepositoriesPage'));
const ServicesPage = lazy(() => import('../features/services/ServicesPage'));
const IngressesPage = lazy(() => import('../features/ingresses/IngressesPage'));
const LogsPage = lazy(() => import('../features/logs/LogsPage'));
const MonitoringPage = lazy(() => import('../features/monitoring/MonitoringPage'));
const CapabilitiesPage = lazy(() => import('../features/capabilities/CapabilitiesPage'));
const AccountsPage = lazy(() => import('../features/accounts/AccountsPage'));

function NotFound() {
  const t = useT();
  const location = useLocation();
  return <Result status="404" title={t('notFound.title')} subTitle={location.pathname} />;
}

function RedirectHome() {
  const location = useLocation();
  return <Navigate to={`/clusters${location.search}`} replace />;
}

export const routes = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <RedirectHome /> },
      { path: 'clusters', element: <ClustersPage /> },
      { path: 'clusters/:provider/:accountId/:region/:clusterId', element: <NodesPage /> },
      { path: 'repositories', element: <RepositoriesPage /> },
      { path: 'services', element: <ServicesPage /> },
      { path: 'ingresses', element: <IngressesPage /> },
      { path: 'logs', element: <LogsPage /> },
      { path: 'monitoring', element: <MonitoringPage /> },
      { path: 'capabilities', element: <CapabilitiesPage /> },
      { path: 'accounts', element: <AccountsPage /> },
      ...neteaseRoutes,
      ...tencentRegistryRoutes,
      ...alibabaRoutes,
      ...tencentClustersRoutes,
      ...tencentServicesRoutes,
      ...tencentIngressRoutes,
      ...tencentLoggingRoutes,
      ...alibabaAppsRoutes,
      ...alibabaClustersRoutes,
      ...alibabaIngressRoutes,
      ...neteaseServicesRoutes,
      ...neteaseLbRoutes,
      ...neteaseImagesRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
