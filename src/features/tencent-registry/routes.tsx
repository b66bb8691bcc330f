import { lazy } from 'react';
import { registryMessages, type RegistryMessageKey } from './messages';
import { REGISTRY_BASE, registryPaths } from './paths';

// Each page its own chunk, like the shell's routes.
const NamespacesPage = lazy(() => import('./pages/NamespacesPage'));
const RepositoriesPage = lazy(() => import('./pages/RepositoriesPage'));
const RepositoryDetailPage = lazy(() => import('./pages/RepositoryDetailPage'));
const FavoritesPage = lazy(() => import('./pages/FavoritesPage'));
const RegistryAccountPage = lazy(() => import('./pages/RegistryAccountPage'));
const PublicSearchPage = lazy(() => import('./pages/PublicSearchPage'));

const child = (path: string) => path.replace(/^\//, '');

/** Child routes of '/' (paths relative, under tencent/registry/…). */
export const tencentRegistryRoutes = [
  { path: child(registryPaths.namespaces), element: <NamespacesPage /> },
  { path: child(registryPaths.repositories), element: <RepositoriesPage /> },
  // reponame is `namespace/name` and may contain further `/`: the splat holds it.
  { path: `${child(REGISTRY_BASE)}/repositories/:accountId/*`, element: <RepositoryDetailPage /> },
  { path: child(registryPaths.favorites), element: <FavoritesPage /> },
  { path: child(registryPaths.account), element: <RegistryAccountPage /> },
  { path: child(registryPaths.search), element: <PublicSearchPage /> },
];

const nav = (path: string, key: RegistryMessageKey) => ({ path, labelZh: registryMessages['zh-CN'][key], labelEn: registryMessages.en[key] });

/** For the lead's navigation. */
export const tencentRegistryNavItems = [
  nav(registryPaths.repositories, 'nav.repositories'),
  nav(registryPaths.namespaces, 'nav.namespaces'),
  nav(registryPaths.favorites, 'nav.favorites'),
  nav(registryPaths.search, 'nav.search'),
  nav(registryPaths.account, 'nav.account'),
];
