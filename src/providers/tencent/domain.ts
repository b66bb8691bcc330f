import type { Cluster, ClusterCapacity, ClusterNode, DomainContext, ImageTag, NeutralStatus, ProviderDomain, Repository, Service } from '../../domain/types';

/** Maps Tencent answers into the neutral shapes of the cross-cloud pages. */
type Row = Record<string, unknown>;
const PAGE = 100;

const CLUSTER_STATUS: Record<string, NeutralStatus> = {
  Running: 'running',
  Creating: 'pending',
  Scaling: 'updating',
  Upgrading: 'updating',
  Deleting: 'deleting',
  Isolated: 'stopped',
  Abnormal: 'failed',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined);

/** Walks offset/limit pages until the total is reached (the document's lists page by offset/limit). */
async function allPages(ctx: DomainContext, operation: string, params: Row, listKey: string, totalKey = 'totalCount'): Promise<Row[]> {
  const rows: Row[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const data = ((await ctx.call(operation, { ...params, offset, limit: PAGE })) ?? {}) as Row;
    const page = (Array.isArray(data[listKey]) ? data[listKey] : []) as Row[];
    rows.push(...page);
    const total = num(data[totalKey]) ?? rows.length;
    if (page.length < PAGE || rows.length >= total) return rows;
  }
}

/** Service status words of the document (catalog: Waiting, Normal, Abnormal, Updating, Paused, RollingBack). */
const SERVICE_STATUS: Record<string, NeutralStatus> = {
  Normal: 'running',
  Waiting: 'pending',
  Updating: 'updating',
  RollingBack: 'updating',
  Paused: 'stopped',
  Abnormal: 'failed',
};

/** Clusters whose services can be listed: a Creating or Deleting cluster has none to show yet. */
const LISTABLE = new Set(['Running', 'Scaling', 'Upgrading', 'Abnormal']);

/** A unit conversion that keeps one decimal and leaves an absent value absent. */
const scaled = (value: number | undefined, per: number) => (value === undefined ? undefined : Math.round((value / per) * 10) / 10);

/**
 * Requests and limits of one cluster (DescribeClusterRequestLimitInfo, cores and GiB as the seed's
 * example reads) against its nodes' allocatable totals (DescribeCluster's totalCpu in millicores,
 * totalMem in Mi). A cluster that cannot answer yet (Creating) simply shows no figures.
 */
async function capacityOf(ctx: DomainContext, c: Row): Promise<ClusterCapacity> {
  const totals: ClusterCapacity = { cpuTotal: scaled(num(c.totalCpu), 1000), memoryGbTotal: scaled(num(c.totalMem), 1024) };
  if (!LISTABLE.has(String(c.status))) return totals;
  try {
    const r = ((await ctx.call('DescribeClusterRequestLimitInfo', { clusterId: c.clusterId })) ?? {}) as Row;
    return { ...totals, cpuRequest: num(r.totalCpuRequest), cpuLimit: num(r.totalCpuLimit), memoryGbRequest: num(r.totalMemRequest), memoryGbLimit: num(r.totalMemLimit) };
  } catch {
    return totals;
  }
}

export const tencentDomain: ProviderDomain = {
  async listClusters(ctx) {
    const rows = await allPages(ctx, 'DescribeCluster', {}, 'clusters');
    const capacities = await Promise.all(rows.map((c) => capacityOf(ctx, c)));
    return rows.map(
      (c, i): Cluster => ({
        provider: 'tencent',
        accountId: ctx.accountId,
        region: ctx.region,
        id: String(c.clusterId),
        name: str(c.clusterName) ?? String(c.clusterId),
        status: CLUSTER_STATUS[String(c.status)] ?? 'unknown',
        statusText: String(c.status ?? ''),
        nodeCount: num(c.nodeNum) ?? 0,
        capacity: capacities[i],
        createdAt: str(c.createdAt),
        description: str(c.description),
        raw: c,
      }),
    );
  },

  async listNodes(ctx, clusterId) {
    const rows = await allPages(ctx, 'DescribeClusterInstances', { clusterId }, 'nodes');
    return rows.map((n): ClusterNode => {
      const normal = num(n.isNormal) === 1;
      const labels = n.labels && typeof n.labels === 'object' ? (n.labels as Record<string, string>) : undefined;
      return {
        provider: 'tencent',
        accountId: ctx.accountId,
        region: ctx.region,
        clusterId,
        id: String(n.instanceId),
        name: str(n.instanceName) ?? String(n.instanceId),
        status: normal ? 'running' : 'failed',
        statusText: normal ? 'Normal' : str(n.abnormalReason) ?? 'Abnormal',
        privateIp: str(n.lanIp),
        publicIp: str(n.wanIp),
        // The document reports allocatable CPU in millicores and memory in Mi (lines 1464-1465).
        cpu: scaled(num(n.cpu), 1000),
        memoryGb: scaled(num(n.mem), 1024),
        schedulable: n.unschedulable === undefined ? undefined : !n.unschedulable,
        labels,
        createdAt: str(n.createdAt),
        raw: n,
      };
    });
  },

  /** The user's own repositories (SearchUserRepository); GetRepositoryList lists public Hub repositories. */
  async listRepositories(ctx) {
    const rows = await allPages(ctx, 'SearchUserRepository', {}, 'repoInfo');
    return rows.map((r): Repository => {
      const id = String(r.reponame);
      const [namespace, ...rest] = id.split('/');
      return {
        provider: 'tencent',
        accountId: ctx.accountId,
        region: ctx.region,
        id,
        namespace,
        name: rest.join('/') || id,
        visibility: num(r.public) === 1 ? 'public' : 'private',
        tagCount: num(r.tagCount),
        pulls: num(r.pullCount),
        favourite: r.isUserFavor === true,
        description: str(r.description),
        updatedAt: str(r.updateTime),
        raw: r,
      };
    });
  },

  async listTags(ctx, repository) {
    const data = ((await ctx.call('GetTagList', { reponame: repository.id, offset: 0, limit: 100 })) ?? {}) as Row;
    const server = str(data.server) ?? 'ccr.ccs.tencentyun.com';
    const tags = (Array.isArray(data.tagInfo) ? data.tagInfo : []) as Row[];
    return tags.map(
      (t): ImageTag => ({
        provider: 'tencent',
        accountId: ctx.accountId,
        region: ctx.region,
        repositoryId: repository.id,
        name: String(t.tagName),
        size: num(t.sizeByte),
        digest: str(t.tagId),
        pushedAt: str(t.pushTime),
        pullCommand: `docker pull ${server}/${repository.id}:${String(t.tagName)}`,
        raw: t,
      }),
    );
  },

  /**
   * DescribeClusterService per cluster of the region, all namespaces. The list carries summary
   * fields only (no image, no ports): those stay empty rather than costing one
   * DescribeClusterServiceInfo call per row; the detail view shows them.
   */
  async listServices(ctx) {
    const clusters = (await allPages(ctx, 'DescribeCluster', {}, 'clusters'))
      .filter((c) => LISTABLE.has(String(c.status)))
      .map((c) => ({ id: String(c.clusterId), name: str(c.clusterName) ?? String(c.clusterId) }));
    const perCluster = await Promise.all(
      clusters.map(async (c) => {
        const data = ((await ctx.call('DescribeClusterService', { clusterId: c.id, allnamespace: 1 })) ?? {}) as Row;
        const rows = (Array.isArray(data.services) ? data.services : []) as Row[];
        return rows.map((s): Service => {
          const namespace = str(s.namespace) ?? 'default';
          const name = String(s.serviceName);
          return {
            provider: 'tencent',
            accountId: ctx.accountId,
            region: ctx.region,
            id: `${c.id}/${namespace}/${name}`,
            name,
            group: { kind: 'cluster', id: c.id, name: c.name },
            namespace,
            status: SERVICE_STATUS[String(s.status)] ?? 'unknown',
            statusText: String(s.status ?? ''),
            readyReplicas: num(s.currentReplicas),
            desiredReplicas: num(s.desiredReplicas),
            images: [],
            ports: [],
            createdAt: str(s.createdAt),
            raw: s,
          };
        });
      }),
    );
    return perCluster.flat();
  },

  /** DescribeClusterServiceInfo: each container's image, and `lbPort→containerPort/protocol`. */
  async describeService(ctx, service) {
    const data = ((await ctx.call('DescribeClusterServiceInfo', { clusterId: service.group.id, namespace: service.namespace ?? 'default', serviceName: service.name })) ?? {}) as Row;
    const detail = (data.service ?? {}) as Row;
    const containers = (Array.isArray(detail.containers) ? detail.containers : []) as Row[];
    const ports = (Array.isArray(detail.portMappings) ? detail.portMappings : []) as Row[];
    return {
      images: containers.map((c) => str(c.image)).filter((i): i is string => i !== undefined),
      ports: ports.map((p) => portText(num(p.lbPort), num(p.containerPort), str(p.protocol))),
    };
  },
};

/** `80/TCP`, or `8080→80/TCP` when the service port differs from the container's. */
export function portText(servicePort: number | undefined, containerPort: number | undefined, protocol = 'TCP'): string {
  const inner = containerPort ?? servicePort;
  return servicePort !== undefined && servicePort !== inner ? `${servicePort}→${inner}/${protocol}` : `${inner ?? '?'}/${protocol}`;
}
