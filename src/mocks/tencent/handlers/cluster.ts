import { conflict, invalidParameter, limitExceeded, wrongState } from '../errors';
import { clusterStatus, DURATIONS, nodeStatusOf } from '../store/clock';
import { newCluster, newNode, newTask } from '../store/factories';
import { newId } from '../store/ids';
import { REGIONS, zoneOf } from '../store/regions';
import { formatTime } from '../store/time';
import type { AccountWorld, Cluster } from '../store/types';
import { overlaps, parseCidr } from './cidr';
import { findCluster, page, type HandlerContext, type HandlerMap } from './context';
import { checkNodePurchase, NODES_PER_CLUSTER, soldOut } from './purchase';

/** The document's limit: 5 clusters per account. */
export const CLUSTERS_PER_ACCOUNT = 5;

function checkCidr(world: AccountWorld, vpcId: string, cidr: string, ignore: number, exceptId?: string) {
  const range = parseCidr('clusterCIDR', cidr);
  const clash = [...world.clusters.values()].find((c) => c.clusterId !== exceptId && c.unVpcId === vpcId && overlaps(range, parseCidr('clusterCIDR', c.clusterCIDR)));
  if (clash && ignore !== 1) throw conflict('ConflictWithOtherClusterCIDR', '与同VPC其它集群CIDR冲突', -10013);
}

function checkClusterQuota(world: AccountWorld) {
  const live = [...world.clusters.values()].filter((c) => c.deleteAt === undefined).length;
  if (live >= CLUSTERS_PER_ACCOUNT) throw limitExceeded('ClusterQuotaExceeded', `集群数量超过配额：每个账号最多 ${CLUSTERS_PER_ACCOUNT} 个集群`);
}

function describeCluster(c: Cluster, now: number) {
  const nodes = [...c.nodes.values()].filter((n) => n.removeAt === undefined);
  return {
    clusterId: c.clusterId,
    clusterName: c.clusterName,
    description: c.description,
    status: clusterStatus(c, now),
    unVpcId: c.unVpcId,
    vpcId: c.vpcNumId,
    clusterCIDR: c.clusterCIDR,
    createdAt: formatTime(c.createdAt),
    updatedAt: formatTime(c.updatedAt),
    nodeStatus: nodeStatusOf(c, now),
    nodeNum: nodes.length,
    os: c.os,
    totalCpu: nodes.reduce((s, n) => s + n.cpu, 0),
    totalMem: nodes.reduce((s, n) => s + n.mem, 0),
    regionId: REGIONS[c.region].id,
    region: REGIONS[c.region].long,
    k8sVersion: c.k8sVersion,
    clusterExternalEndpoint: c.vip ? `https://${c.clusterId}.ccs.tencent-cloud.com` : null,
    projectId: c.projectId,
  };
}

function createCluster(ctx: HandlerContext<'CreateCluster'> | HandlerContext<'CreateEmptyCluster'>, vpcId: string, withNodes: boolean) {
  const { world, now, params } = ctx;
  checkClusterQuota(world);
  checkCidr(world, vpcId, params.clusterCIDR, params.ignoreClusterCIDRConflict);
  const readyAt = now + DURATIONS.clusterCreate;
  // The document's two systems in CreateCluster's spelling, whatever the case sent (CreateEmptyCluster prints them capitalised):
  // AddClusterInstances compares its osName with this one.
  const os = /^centos/i.test(params.osName ?? '') ? 'centos7.2x86_64' : 'ubuntu16.04.1 LTSx86_64';
  const cluster = newCluster(world, {
    name: params.clusterName,
    description: params.clusterDesc,
    cidr: params.clusterCIDR,
    region: ctx.region,
    vpcId,
    os,
    k8sVersion: 'clusterVersion' in params && params.clusterVersion ? params.clusterVersion : undefined,
    projectId: 'projectId' in params ? params.projectId : undefined,
    now,
    readyAt,
  });
  let result: 'succ' | 'fail' = 'succ';
  if (withNodes) {
    const p = (ctx as HandlerContext<'CreateCluster'>).params;
    const zone = zoneOf(ctx.region, p.zoneId);
    if (!zone) throw invalidParameter('zoneId', `不是地域 ${ctx.region} 的可用区：${p.zoneId}`);
    if (soldOut(p.instanceType, zone.zone)) {
      // The cluster comes up without nodes and Abnormal; the task fails.
      result = 'fail';
      cluster.broken = true;
    }
    for (let i = 0; i < p.goodsNum; i++) {
      const node = newNode(world, cluster, { cpu: p.cpu, mem: p.mem, instanceType: p.instanceType, zoneIndex: REGIONS[ctx.region].zones.indexOf(zone as never), now, readyAt, cvmPayMode: p.cvmType === 'PayByMonth' ? 1 : 2 });
      node.zone = zone.zone;
      node.zoneId = zone.zoneId;
      if (result === 'fail') node.failsAt = readyAt;
      cluster.nodes.set(node.instanceId, node);
    }
  }
  world.clusters.set(cluster.clusterId, cluster);
  return { requestId: newTask(world, readyAt, result), clusterId: cluster.clusterId };
}

export const clusterHandlers: HandlerMap = {
  CreateCluster: (ctx) => {
    const p = ctx.params;
    checkNodePurchase(p);
    if (p.goodsNum > NODES_PER_CLUSTER) throw limitExceeded('NodeQuotaExceeded', `每个集群最多 ${NODES_PER_CLUSTER} 个节点`);
    return createCluster(ctx, p.vpcId, true);
  },

  CreateEmptyCluster: (ctx) => {
    // The example sends vpcId although the table omits it; without it the cluster gets its own VPC.
    const vpcId = ctx.wire.vpcId ?? newId(ctx.world, 'vpc');
    if (ctx.params.osName && !/^(centos7\.2x86_64|ubuntu16\.04\.1 ltsx86_64)$/i.test(ctx.params.osName)) throw invalidParameter('osName', `取值须为 CentOS7.2x86_64 或 Ubuntu16.04.1 LTSx86_64：${ctx.params.osName}`);
    return createCluster(ctx, vpcId, false);
  },

  CheckClusterCIDR: (ctx) => {
    checkCidr(ctx.world, ctx.params.vpcId, ctx.params.clusterCIDR, 0);
    return null;
  },

  DescribeCluster: (ctx) => {
    const p = ctx.params;
    let rows = [...ctx.world.clusters.values()].filter((c) => c.region === ctx.region);
    if (p.clusterIds?.length) rows = rows.filter((c) => p.clusterIds!.includes(c.clusterId));
    if (p.clusterName) rows = rows.filter((c) => c.clusterName.includes(p.clusterName!));
    if (p.status) rows = rows.filter((c) => clusterStatus(c, ctx.now) === p.status);
    const key = p.orderField;
    const value = (c: Cluster) => (key === 'clusterId' ? c.clusterId : key === 'clusterName' ? c.clusterName : key === 'updatedAt' ? c.updatedAt : c.createdAt);
    rows.sort((a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0) * (p.orderType === 'asc' ? 1 : -1));
    return { totalCount: rows.length, clusters: page(rows, p.offset, p.limit).map((c) => describeCluster(c, ctx.now)) };
  },

  DescribeClusterRequestLimitInfo: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const info: Record<string, { cpuRequest: number; cpuLimit: number; memRequest: number; memLimit: number; gpuLimit: number }> = {};
    for (const n of c.nodes.values()) info[n.lanIp] = { cpuRequest: 0, cpuLimit: 0, memRequest: 0, memLimit: 0, gpuLimit: 0 };
    for (const s of c.services.values())
      for (const pod of s.pods) {
        const slot = info[pod.nodeIp];
        if (!slot) continue;
        for (const k of s.spec.containers) {
          slot.cpuRequest += (k.cpu ?? 0) / 1000;
          slot.cpuLimit += (k.cpuLimits ?? 0) / 1000;
          slot.memRequest += (k.memory ?? 0) / 1024;
          slot.memLimit += (k.memoryLimits ?? 0) / 1024;
        }
      }
    const round = (v: number) => Math.round(v * 100) / 100;
    for (const slot of Object.values(info)) for (const k of Object.keys(slot) as Array<keyof typeof slot>) slot[k] = round(slot[k]);
    const sum = (k: 'cpuRequest' | 'cpuLimit' | 'memRequest' | 'memLimit' | 'gpuLimit') => round(Object.values(info).reduce((s, v) => s + v[k], 0));
    return { totalCpuRequest: sum('cpuRequest'), totalCpuLimit: sum('cpuLimit'), totalMemRequest: sum('memRequest'), totalMemLimit: sum('memLimit'), totalGpuLimit: sum('gpuLimit'), requestLimitInfo: info };
  },

  DescribeClusterSecurityInfo: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    return {
      userName: 'admin',
      password: c.adminPassword,
      certificationAuthority: `-----BEGIN CERTIFICATE-----\nMIIC${c.clusterId.replace('-', '')}${c.adminPassword}\n-----END CERTIFICATE-----\n`,
      clusterExternalEndpoint: c.vip ? `https://${c.clusterId}.ccs.tencent-cloud.com` : '',
    };
  },

  ModifyClusterAttributes: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    if (ctx.params.clusterName !== undefined) c.clusterName = ctx.params.clusterName;
    if (ctx.params.clusterDesc !== undefined) c.description = ctx.params.clusterDesc;
    c.updatedAt = ctx.now;
    return null;
  },

  ModifyProjectId: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    if (ctx.params.projectId < 0) throw invalidParameter('projectId', 'projectId不正确');
    c.projectId = ctx.params.projectId;
    for (const n of c.nodes.values()) n.projectId = c.projectId;
    c.updatedAt = ctx.now;
    return null;
  },

  OperateClusterVip: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    if (clusterStatus(c, ctx.now) !== 'Running') throw wrongState('ClusterStateError', `集群状态不允许此操作：${clusterStatus(c, ctx.now)}`);
    const want = ctx.params.operation === 'Create';
    if (c.vip === want) throw conflict(want ? 'VipAlreadyExists' : 'VipNotExists', want ? '集群外网访问地址已开启' : '集群外网访问地址未开启');
    c.vip = want;
    return { requestId: newTask(ctx.world, ctx.now + DURATIONS.vip) };
  },

  AddHubInfo: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const p = ctx.params;
    const namespaces = p.namespaces ?? (ctx.wire.namespace ? [ctx.wire.namespace] : []);
    for (const ns of namespaces) if (!c.namespaces.has(ns)) throw invalidParameter('namespaces', `命名空间不存在：${ns}`);
    c.hubs.push({ unHubId: newId(ctx.world, 'hub'), domain: p.domain, username: p.username, namespaces, createdAt: ctx.now });
    return null;
  },

  DescribeHubInfo: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const p = ctx.params;
    const rows = c.hubs.filter((h) => (!p.unHubId || h.unHubId === p.unHubId) && (!p.domain || h.domain === p.domain) && (!p.username || h.username === p.username));
    return {
      totalCount: rows.length,
      hubs: page(rows, p.offset, p.limit).map((h) => ({ unHubId: h.unHubId, name: '', clusterId: c.clusterId, appId: Number(ctx.world.appId), domain: h.domain, username: h.username, namespaces: h.namespaces, createdAt: formatTime(h.createdAt) })),
    };
  },

  DeleteCluster: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const status = clusterStatus(c, ctx.now);
    if (!['Running', 'Isolated', 'Abnormal'].includes(status)) throw wrongState('ClusterStateError', `集群状态为 ${status}，只有 Running、Isolated、Abnormal 状态的集群可以删除`);
    c.deleteAt = ctx.now + DURATIONS.clusterDelete;
    return { requestId: newTask(ctx.world, c.deleteAt) };
  },
};
