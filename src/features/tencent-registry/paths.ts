/** Every URL of the area, built in one place (the cross-cloud list links here later). */
export const REGISTRY_BASE = '/tencent/registry';
export const registryPaths = {
  namespaces: `${REGISTRY_BASE}/namespaces`,
  repositories: `${REGISTRY_BASE}/repositories`,
  favorites: `${REGISTRY_BASE}/favorites`,
  account: `${REGISTRY_BASE}/account`,
  search: `${REGISTRY_BASE}/search`,
  /** reponame is `namespace/name` and may hold more `/`: it is the route's splat. */
  repository: (accountId: string, reponame: string, tab?: string) =>
    `${REGISTRY_BASE}/repositories/${encodeURIComponent(accountId)}/${reponame.split('/').map(encodeURIComponent).join('/')}${tab ? `?tab=${tab}` : ''}`,
};
