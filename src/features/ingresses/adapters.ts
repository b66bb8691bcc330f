import type { DomainContext, NeutralStatus } from '../../domain/types';
import type { ProviderId } from '../../providers/core/types';
import { links } from '../shared/links';

/**
 * The Ingresses page's neutral row and the per-provider list adapters (this area's own: the
 * domain layer has no ingress shape yet). Each adapter takes a DomainContext (one account, one
 * region) and returns every access point of that scope.
 */
export type IngressKind = 'tencent-ingress' | 'alibaba-slb-ap' | 'alibaba-service' | 'netease-lb';

export interface IngressRow {
  provider: ProviderId;
  accountId: string;
  region: string;
  kind: IngressKind;
  /** Unique within account and region. */
  id: string;
  name: string;
  /** Tencent cluster, Alibaba app environment, NetEase space. */
  group: { kind: 'cluster' | 'app-environment' | 'space'; id: string; name: string };
  namespace?: string;
  /** The type's own detail: Alibaba network mode or service type, NetEase charge mode. */
  subtype?: string;
  /** VIP, SLB IP or domain; empty while it is being allocated. */
  address: string;
  /** Listeners, forwarding rules or port mappings, one line each. */
  rules: string[];
  backends: string[];
  status: NeutralStatus;
  statusText: string;
  createdAt?: string;
  /** The detail page of this row. */
  href: string;
  raw: unknown;
}

type Row = Record<string, unknown>;
const PAGE = 100;
const MAX_PAGES = 50;

const text = (v: unknown): string | undefined => (v === undefined || v === null || v === '' ? undefined : String(v));
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const rows = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);

// ---------------------------------------------------------------- Tencent

/** Clusters whose ingresses can be listed: a Creating or Deleting cluster has none to show. */
const LISTABLE = new Set(['Running', 'Scaling', 'Upgrading', 'Abnormal']);

/** "http://www.example.com/ :80" — a rule as the LB listens. */
export const tencentRuleText = (r: Row): string => `${String(r.protocol ?? 'http').toLowerCase()}://${String(r.domain ?? '')}${String(r.url ?? '')} :${String(r.LoadBalancePort ?? '')}`;
export const tencentBackendText = (r: Row): string => `${String(r.serviceName ?? '')}:${String(r.servicePort ?? '')}`;

/** The document gives an ingress no status: it is serving once its VIP is there. */
export function tencentIngressStatus(ingressIp: unknown): { status: NeutralStatus; statusText: string } {
  return text(ingressIp) ? { status: 'running', statusText: '' } : { status: 'pending', statusText: 'Creating' };
}

export function toTencentIngress(ctx: Pick<DomainContext, 'accountId' | 'region'>, cluster: { id: string; name: string }, i: Row): IngressRow {
  const namespace = text(i.namespace) ?? 'default';
  const name = String(i.ingressName ?? '');
  const ruleRows = rows(i.rules);
  return {
    provider: 'tencent',
    accountId: ctx.accountId,
    region: ctx.region,
    kind: 'tencent-ingress',
    id: `${cluster.id}/${namespace}/${name}`,
    name,
    group: { kind: 'cluster', id: cluster.id, name: cluster.name },
    namespace,
    subtype: text(i.unSubnetId) ? 'intranet' : 'internet',
    address: text(i.ingressIp) ?? '',
    rules: ruleRows.map(tencentRuleText),
    backends: [...new Set(ruleRows.map(tencentBackendText))],
    ...tencentIngressStatus(i.ingressIp),
    // The document's table says createAt, its example createdAt.
    createdAt: text(i.createdAt) ?? text(i.createAt),
    href: links.tencentIngress(ctx.accountId, ctx.region, cluster.id, namespace, name),
    raw: i,
  };
}

async function tencentClusters(ctx: DomainContext): Promise<{ id: string; name: string; status: string }[]> {
  const all: Row[] = [];
  for (let offset = 0; offset < PAGE * MAX_PAGES; offset += PAGE) {
    const data = ((await ctx.call('DescribeCluster', { offset, limit: PAGE })) ?? {}) as Row;
    const page = rows(data.clusters);
    all.push(...page);
    if (page.length < PAGE || all.length >= (num(data.totalCount) ?? all.length)) break;
  }
  return all.map((c) => ({ id: String(c.clusterId), name: text(c.clusterName) ?? String(c.clusterId), status: String(c.status ?? '') }));
}

/** DescribeIngress (all namespaces) for every listable cluster of the region. */
export async function listTencentIngresses(ctx: DomainContext): Promise<IngressRow[]> {
  const clusters = (await tencentClusters(ctx)).filter((c) => LISTABLE.has(c.status));
  const perCluster = await Promise.all(
    clusters.map(async (c) => {
      const data = ((await ctx.call('DescribeIngress', { clusterId: c.id, allnamespace: 1 })) ?? {}) as Row;
      return rows(data.ingressList).map((i) => toTencentIngress(ctx, c, i));
    }),
  );
  return perCluster.flat();
}

// ---------------------------------------------------------------- Alibaba

export interface AlibabaEnvironment {
  appId: number;
  appName: string;
  envId: number;
  envName: string;
  envType?: string;
  region?: string;
}

export const environmentLabel = (e: Pick<AlibabaEnvironment, 'appName' | 'envName'>) => `${e.appName} / ${e.envName}`;

/** ListApp, ListAppEnvironment, ListSlbAPs and ListServices page with PageNumber/PageSize ≤ 100. */
async function allPagesByNumber(ctx: DomainContext, operation: string, params: Row): Promise<Row[]> {
  const all: Row[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = ((await ctx.call(operation, { ...params, PageNumber: page, PageSize: PAGE })) ?? {}) as Row;
    const data = rows(body.Data);
    all.push(...data);
    if (data.length < PAGE || all.length >= (num(body.TotalCount) ?? all.length)) break;
  }
  return all;
}

/** Every app environment of the account in this region (an account lists its apps once per region). */
export async function listAlibabaEnvironments(ctx: DomainContext): Promise<AlibabaEnvironment[]> {
  const apps = await allPagesByNumber(ctx, 'ListApp', {});
  const perApp = await Promise.all(
    apps.map(async (app) => {
      const envs = await allPagesByNumber(ctx, 'ListAppEnvironment', { AppId: app.AppId });
      return envs
        .filter((e) => !ctx.region || text(e.Region) === undefined || text(e.Region) === ctx.region)
        .map(
          (e): AlibabaEnvironment => ({
            appId: Number(app.AppId),
            appName: text(app.Title) ?? String(app.AppId),
            envId: Number(e.EnvId),
            envName: text(e.EnvName) ?? String(e.EnvId),
            envType: text(e.EnvTypeName),
            region: text(e.Region),
          }),
        );
    }),
  );
  return perApp.flat();
}

const envGroup = (env: AlibabaEnvironment | undefined, appId: unknown, envId: unknown): IngressRow['group'] => ({
  kind: 'app-environment',
  id: `${String(appId)}/${String(envId)}`,
  name: env ? environmentLabel(env) : `${String(appId)} / ${String(envId)}`,
});

/** "80/HTTP → 8080": the listener and the container port behind it. */
export const slbApRuleText = (a: Row): string => `${String(a.ListenerPort ?? '')}/${String(a.Protocol ?? '')} → ${String(a.RealServerPort ?? '')}`;

export function toSlbAp(ctx: Pick<DomainContext, 'accountId' | 'region'>, env: AlibabaEnvironment | undefined, a: Row): IngressRow {
  const id = String(a.SlbAPId);
  return {
    provider: 'alibaba',
    accountId: ctx.accountId,
    region: ctx.region,
    kind: 'alibaba-slb-ap',
    id: `slb-ap/${id}`,
    name: text(a.Name) ?? id,
    group: envGroup(env, a.AppId, a.EnvId),
    subtype: text(a.NetworkMode),
    address: text(a.SlbIp) ? `${String(a.SlbIp)}:${String(a.ListenerPort ?? '')}` : '',
    rules: [slbApRuleText(a)],
    backends: [`${env ? environmentLabel(env) : String(a.EnvId)} :${String(a.RealServerPort ?? '')}`],
    // The document gives an access point no status: one that is listed is configured.
    status: 'running',
    statusText: '',
    href: links.alibabaSlbAp(ctx.accountId, id),
    raw: a,
  };
}

/** "80→8080/TCP" or "80→8080/TCP (node 30080)". */
export function portMappingText(m: Row): string {
  const node = num(m.NodePort);
  return `${String(m.Port ?? '')}→${String(m.TargetPort ?? '')}/${String(m.Protocol ?? 'TCP')}${node ? ` (node ${node})` : ''}`;
}

export function toAlibabaService(ctx: Pick<DomainContext, 'accountId' | 'region'>, env: AlibabaEnvironment | undefined, s: Row): IngressRow {
  const id = String(s.ServiceId);
  const type = text(s.ServiceType);
  return {
    provider: 'alibaba',
    accountId: ctx.accountId,
    region: ctx.region,
    kind: 'alibaba-service',
    id: `service/${id}`,
    name: text(s.Name) ?? id,
    group: envGroup(env, s.AppId, s.EnvId),
    subtype: s.Headless === true ? `${type ?? ''} · headless` : type,
    // The in-cluster DNS name is the k8s service's own name.
    address: text(s.K8sServiceId) ?? '',
    rules: rows(s.PortMappings).map(portMappingText),
    backends: [env ? environmentLabel(env) : String(s.EnvId)],
    status: 'running',
    statusText: '',
    href: links.alibabaService(ctx.accountId, id),
    raw: s,
  };
}

/** SLB access points and k8s services of every app environment of the region. */
export async function listAlibabaAccess(ctx: DomainContext): Promise<IngressRow[]> {
  const envs = await listAlibabaEnvironments(ctx);
  const byEnv = new Map(envs.map((e) => [e.envId, e]));
  const appIds = [...new Set(envs.map((e) => e.appId))];
  const perApp = await Promise.all(
    appIds.map(async (AppId) => {
      const [aps, services] = await Promise.all([allPagesByNumber(ctx, 'ListSlbAPs', { AppId }), allPagesByNumber(ctx, 'ListServices', { AppId })]);
      const here = (r: Row) => byEnv.has(Number(r.EnvId));
      return [
        ...aps.filter(here).map((a) => toSlbAp(ctx, byEnv.get(Number(a.EnvId)), a)),
        ...services.filter(here).map((s) => toAlibabaService(ctx, byEnv.get(Number(s.EnvId)), s)),
      ];
    }),
  );
  return perApp.flat();
}

// ---------------------------------------------------------------- NetEase

export function neteaseLbStatus(status: unknown, instanceStatus: unknown): { status: NeutralStatus; statusText: string } {
  if (status === 'CREATING') return { status: 'pending', statusText: 'CREATING' };
  if (status === 'WORKING') return instanceStatus === 'DOWN' ? { status: 'failed', statusText: 'WORKING · DOWN' } : { status: 'running', statusText: 'WORKING' };
  return { status: 'unknown', statusText: String(status ?? '') };
}

export function toNeteaseLb(ctx: Pick<DomainContext, 'accountId' | 'region'>, lb: Row): IngressRow {
  const namespace = String(lb.namespace ?? '');
  const name = String(lb.name ?? '');
  const bandwidth = num(lb.bandwidthLimit);
  return {
    provider: 'netease',
    accountId: ctx.accountId,
    region: ctx.region,
    kind: 'netease-lb',
    id: `${namespace}/${name}`,
    name,
    group: { kind: 'space', id: namespace, name: namespace },
    namespace,
    subtype: [text(lb.chargeMode), bandwidth ? `${bandwidth} Mbps` : undefined].filter(Boolean).join(' · ') || undefined,
    address: text(lb.address) ?? '',
    // The list carries no listeners; the load balancer's own page shows them.
    rules: [],
    backends: [],
    ...neteaseLbStatus(lb.status, lb.instanceStatus),
    createdAt: text(lb.createtime),
    href: links.neteaseLoadBalancer(ctx.accountId, namespace, name),
    raw: lb,
  };
}

/** listLoadBalancers pages by offset/limit (limit below 200) over all namespaces. */
export async function listNeteaseLoadBalancers(ctx: DomainContext): Promise<IngressRow[]> {
  const all: Row[] = [];
  for (let offset = 0; offset < PAGE * MAX_PAGES; offset += PAGE) {
    const page = rows(await ctx.call('listLoadBalancers', { offset, limit: PAGE }));
    all.push(...page);
    if (page.length < PAGE) break;
  }
  return all.map((lb) => toNeteaseLb(ctx, lb));
}

export const INGRESS_LOADERS: Record<ProviderId, (ctx: DomainContext) => Promise<IngressRow[]>> = {
  tencent: listTencentIngresses,
  alibaba: listAlibabaAccess,
  netease: listNeteaseLoadBalancers,
};
