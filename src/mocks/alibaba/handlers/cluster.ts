import { BusinessError, conflict, notFound } from '../protocol/errors';
import { clusterInstanceId } from '../store/ids';
import type { Cluster, Ecs, World } from '../store/types';
import { check, must, page, type Handlers } from './context';

/** A new cluster is "creating" for this long, then "running". */
export const CLUSTER_CREATE_MS = 60_000;

export const findCluster = (world: World, id: string) => must(world.clusters.find((c) => c.InstanceId === id), `集群(${id})`);
export const clusterStatus = (c: Cluster, now: number) => (now >= c.readyAt ? 'running' : 'creating');
const nodesOf = (world: World, c: Cluster) => world.ecs.filter((e) => e.clusterId === c.InstanceId);

/** Requested CPU and memory of the cluster's pods over its nodes' capacity (1 vCPU / 2 GiB per pod). */
function workload(world: World, c: Cluster) {
  const nodes = nodesOf(world, c);
  const envIds = new Set(world.allocs.filter((a) => a.ClusterId === c.InstanceId).map((a) => a.AppEnvId));
  const pods = world.envs.filter((e) => envIds.has(e.EnvId)).reduce((n, e) => n + e.instances.length, 0);
  const cpu = nodes.reduce((n, e) => n + e.EcsCpu, 0);
  const mem = nodes.reduce((n, e) => n + e.EcsMemory / 1024, 0);
  return { nodes, pods, cpu, mem, cpuLevel: cpu ? Math.min(1, pods / cpu) : 0, memLevel: mem ? Math.min(1, (pods * 2) / mem) : 0 };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function clusterRow(world: World, c: Cluster, now: number) {
  const w = workload(world, c);
  return {
    BusinessCode: c.BusinessCode,
    ClusterTitle: c.ClusterTitle,
    CreateStatus: now >= c.readyAt ? '1' : '0',
    // TEST/PRO on input, 0/1 in the examples' answers (the example's 测试环境集群 has 0).
    EnvType: c.envType === 'PRO' ? 1 : 0,
    Id: c.Id,
    InstanceId: c.InstanceId,
    KeyPair: c.KeyPair,
    NetPlug: c.NetPlug,
    // The JSON example prints a password in clear; the emulator masks it as the XML example does.
    Password: c.Password ? '*****' : '',
    PodCIDR: c.PodCIDR,
    RegionId: c.RegionId,
    RegionName: c.RegionName,
    ServiceCIDR: c.ServiceCIDR,
    Status: clusterStatus(c, now),
    VpcId: c.VpcId,
    WorkLoadCpu: round2(w.cpuLevel),
    WorkLoadMem: round2(w.memLevel),
    EcsIds: w.nodes.map((n) => n.InstanceId),
    VswitchIds: c.VswitchIds,
  };
}

export const nodeRow = (e: Ecs) => ({
  OSName: e.OSName,
  BusinessCode: e.BusinessCode,
  EcsConfiguration: `${e.EcsCpu}vcpu ${e.EcsMemory / 1024}G`,
  EcsCpu: String(e.EcsCpu),
  EcsEip: e.EcsEip,
  EcsExpiredTime: e.EcsExpiredTime,
  EcsLocalStorageCapacity: String(e.EcsLocalStorageCapacity),
  EcsMemory: String(e.EcsMemory),
  EcsOsType: e.EcsOsType,
  EcsPrivateIp: e.EcsPrivateIp,
  EcsPublicIp: e.EcsPublicIp,
  EcsZone: e.EcsZone,
  InstanceId: e.InstanceId,
  InstanceName: e.InstanceName,
  InstanceNetworkType: 'vpc',
  InstanceType: e.InstanceType,
  InternetMaxBandwidthIn: '1500',
  InternetMaxBandwidthOut: '1',
  RegionId: e.RegionId,
  VpcId: e.VpcId,
});

/** IPv4 CIDR as [first, last] address numbers; undefined if malformed. */
function cidrRange(cidr: string): [number, number] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const bits = Number(m[5]);
  if (octets.some((o) => o > 255) || bits > 32) return undefined;
  const ip = octets.reduce((n, o) => n * 256 + o, 0);
  const size = 2 ** (32 - bits);
  const first = Math.floor(ip / size) * size;
  return [first, first + size - 1];
}
const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

export const clusterHandlers: Handlers = {
  ListCluster(ctx, p) {
    const rows = ctx.world.clusters.filter((c) => (p.BusinessCode === undefined || c.BusinessCode === p.BusinessCode) && (p.EnvType === undefined || c.envType === p.EnvType));
    const paged = page(rows, p.PageNum ?? 1, p.PageSize ?? 20);
    return { ...paged, Data: paged.Data.map((c) => clusterRow(ctx.world, c, ctx.now)) };
  },
  ListClusterNode(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterInstanceId);
    const paged = page(nodesOf(ctx.world, cluster), p.PageNum ?? 1, p.PageSize ?? 20);
    return { ...paged, Data: paged.Data.map(nodeRow) };
  },
  ListAvailableClusterNode(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterInstanceId);
    const free = ctx.world.ecs.filter((e) => e.clusterId === undefined && e.VpcId === cluster.VpcId);
    const paged = page(free, p.PageNum ?? 1, p.PageSize ?? 20);
    return { ...paged, Data: paged.Data.map(nodeRow) };
  },
  QueryClusterDetail(ctx, p) {
    const c = findCluster(ctx.world, p.ClusterInstanceId);
    const w = workload(ctx.world, c);
    const allocs = ctx.world.allocs.filter((a) => a.ClusterId === c.InstanceId);
    const envs = ctx.world.envs.filter((e) => allocs.some((a) => a.AppEnvId === e.EnvId));
    const apps = new Set(envs.map((e) => e.AppId));
    const available = Math.max(0, Math.floor(w.cpu) - w.pods);
    const pct = (n: number) => `${Math.round(n * 100)}%`;
    return {
      Result: {
        BasicInfo: {
          BusinessCode: c.BusinessCode,
          ClusterId: c.Id,
          ClusterInstanceId: c.InstanceId,
          ClusterName: c.ClusterTitle,
          EnvType: c.envType === 'PRO' ? '1' : '0',
          HasInstallArmsPilot: false,
          HasInstallLogController: false,
          InstallArmsInProcess: false,
          InstallLogInProcess: false,
          MainUserId: ctx.accessKeyId,
          RegionId: c.RegionId,
          RegionName: c.RegionName,
          UserNick: ctx.world.users[0]?.RealName ?? '',
          VpcId: c.VpcId,
          EcsIds: w.nodes.map((n) => n.InstanceId),
          Vswitchs: c.VswitchIds,
        },
        InstanceInfo: {
          AllocatePodCount: w.pods,
          AppCount: apps.size,
          // The example's undocumented camelCase items, misspelt "cupRequest" included.
          AllocatedPodInfoList: envs.map((e) => ({ appId: e.AppId, appName: ctx.world.apps.find((a) => a.AppId === e.AppId)?.Title ?? '', envId: e.EnvId, envName: e.EnvName, podCount: e.instances.length, cpuRequest: String(e.instances.length), cupRequest: String(e.instances.length), memRequest: `${e.instances.length * 2}Gi` })),
          AvailablePodInfoList: [{ availablePodCount: available, cupRequest: '1', memRequest: '2Gi' }],
        },
        NetInfo: { NetPlugType: c.NetPlug, ProdCIDR: c.PodCIDR, ServiceCIDR: c.ServiceCIDR },
        WorkLoad: {
          AllNodeCount: w.nodes.length,
          AllocateAllPodCount: w.pods,
          AllocateAppPodCount: w.pods,
          CpuCapacityTotal: String(w.cpu),
          CpuLevel: String(round2(w.cpuLevel)),
          CpuRequest: String(w.pods),
          CpuRequestPercent: pct(w.cpuLevel),
          CpuTotal: String(w.cpu),
          CpuUse: String(round2(w.pods * 0.35)),
          CpuUsePercent: pct(w.cpu ? (w.pods * 0.35) / w.cpu : 0),
          MemCapacityTotal: `${w.mem}Gi`,
          MemLevel: String(round2(w.memLevel)),
          MemRequest: `${w.pods * 2}Gi`,
          MemRequestPercent: pct(w.memLevel),
          MemTotal: `${w.mem}Gi`,
          MemUse: `${round2(w.pods * 1.2)}Gi`,
          MemUsePercent: pct(w.mem ? (w.pods * 1.2) / w.mem : 0),
        },
        NodeWorkLoadList: w.nodes.map((n) => n.InstanceId),
      },
    };
  },
  CreateCluster(ctx, p) {
    const vpc = must(ctx.world.vpcs.find((v) => v.VpcId === p.VpcId), `VPC(${p.VpcId})`);
    for (const vsw of p.Vswitchids) check(vpc.vswitches.includes(vsw), `交换机${vsw}不在VPC ${vpc.VpcId}中`);
    check(p.KeyPair || p.Password, 'KeyPair和Password必须指定一个');
    const needsCidr = p.ClusterType === 'Windows' || p.ClusterType === 'Standard';
    if (needsCidr) check(p.PodCIDR && p.ServiceCIDR, `${p.ClusterType}集群必须指定PodCIDR和ServiceCIDR`);
    const vpcRange = cidrRange(vpc.cidr)!;
    if (p.PodCIDR) {
      const pod = cidrRange(p.PodCIDR);
      check(pod, `PodCIDR ${p.PodCIDR}不是合法的网段`);
      check(!overlaps(pod, vpcRange), 'POD网段和VPC网段冲突');
      if (p.ServiceCIDR) {
        const svc = cidrRange(p.ServiceCIDR);
        check(svc, `ServiceCIDR ${p.ServiceCIDR}不是合法的网段`);
        check(!overlaps(svc, vpcRange) && !overlaps(svc, pod), 'Service网段和VPC网段或POD网段冲突');
      }
    }
    const cluster: Cluster = {
      Id: ctx.world.seq.ClusterId++,
      InstanceId: clusterInstanceId(ctx.world.rand),
      ClusterTitle: p.ClusterTitle,
      BusinessCode: p.BusinessCode,
      envType: p.ClusterEnvType,
      ClusterType: p.ClusterType,
      KeyPair: p.KeyPair ?? '',
      Password: p.Password ?? '',
      NetPlug: p.NetPlug ?? 'terway',
      PodCIDR: p.PodCIDR ?? '',
      ServiceCIDR: p.ServiceCIDR ?? '',
      RegionId: p.RegionId,
      RegionName: p.RegionName ?? p.RegionId,
      VpcId: vpc.VpcId,
      VswitchIds: p.Vswitchids,
      createdAt: ctx.now,
      readyAt: ctx.now + CLUSTER_CREATE_MS,
    };
    ctx.world.clusters.push(cluster);
    return { Result: { ClusterInstanceId: cluster.InstanceId } };
  },
  DeleteCluster(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterInstanceId);
    const allocs = ctx.world.allocs.filter((a) => a.ClusterId === cluster.InstanceId);
    if (allocs.length) throw new BusinessError(400, `删除集群失败: 集群已分配给${allocs.length}个应用环境`);
    for (const node of nodesOf(ctx.world, cluster)) node.clusterId = undefined;
    ctx.world.labels = ctx.world.labels.filter((l) => l.ClusterId !== cluster.InstanceId);
    ctx.world.bindings = ctx.world.bindings.filter((b) => b.ClusterId !== cluster.InstanceId);
    ctx.world.pvs = ctx.world.pvs.filter((v) => v.ClusterInstanceId !== cluster.InstanceId);
    ctx.world.clusters = ctx.world.clusters.filter((c) => c !== cluster);
    return { Result: { Nonsense: 0 } };
  },
  AddClusterNode(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterInstanceId);
    check(clusterStatus(cluster, ctx.now) === 'running', `添加异常: 集群${cluster.InstanceId}尚未创建完成`);
    const nodes = p.EcsInstanceIdList.map((id) => {
      const ecs = ctx.world.ecs.find((e) => e.InstanceId === id);
      if (!ecs) throw notFound(`添加异常: ECS实例(${id})`);
      if (ecs.clusterId !== undefined) throw conflict(`添加异常: ECS实例${id}已在集群${ecs.clusterId}中`);
      check(ecs.VpcId === cluster.VpcId, `添加异常: ECS实例${id}不在集群的VPC ${cluster.VpcId}中`);
      return ecs;
    });
    for (const node of nodes) {
      node.clusterId = cluster.InstanceId;
      node.BusinessCode = cluster.BusinessCode;
    }
    return { Result: { Nonsense: 0 } };
  },
  RemoveClusterNode(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterInstanceId);
    const nodes = p.EcsInstanceIdList.map((id) => {
      const ecs = ctx.world.ecs.find((e) => e.InstanceId === id && e.clusterId === cluster.InstanceId);
      check(ecs, `节点不在集群中: ${id}`);
      return ecs;
    });
    for (const node of nodes) {
      node.clusterId = undefined;
      ctx.world.bindings = ctx.world.bindings.filter((b) => b.InstanceId !== node.InstanceId);
    }
    return { Result: { Nonsense: 0 } };
  },
};
