import { conflict, invalidParameter, limitExceeded, notFound, wrongState } from '../errors';
import { clusterStatus, DURATIONS } from '../store/clock';
import { newNode, newTask } from '../store/factories';
import { newId } from '../store/ids';
import type { Cluster, ScalingGroup } from '../store/types';
import { findCluster, page, type HandlerMap } from './context';
import { NODES_PER_CLUSTER } from './purchase';

/** Scale-down settings and their documented defaults (minutes, percent). */
const SCALE_DOWN_DEFAULTS = { maxEmptyBulkDelete: 10, scaleDownDelay: 10, scaleDownUnneededTime: 10, scaleDownUnreadyTime: 20, unregisteredNodeRemovalTime: 15 };

function findGroup(c: Cluster, id: string): ScalingGroup {
  const g = c.scalingGroups.get(id);
  if (!g) throw notFound('伸缩组', id, 'AutoScalingGroupNotFound');
  return g;
}

const members = (c: Cluster, g: ScalingGroup) => [...c.nodes.values()].filter((n) => n.autoScalingGroupId === g.autoScalingGroupId && n.removeAt === undefined);

/** Brings the group's node count inside [minSize, maxSize]: added nodes join later, removed ones leave later. */
function fitRange(ctx: { world: Parameters<typeof newNode>[0]; now: number }, c: Cluster, g: ScalingGroup) {
  const current = members(c, g);
  const want = Math.min(Math.max(current.length, g.minSize), g.maxSize);
  if (want > current.length) {
    const live = [...c.nodes.values()].filter((n) => n.removeAt === undefined).length;
    if (live + want - current.length > NODES_PER_CLUSTER) throw limitExceeded('NodeQuotaExceeded', `集群节点数超过配额：每个集群最多 ${NODES_PER_CLUSTER} 个节点`);
    for (let i = current.length; i < want; i++) {
      const n = newNode(ctx.world, c, { cpu: 2, mem: 4, instanceType: 'S3.MEDIUM4', now: ctx.now, readyAt: ctx.now + DURATIONS.nodeAdd });
      n.autoScalingGroupId = g.autoScalingGroupId;
      n.instanceName = `${g.autoScalingGroupName}-node`;
      n.labels = { ...n.labels, ...g.label };
      c.nodes.set(n.instanceId, n);
    }
    c.scalingUntil = ctx.now + DURATIONS.nodeAdd;
  } else if (want < current.length) {
    for (const n of current.slice(want)) n.removeAt = ctx.now + DURATIONS.nodeRemove;
    c.scalingUntil = ctx.now + DURATIONS.nodeRemove;
  }
  g.desiredCapacity = want;
}

function settle(g: ScalingGroup, now: number, through: ScalingGroup['status'], to: 'enabled' | 'disabled') {
  g.status = through;
  g.settleTo = to;
  g.settleAt = now + DURATIONS.asgSettle;
}

export const asgHandlers: HandlerMap = {
  CreateClusterAsg: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    if (!['Running', 'Scaling'].includes(clusterStatus(c, ctx.now))) throw wrongState('ClusterStateError', `集群状态为 ${clusterStatus(c, ctx.now)}，无法创建伸缩组`);
    if (!c.nodes.has(p.instanceId)) throw notFound('节点', p.instanceId, 'InstanceNotFound');
    if (p.minSize < 0 || p.maxSize < p.minSize) throw invalidParameter('maxSize', '须满足 0 <= minSize <= maxSize');
    if (p.maxSize > NODES_PER_CLUSTER) throw invalidParameter('maxSize', `最大 ${NODES_PER_CLUSTER}`);
    if (p.password && p.keyId) throw invalidParameter('password', 'password 与 keyId 不能同时指定');
    const groups = [...ctx.world.clusters.values()].flatMap((x) => [...x.scalingGroups.values()]);
    if (p.autoScalingGroupName && groups.some((g) => g.autoScalingGroupName === p.autoScalingGroupName)) throw conflict('AutoScalingGroupNameExists', `伸缩组名称已存在：${p.autoScalingGroupName}`);
    if (p.launchConfigurationName && groups.some((g) => g.launchConfigurationName === p.launchConfigurationName)) throw conflict('LaunchConfigurationNameExists', `启动配置名称已存在：${p.launchConfigurationName}`);
    const seq = Math.floor(ctx.world.rand() * 2e9);
    const g: ScalingGroup = {
      autoScalingGroupId: newId(ctx.world, 'asg'),
      autoScalingGroupName: p.autoScalingGroupName ?? `${c.clusterId}-g${seq}`,
      launchConfigurationId: newId(ctx.world, 'asc'),
      launchConfigurationName: p.launchConfigurationName ?? `${c.clusterId}-c${seq + 1}`,
      status: 'enabling',
      minSize: p.minSize,
      maxSize: p.maxSize,
      desiredCapacity: p.minSize,
      label: p.label ?? {},
      settleAt: ctx.now + DURATIONS.asgSettle,
      settleTo: 'enabled',
    };
    c.scalingGroups.set(g.autoScalingGroupId, g);
    fitRange(ctx, c, g);
    return { requestId: newTask(ctx.world, ctx.now + DURATIONS.nodeAdd) };
  },

  enableClusterAsg: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const groups = ctx.params.autoScalingGroupIds.map((id) => findGroup(c, id));
    for (const g of groups) if (g.status !== 'enabled' && g.status !== 'enabling') settle(g, ctx.now, 'enabling', 'enabled');
    return {};
  },

  DisableClusterAsg: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const groups = ctx.params.autoScalingGroupIds.map((id) => findGroup(c, id));
    for (const g of groups) if (g.status !== 'disabled' && g.status !== 'disabling') settle(g, ctx.now, 'disabling', 'disabled');
    return {};
  },

  /** clusterId is optional here: all clusters of the region when omitted. */
  DescribeClusterAsg: (ctx) => {
    const p = ctx.params;
    const clusters = p.clusterId ? [findCluster(ctx, p.clusterId)] : [...ctx.world.clusters.values()].filter((c) => c.region === ctx.region);
    const rows = clusters.flatMap((c) => [...c.scalingGroups.values()].map((g) => ({ c, g })));
    const filtered = rows.filter(({ g }) => (!p.autoScalingGroupId || g.autoScalingGroupId === p.autoScalingGroupId) && (!p.status || g.status === p.status));
    return {
      totalCount: filtered.length,
      asgInfo: page(filtered, p.offset, p.limit).map(({ c, g }) => ({
        autoScalingGroupId: g.autoScalingGroupId,
        autoScalingGroupName: g.autoScalingGroupName,
        clusterId: c.clusterId,
        status: g.status,
        scaleDownEnabled: (c.scaleDown.scaleDownEnabled ?? 0) !== 0,
        label: Object.entries(g.label).map(([key, value]) => ({ key, value })),
        minSize: g.minSize,
        maxSize: g.maxSize,
        instanceNum: members(c, g).length,
        desiredCapacity: g.desiredCapacity,
        launchConfigurationId: g.launchConfigurationId,
        launchConfigurationName: g.launchConfigurationName,
      })),
    };
  },

  /** Cluster-wide: applies to every scaling group of the cluster. */
  ModifyClusterAsgScaleDown: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    if (!c.scalingGroups.size) throw wrongState('NoAutoScalingGroup', '集群没有伸缩组');
    for (const k of ['maxTotalUnreadyPercentage', 'scaleDownUtilizationThreshold'] as const) {
      const v = p[k];
      if (v !== undefined && (v < 0 || v > 100)) throw invalidParameter(k, '须在 0 到 100 之间');
    }
    const { clusterId: _c, expander, ...numbers } = p;
    c.scaleDown = { ...SCALE_DOWN_DEFAULTS, ...c.scaleDown, ...Object.fromEntries(Object.entries(numbers).filter(([, v]) => v !== undefined)) } as Record<string, number>;
    if (expander) c.scaleDown.expander = ['random', 'most-pods', 'least-waste'].indexOf(expander);
    return { requestId: newTask(ctx.world, ctx.now + DURATIONS.asgSettle) };
  },

  /** Range change (labels given here replace the old ones), then the node count follows. */
  ModifyClusterAsgRange: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    const g = findGroup(c, p.autoScalingGroupId);
    const min = p.minSize ?? g.minSize;
    const max = p.maxSize ?? g.maxSize;
    if (min < 0 || max < min) throw invalidParameter('maxSize', '须满足 0 <= minSize <= maxSize');
    if (max > NODES_PER_CLUSTER) throw invalidParameter('maxSize', `最大 ${NODES_PER_CLUSTER}`);
    Object.assign(g, { minSize: min, maxSize: max });
    if (p.label) g.label = p.label;
    fitRange(ctx, c, g);
    const back = g.status === 'disabled' ? 'disabled' : 'enabled';
    settle(g, ctx.now, 'updating', back);
    return { requestId: newTask(ctx.world, ctx.now + DURATIONS.asgSettle) };
  },

  ModifyClusterAsgLabel: (ctx) => {
    const g = findGroup(findCluster(ctx, ctx.params.clusterId), ctx.params.autoScalingGroupId);
    g.label = { ...g.label, ...(ctx.params.label ?? {}) };
    return null;
  },

  ResetClusterAsgLabel: (ctx) => {
    const g = findGroup(findCluster(ctx, ctx.params.clusterId), ctx.params.autoScalingGroupId);
    g.label = { ...(ctx.params.label ?? {}) };
    return null;
  },

  DeleteClusterAsgLabel: (ctx) => {
    const g = findGroup(findCluster(ctx, ctx.params.clusterId), ctx.params.autoScalingGroupId);
    for (const k of ctx.params.labelKeys) if (!(k in g.label)) throw notFound('标签', k, 'LabelNotFound');
    for (const k of ctx.params.labelKeys) delete g.label[k];
    return null;
  },

  /** Deleting a group also destroys its nodes. */
  DeleteClusterAsg: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const groups = ctx.params.autoScalingGroupIds.map((id) => findGroup(c, id));
    for (const g of groups) {
      for (const n of members(c, g)) n.removeAt = ctx.now + DURATIONS.nodeRemove;
      c.scalingGroups.delete(g.autoScalingGroupId);
    }
    return {};
  },
};
