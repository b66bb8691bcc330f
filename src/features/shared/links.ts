/**
 * Every cross-area URL of the console, built in one place so that a page links to another
 * area's detail without importing its code. Each area's routes.tsx registers the matching route;
 * the area may add query parameters of its own (tab, filters) after these.
 */
const seg = (v: string | number) => encodeURIComponent(String(v));
/** Region-less accounts (NetEase, and Alibaba's account-wide calls) still need a path segment. */
export const NO_REGION = '-';
const region = (r: string | undefined) => seg(r || NO_REGION);
export const regionFromSegment = (s: string | undefined) => (!s || s === NO_REGION ? '' : s);

type Query = Record<string, string | number | undefined | null>;
export function withQuery(path: string, query: Query = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const links = {
  // Tencent Container Service (src/features/tencent-clusters, tencent-services, tencent-ingress, tencent-logging)
  tencentCluster: (accountId: string, regionId: string, clusterId: string, tab?: string) =>
    withQuery(`/tencent/clusters/${seg(accountId)}/${region(regionId)}/${seg(clusterId)}`, { tab }),
  tencentClusterCreate: () => '/tencent/clusters/new',
  tencentService: (accountId: string, regionId: string, clusterId: string, namespace: string, serviceName: string, tab?: string) =>
    withQuery(`/tencent/services/${seg(accountId)}/${region(regionId)}/${seg(clusterId)}/${seg(namespace)}/${seg(serviceName)}`, { tab }),
  tencentServiceCreate: (query: Query = {}) => withQuery('/tencent/services/new', query),
  tencentIngress: (accountId: string, regionId: string, clusterId: string, namespace: string, ingressName: string) =>
    withQuery(`/tencent/ingresses/${seg(accountId)}/${region(regionId)}/${seg(clusterId)}/${seg(namespace)}/${seg(ingressName)}`),
  tencentLogCollectors: (accountId: string, regionId: string, clusterId: string) =>
    `/tencent/log-collectors/${seg(accountId)}/${region(regionId)}/${seg(clusterId)}`,

  // Alibaba Jushita (src/features/alibaba-apps, alibaba-clusters, alibaba-ingress)
  alibabaApp: (accountId: string, appId: string | number, query: { env?: string | number; tab?: string } = {}) =>
    withQuery(`/alibaba/apps/${seg(accountId)}/${seg(appId)}`, query),
  alibabaDeployOrder: (accountId: string, appId: string | number, deployOrderId: string | number) =>
    `/alibaba/apps/${seg(accountId)}/${seg(appId)}/deploy-orders/${seg(deployOrderId)}`,
  alibabaCluster: (accountId: string, clusterInstanceId: string, tab?: string) =>
    withQuery(`/alibaba/clusters/${seg(accountId)}/${seg(clusterInstanceId)}`, { tab }),
  alibabaClusterCreate: () => '/alibaba/clusters/new',
  alibabaSlbAp: (accountId: string, slbApId: string | number) => `/alibaba/slb-aps/${seg(accountId)}/${seg(slbApId)}`,
  alibabaService: (accountId: string, serviceId: string | number) => `/alibaba/k8s-services/${seg(accountId)}/${seg(serviceId)}`,

  // NetEase (src/features/netease-services, netease-lb, netease-images)
  neteaseSpaces: () => '/netease/spaces',
  neteaseService: (accountId: string, spaceId: string | number, serviceId: string | number, tab?: string) =>
    withQuery(`/netease/services/${seg(accountId)}/${seg(spaceId)}/${seg(serviceId)}`, { tab }),
  neteaseServiceCreate: (query: Query = {}) => withQuery('/netease/services/new', query),
  neteaseLoadBalancer: (accountId: string, namespace: string, name: string) =>
    `/netease/load-balancers/${seg(accountId)}/${seg(namespace)}/${seg(name)}`,
  neteaseCertificates: () => '/netease/certificates',
  neteaseRepository: (accountId: string, repoId: string | number) => `/netease/repositories/${seg(accountId)}/${seg(repoId)}`,
  neteaseImageBuilds: (query: Query = {}) => withQuery('/netease/image-builds', query),

  // Cross-cloud pages: the query is the page's own URL state, so a link opens the same view.
  logs: (query: LogsQuery) => withQuery('/logs', query as unknown as Query),
  monitoring: (query: MonitoringQuery) => withQuery('/monitoring', query as unknown as Query),
  capabilities: () => '/capabilities',
};

/** What the Logs page reads from its URL. Tencent: cluster/namespace/service/pod/container; Alibaba: app/env/pod. */
export interface LogsQuery {
  provider: 'tencent' | 'alibaba';
  account: string;
  region?: string;
  cluster?: string;
  namespace?: string;
  service?: string;
  app?: string | number;
  env?: string | number;
  /** Alibaba deploy order holding the pod (else the Logs page looks through the newest orders). */
  order?: string | number;
  pod?: string;
  container?: string;
  /** ISO time or epoch ms: open the log around this moment (a chart's point links here). */
  at?: string | number;
  /** 'events' opens the pod's or service's events instead of its log. */
  view?: 'log' | 'events';
}

/** What the Monitoring page reads from its URL (Tencent GetMonitorData levels). */
export interface MonitoringQuery {
  provider: 'tencent';
  account: string;
  region?: string;
  cluster?: string;
  namespace?: string;
  service?: string;
  pod?: string;
  container?: string;
  /** Time range: epoch ms, or a preset like '1h', '6h', '1d', '7d'. */
  from?: string | number;
  to?: string | number;
  range?: string;
}
