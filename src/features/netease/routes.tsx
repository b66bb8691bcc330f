import { lazy } from 'react';

// Each page is its own chunk, like the shell's pages.
const SshKeysPage = lazy(() => import('./ssh-keys/SshKeysPage'));
const VolumesPage = lazy(() => import('./volumes/VolumesPage'));
const IpsPage = lazy(() => import('./ips/IpsPage'));

/** Child routes of '/' for the NetEase-only pages. */
export const neteaseRoutes = [
  { path: 'netease/ssh-keys', element: <SshKeysPage /> },
  { path: 'netease/volumes', element: <VolumesPage /> },
  { path: 'netease/ips', element: <IpsPage /> },
];

/** For the navigation (the lead places them). */
export const neteaseNavItems = [
  { path: '/netease/ssh-keys', labelZh: 'SSH 密钥', labelEn: 'SSH keys' },
  { path: '/netease/volumes', labelZh: '云硬盘', labelEn: 'Cloud volumes' },
  { path: '/netease/ips', labelZh: '公网 IP', labelEn: 'Public IPs' },
];
