import type { Cluster, ClusterNode, DomainContext, NeutralStatus, ProviderDomain, Service } from '../../domain/types';

type Row = Record<string, unknown>;
const PAGE_SIZE = 100;
/** Safety stop for paging: the console shows at most this many pages of one list. */
const MAX_PAGES = 50;

const text = (v: unknown): string | undefined => (v === undefined || v === null || v === '' ? undefined : String(v));
const num = (v: unknown): number | undefined => {
  const n = Number(v);
  return v === undefined || v === null || v === '' || !Number.isFinite(n) ? undefined : n;
};

/** The document prints only "running"; the other words are the emulator's (see README). */
export function clusterStatus(status: unknown): NeutralStatus {
  switch (String(status ?? '').toLowerCase()) {
    case 'running':
      return 'running';
    case 'creating':
    case 'initial':
      return 'pending';
    case 'updating':
    case 'scaling':
      return 'updating';
    case 'deleting':
      return 'deleting';
    case 'failed':
    case 'create_failed':
      return 'failed';
    case 'stopped':
      return 'stopped';
    default:
      return 'unknown';
  }
}

/** ListCluster, ListClusterNode and ListAvailableClusterNode page with PageNum (not PageNumber). */
async function allPages(ctx: DomainContext, operation: string, params: Row): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = (await ctx.call(operation, { ...params, PageNum: page, PageSize: PAGE_SIZE })) as Row;
    const data = Array.isArray(body.Data) ? (body.Data as Row[]) : [];
    rows.push(...data);
    const total = num(body.TotalCount) ?? rows.length;
    if (data.length === 0 || rows.length >= total) break;
  }
  return rows;
}

export function toCluster(ctx: DomainContext, row: Row): Cluster {
  const ecs = Array.isArray(row.EcsIds) ? row.EcsIds : [];
  return {
    provider: 'alibaba',
    accountId: ctx.accountId,
    region: text(row.RegionId) ?? ctx.region,
    id: String(row.InstanceId ?? row.Id ?? ''),
    name: text(row.ClusterTitle) ?? String(row.InstanceId ?? ''),
    status: clusterStatus(row.Status),
    statusText: text(row.Status) ?? '',
    nodeCount: ecs.length,
    description: [text(row.BusinessCode), text(row.VpcId)].filter(Boolean).join(' · ') || undefined,
    raw: row,
  };
}

export function toNode(ctx: DomainContext, clusterId: string, row: Row): ClusterNode {
  const memoryMb = num(row.EcsMemory);
  return {
    provider: 'alibaba',
    accountId: ctx.accountId,
    region: text(row.RegionId) ?? ctx.region,
    clusterId,
    id: String(row.InstanceId ?? ''),
    name: text(row.InstanceName) ?? String(row.InstanceId ?? ''),
    // ListClusterNode has no status field: a node it lists is a member of the cluster.
    status: 'running',
    statusText: 'InCluster',
    privateIp: text(row.EcsPrivateIp),
    publicIp: text(row.EcsPublicIp) ?? text(row.EcsEip),
    cpu: num(row.EcsCpu),
    memoryGb: memoryMb === undefined ? undefined : memoryMb / 1024,
    raw: row,
  };
}

/** The neutral pages' view of 聚石塔: clusters and their ECS nodes (no image registry in this API). */
/** ListApp, ListAppEnvironment and ListAppInstance page with PageNumber (not PageNum). */
async function allPagesByNumber(ctx: DomainContext, operation: string, params: Row): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = (await ctx.call(operation, { ...params, PageNumber: page, PageSize: PAGE_SIZE })) as Row;
    const data = Array.isArray(body.Data) ? (body.Data as Row[]) : [];
    rows.push(...data);
    const total = num(body.TotalCount) ?? rows.length;
    if (data.length === 0 || rows.length >= total) break;
  }
  return rows;
}

/**
 * The document gives environments no status: it is read from their instances' Health
 * (RUNNING or ABNORMAL) against the environment's Replicas.
 */
export function environmentStatus(desired: number | undefined, instances: readonly Row[]): { status: NeutralStatus; statusText: string } {
  const abnormal = instances.filter((i) => i.Health !== 'RUNNING').length;
  const running = instances.length - abnormal;
  if (abnormal > 0) return { status: 'failed', statusText: 'ABNORMAL' };
  if (desired === 0 && running === 0) return { status: 'stopped', statusText: '' };
  if (desired !== undefined && running !== desired) return { status: 'updating', statusText: running > 0 ? 'RUNNING' : '' };
  return { status: running > 0 ? 'running' : 'unknown', statusText: running > 0 ? 'RUNNING' : '' };
}

/** One row per app environment: ListApp, then ListAppEnvironment, DescribeAppEnvironmentDetail and ListAppInstance per environment. */
async function listAppEnvironments(ctx: DomainContext): Promise<Service[]> {
  const apps = await allPagesByNumber(ctx, 'ListApp', {});
  const perApp = await Promise.all(
    apps.map(async (app) => {
      const envs = await allPagesByNumber(ctx, 'ListAppEnvironment', { AppId: app.AppId });
      // An account lists its apps once for every region: keep the environments of this region.
      const here = envs.filter((e) => text(e.Region) === undefined || text(e.Region) === ctx.region);
      return Promise.all(
        here.map(async (env): Promise<Service> => {
          const ids = { AppId: app.AppId, EnvId: env.EnvId };
          const [detail, instances] = await Promise.all([ctx.call('DescribeAppEnvironmentDetail', ids) as Promise<Row>, allPagesByNumber(ctx, 'ListAppInstance', ids)]);
          const result = (detail?.Result ?? {}) as Row;
          const desired = num(result.Replicas);
          const appName = text(app.Title) ?? String(app.AppId);
          const envName = text(env.EnvName) ?? String(env.EnvId);
          const created = instances.map((i) => text(i.CreateTime)).filter((t): t is string => t !== undefined).sort()[0];
          return {
            provider: 'alibaba',
            accountId: ctx.accountId,
            region: ctx.region,
            id: `${String(app.AppId)}/${String(env.EnvId)}`,
            name: `${appName}/${envName}`,
            group: { kind: 'app-environment', id: `${String(app.AppId)}/${String(env.EnvId)}`, name: `${appName} · ${text(env.EnvTypeName) ?? envName}` },
            ...environmentStatus(desired, instances),
            readyReplicas: instances.filter((i) => i.Health === 'RUNNING').length,
            desiredReplicas: desired,
            images: [],
            ports: [],
            createdAt: created,
            raw: { app, environment: env, detail: result, instances },
          };
        }),
      );
    }),
  );
  return perApp.flat();
}

/** The images a deploy config's Deployment or StatefulSet YAML names (`image: repo/name:tag`). */
export function imagesInYaml(yaml: string | undefined): string[] {
  return [...(yaml ?? '').matchAll(/^\s*(?:-\s*)?image:\s*["']?([^"'\s#]+)/gm)].map((m) => m[1]);
}

/** Environment types: 1 test / 2 production in environment answers, `test`/`online` in configs. */
const CONFIG_ENV_TYPE: Record<number, string> = { 1: 'test', 2: 'online' };

export const alibabaDomain: ProviderDomain = {
  listServices: listAppEnvironments,
  /** Images from the app's deploy config for the environment's type; ports from its k8s services. */
  async describeService(ctx, service) {
    const { app, environment } = service.raw as { app: Row; environment: Row };
    const envType = CONFIG_ENV_TYPE[num(environment.EnvType) ?? 0];
    const [configs, services] = await Promise.all([
      ctx.call('ListDeployConfig', { AppId: app.AppId, ...(envType ? { EnvType: envType } : {}) }) as Promise<Row>,
      ctx.call('ListServices', { AppId: app.AppId, EnvId: environment.EnvId, PageNumber: 1, PageSize: 100 }) as Promise<Row>,
    ]);
    const images = ((configs?.Data ?? []) as Row[]).flatMap((c) => {
      const conf = (c.ContainerYamlConf ?? {}) as Row;
      return [...imagesInYaml(text(conf.Deployment)), ...imagesInYaml(text(conf.StatefulSet))];
    });
    const ports = ((services?.Data ?? []) as Row[]).flatMap((s) =>
      ((s.PortMappings ?? []) as Row[]).map((p) => {
        const port = num(p.Port);
        const target = text(p.TargetPort) ?? String(port ?? '');
        const protocol = text(p.Protocol) ?? 'TCP';
        return port !== undefined && String(port) !== target ? `${port}→${target}/${protocol}` : `${target}/${protocol}`;
      }),
    );
    return { images: [...new Set(images)], ports: [...new Set(ports)] };
  },
  async listClusters(ctx) {
    return (await allPages(ctx, 'ListCluster', {})).map((row) => toCluster(ctx, row));
  },
  async listNodes(ctx, clusterId) {
    return (await allPages(ctx, 'ListClusterNode', { ClusterInstanceId: clusterId })).map((row) => toNode(ctx, clusterId, row));
  },
};
