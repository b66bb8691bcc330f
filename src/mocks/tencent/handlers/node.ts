import { invalidParameter, limitExceeded, notFound, wrongState } from '../errors';
import { clusterStatus, DURATIONS, nodeIsNormal } from '../store/clock';
import { newNode, newTask } from '../store/factories';
import { REGIONS, zoneOf } from '../store/regions';
import { formatTime } from '../store/time';
import type { Cluster, ClusterNode } from '../store/types';
import { findCluster, page, type HandlerMap } from './context';
import { checkNodePurchase, NODES_PER_CALL, NODES_PER_CLUSTER, soldOut } from './purchase';

const liveNodes = (c: Cluster) => [...c.nodes.values()].filter((n) => n.removeAt === undefined);

function requireRunning(c: Cluster, now: number) {
  const status = clusterStatus(c, now);
  if (status !== 'Running' && status !== 'Scaling') throw wrongState('ClusterStateError', `集群状态为 ${status}，只有 Running 状态的集群可以添加节点`);
}

function checkNodeQuota(c: Cluster, adding: number) {
  if (adding > NODES_PER_CALL) throw limitExceeded('NodeQuotaExceeded', `单次最多添加 ${NODES_PER_CALL} 个节点`);
  if (liveNodes(c).length + adding > NODES_PER_CLUSTER) throw limitExceeded('NodeQuotaExceeded', `集群节点数超过配额：每个集群最多 ${NODES_PER_CLUSTER} 个节点`);
}

function findNode(c: Cluster, id: string): ClusterNode {
  const n = c.nodes.get(id);
  if (!n || n.removeAt !== undefined) throw notFound('节点', id, 'InstanceNotFound');
  return n;
}

function describeNode(n: ClusterNode, now: number) {
  return {
    instanceId: n.instanceId,
    projectId: n.projectId,
    instanceName: n.instanceName,
    instanceType: n.instanceType,
    kernelVersion: n.kernelVersion,
    podCidr: n.podCidr,
    cpu: n.cpu,
    mem: n.mem,
    gpu: n.gpu,
    wanIp: n.wanIp,
    lanIp: n.lanIp,
    osImage: n.osImage,
    isNormal: nodeIsNormal(n, now) ? 1 : 0,
    // 2 = running in the CVM status list; a node still being bought is 1 (pending).
    cvmState: now >= n.readyAt ? 2 : 1,
    cvmPayMode: n.cvmPayMode,
    networkPayMode: n.networkPayMode,
    createdAt: formatTime(n.createdAt),
    instanceCreateTime: formatTime(n.createdAt - 90_000),
    instanceDeadlineTime: n.cvmPayMode === 1 ? formatTime(n.createdAt + 30 * 86_400_000) : '0000-00-00 00:00:00',
    zoneId: n.zoneId,
    zone: n.zone,
    abnormalReason: now < n.readyAt ? '' : n.abnormalReason,
    labels: n.labels,
    autoScalingGroupId: n.autoScalingGroupId,
    unschedulable: n.unschedulable,
    drainStatus: n.drainStatus,
  };
}

export const nodeHandlers: HandlerMap = {
  AddClusterInstances: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    requireRunning(c, ctx.now);
    checkNodePurchase(p);
    checkNodeQuota(c, p.goodsNum);
    const zone = zoneOf(ctx.region, p.zoneId);
    if (!zone) throw invalidParameter('zoneId', `不是地域 ${ctx.region} 的可用区：${p.zoneId}`);
    if (p.osName !== c.os && !p.osName.startsWith(c.os)) throw invalidParameter('osName', `须与集群的操作系统一致：${c.os}`);
    const readyAt = ctx.now + DURATIONS.nodeAdd;
    const fails = soldOut(p.instanceType, zone.zone);
    const ids: string[] = [];
    for (let i = 0; i < p.goodsNum; i++) {
      const n = newNode(ctx.world, c, { cpu: p.cpu, mem: p.mem, instanceType: p.instanceType, zoneIndex: REGIONS[ctx.region].zones.findIndex((z) => z.zoneId === zone.zoneId), now: ctx.now, readyAt, cvmPayMode: p.cvmType === 'PayByMonth' ? 1 : 2, unschedulable: p.unschedulable !== 0 });
      if (fails) n.failsAt = readyAt;
      c.nodes.set(n.instanceId, n);
      ids.push(n.instanceId);
    }
    c.scalingUntil = readyAt;
    c.updatedAt = ctx.now;
    return { instanceIds: ids, requestId: newTask(ctx.world, readyAt, fails ? 'fail' : 'succ') };
  },

  AddClusterInstancesFromExistedCvm: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    requireRunning(c, ctx.now);
    if (p.password && p.keyId) throw invalidParameter('password', 'password 与 keyId 不能同时指定');
    checkNodeQuota(c, p.instanceIds.length);
    const readyAt = ctx.now + DURATIONS.nodeAdd;
    const succ: string[] = [];
    const fail: Array<{ instanceId: string; message: string }> = [];
    for (const id of p.instanceIds) {
      const cvm = ctx.world.cvms.find((v) => v.instanceId === id && v.region === ctx.region);
      if (!cvm) fail.push({ instanceId: id, message: '实例不存在' });
      else if (cvm.inCluster) fail.push({ instanceId: id, message: 'already in Cluster' });
      else {
        cvm.inCluster = c.clusterId;
        const n = newNode(ctx.world, c, { cpu: 2, mem: 4, instanceType: 'S3.MEDIUM4', now: ctx.now, readyAt, instanceId: cvm.instanceId, lanIp: cvm.lanIp, wanIp: cvm.wanIp, unschedulable: (p.unschedulable ?? 0) !== 0 });
        c.nodes.set(n.instanceId, n);
        succ.push(id);
      }
    }
    if (succ.length) c.scalingUntil = readyAt;
    // The example's key is "succlInstanceIds" (an OCR of succInstanceIds); both are sent.
    return { succInstanceIds: succ, succlInstanceIds: succ, failInstanceIds: fail.length ? fail : null };
  },

  DescribeExistedCvmForAddClusterInstances: (ctx) => {
    const p = ctx.params;
    findCluster(ctx, p.clusterId);
    // Every CVM of the region: free ones, and cluster nodes (unusable, "already in Cluster").
    const nodes = [...ctx.world.clusters.values()]
      .filter((x) => x.region === ctx.region)
      .flatMap((x) => [...x.nodes.values()].filter((n) => n.removeAt === undefined && !ctx.world.cvms.some((v) => v.instanceId === n.instanceId)).map((n) => ({ instanceId: n.instanceId, instanceName: n.instanceName, region: x.region, lanIp: n.lanIp, wanIp: n.wanIp, createdAt: n.createdAt, inCluster: x.clusterId })));
    let rows = [...ctx.world.cvms.filter((v) => v.region === ctx.region), ...nodes];
    if (p.instanceName) rows = rows.filter((v) => v.instanceName.includes(p.instanceName!));
    if (p.ip) rows = rows.filter((v) => v.lanIp === p.ip || v.wanIp === p.ip);
    if (p.instanceIds?.length) rows = rows.filter((v) => p.instanceIds!.includes(v.instanceId));
    return {
      totalCount: rows.length,
      deviceList: rows.map((v) => ({ instanceName: v.instanceName, lanIp: v.lanIp, wanIp: v.wanIp, instanceId: v.instanceId, instanceCreateTime: formatTime(v.createdAt), usable: !v.inCluster, unusableReason: v.inCluster ? 'already in Cluster' : '' })),
    };
  },

  DescribeClusterInstances: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    let rows = liveNodes(c);
    if (p.instancesId?.length) rows = rows.filter((n) => p.instancesId!.includes(n.instanceId));
    return { totalCount: rows.length, nodes: page(rows, p.offset, p.limit).map((n) => describeNode(n, ctx.now)) };
  },

  ModifyClusterNodeLabel: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const n = findNode(c, ctx.params.instanceId);
    for (const { key, value } of ctx.params.labels) {
      if (!/^([a-z0-9.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(key)) throw invalidParameter('labels.key', `不是合法的标签名：${key}`);
      n.labels[key] = value ?? '';
    }
    return null;
  },

  DrainClusterNode: (ctx) => {
    const c = findCluster(ctx, ctx.params.ClusterId);
    const n = findNode(c, ctx.params.InstanceId);
    const pods = [...c.services.values()].flatMap((s) => s.pods.filter((pod) => pod.nodeIp === n.lanIp).map((pod) => ({ Name: pod.name, Namespace: s.namespace, NodeIp: n.lanIp })));
    // DryRun defaults to 1: only list the pods that would be evicted.
    if ((ctx.params.DryRun ?? 1) === 0) {
      n.unschedulable = true;
      n.drainStatus = 'Drained';
      for (const s of c.services.values()) {
        const others = liveNodes(c).filter((x) => x !== n && !x.unschedulable);
        for (const pod of s.pods) if (pod.nodeIp === n.lanIp && others.length) pod.nodeIp = others[pod.name.length % others.length].lanIp;
      }
    }
    return { Pods: pods };
  },

  ModifyClusterNodeSchedulable: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const nodes = ctx.params.instanceIds.map((id) => findNode(c, id));
    for (const n of nodes) {
      n.unschedulable = (ctx.params.unschedulable ?? 0) !== 0;
      if (!n.unschedulable) n.drainStatus = '';
    }
    return null;
  },

  DeleteClusterInstances: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const status = clusterStatus(c, ctx.now);
    if (!['Running', 'Isolated', 'Abnormal', 'Scaling'].includes(status)) throw wrongState('ClusterStateError', `集群状态为 ${status}，只有 Running、Isolated、Abnormal 状态的集群可以删除节点`);
    const nodes = ctx.params.instanceIds.map((id) => findNode(c, id));
    const removeAt = ctx.now + DURATIONS.nodeRemove;
    for (const n of nodes) {
      n.removeAt = removeAt;
      // RemoveOnly keeps the CVM (it can be added back); Return destroys it.
      const mode = ctx.params.nodeDeleteMode ?? (n.cvmPayMode === 1 ? 'RemoveOnly' : 'Return');
      if (mode === 'Return') ctx.world.cvms = ctx.world.cvms.filter((v) => v.instanceId !== n.instanceId);
      else if (!ctx.world.cvms.some((v) => v.instanceId === n.instanceId))
        ctx.world.cvms.push({ instanceId: n.instanceId, instanceName: n.instanceName, region: c.region, lanIp: n.lanIp, wanIp: n.wanIp, createdAt: n.createdAt, inCluster: c.clusterId });
    }
    c.scalingUntil = removeAt;
    return { requestId: newTask(ctx.world, removeAt) };
  },
};
