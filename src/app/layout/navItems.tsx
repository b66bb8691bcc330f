import type { ReactNode } from 'react';
import { ApiOutlined, AppstoreOutlined, ClusterOutlined, DatabaseOutlined, FileTextOutlined, LineChartOutlined } from '@ant-design/icons';
import type { MessageKey } from '../i18n/messages';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
}

/** The console's sections, in menu order (also the `g 1`…`g 6` shortcuts). */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/clusters', label: 'nav.clusters', icon: <ClusterOutlined /> },
  { path: '/services', label: 'nav.services', icon: <AppstoreOutlined /> },
  { path: '/repositories', label: 'nav.repositories', icon: <DatabaseOutlined /> },
  { path: '/ingresses', label: 'nav.ingresses', icon: <ApiOutlined /> },
  { path: '/logs', label: 'nav.logs', icon: <FileTextOutlined /> },
  { path: '/monitoring', label: 'nav.monitoring', icon: <LineChartOutlined /> },
];

/** Keeps the account/region choice when moving between sections; table views stay per page. */
export function withScope(path: string, search: string): string {
  const current = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of ['account', 'region']) {
    const value = current.get(name);
    if (value) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `${path}?${query}` : path;
}
