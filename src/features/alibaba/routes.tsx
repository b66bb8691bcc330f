import { lazy } from 'react';
import { alibabaEn, alibabaDictionaries } from './messages';

// Each page is its own chunk.
const StoragePage = lazy(() => import('./storage/StoragePage'));
const RdsPage = lazy(() => import('./rds/RdsPage'));
const UsersPage = lazy(() => import('./users/UsersPage'));

/** Child routes of '/' for the Alibaba-only pages. */
export const alibabaRoutes = [
  { path: 'alibaba/storage', element: <StoragePage /> },
  { path: 'alibaba/rds', element: <RdsPage /> },
  { path: 'alibaba/users', element: <UsersPage /> },
];

const nav = (path: string, key: 'nav.storage' | 'nav.rds' | 'nav.users') => ({ path, labelZh: alibabaDictionaries['zh-CN'][key], labelEn: alibabaEn[key] });

/** Navigation entries for the lead to place (absolute paths). */
export const alibabaNavItems: { path: string; labelZh: string; labelEn: string }[] = [
  nav('/alibaba/storage', 'nav.storage'),
  nav('/alibaba/rds', 'nav.rds'),
  nav('/alibaba/users', 'nav.users'),
];
