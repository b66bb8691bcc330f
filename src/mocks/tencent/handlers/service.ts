import { conflict, invalidParameter, notFound, wrongState } from '../errors';
import { clusterStatus, DURATIONS, serviceStatus } from '../store/clock';
import { newService, reconcilePods } from '../store/factories';
import { ip, newId } from '../store/ids';
import type { Cluster, Service } from '../store/types';
import { formatTime } from '../store/time';
import { findCluster, type HandlerContext, type HandlerMap } from './context';
import { cloneSpec, rollOut } from './service-state';
import { specFromParams } from './service-spec';
import { serviceDetail, serviceRow, serviceYaml, sysLabels } from './service-view';

const HOUR = 3_600_000;

export function findService(c: Cluster, namespace: string, name: string): Service {
  const s = c.services.get(`${namespace}/${name}`);
  if (!s) throw notFound('服务', `${namespace}/${name}`, 'ServiceNotFound');
  return s;
}

function runningCluster(ctx: HandlerContext, clusterId: string): Cluster {
  const c = findCluster(ctx, clusterId);
  const status = clusterStatus(c, ctx.now);
  if (status !== 'Running' && status !== 'Scaling') throw wrongState('ClusterStateError', `集群状态为 ${status}，无法操作服务`);
  return c;
}

/** Looks up the service named by the usual (clusterId, namespace, serviceName) parameters. */
function target(ctx: HandlerContext & { params: { clusterId: string; serviceName: string; namespace: string } }) {
  const c = findCluster(ctx, ctx.params.clusterId);
  return { c, s: findService(c, ctx.params.namespace, ctx.params.serviceName) };
}

export const serviceHandlers: HandlerMap = {
  CreateClusterService: (ctx) => {
    const p = ctx.params;
    const c = runningCluster(ctx, p.clusterId);
    if (c.services.has(`${p.namespace}/${p.serviceName}`)) throw conflict('ServiceAlreadyExists', `服务已存在：${p.namespace}/${p.serviceName}`);
    const spec = specFromParams(c, p, 'RollingUpdate', 0);
    const s = newService(ctx.world, c, { name: p.serviceName, namespace: p.namespace, description: p.serviceDesc ?? '', spec, now: ctx.now, settleAt: ctx.now + DURATIONS.serviceCreate });
    c.services.set(`${p.namespace}/${p.serviceName}`, s);
    return null;
  },

  DescribeClusterService: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const all = ctx.params.allnamespace === 1;
    const rows = [...c.services.values()].filter((s) => all || s.namespace === ctx.params.namespace);
    return { totalCount: rows.length, services: rows.map((s) => serviceRow(s, ctx.now)) };
  },

  DescribeClusterServiceInfo: (ctx) => {
    const { c, s } = target(ctx);
    return { service: serviceDetail(c, s, ctx.now) };
  },

  /** Events of the last hour; identical events are merged (firstSeen, lastSeen, count). */
  DescribeServiceEvent: (ctx) => {
    const { s } = target(ctx);
    const recent = s.events.filter((e) => ctx.now - e.lastSeen <= HOUR);
    return { eventList: recent.map((e) => ({ ...e, firstSeen: formatTime(e.firstSeen), lastSeen: formatTime(e.lastSeen) })).reverse() };
  },

  DescribeClusterServiceText: (ctx) => {
    const { c, s } = target(ctx);
    const pure = serviceYaml(c, s, ctx.now, false);
    return { serviceText: ctx.params.bSimple === 1 ? pure : serviceYaml(c, s, ctx.now, true), servicePureText: pure };
  },

  /** Full replacement of the definition; the old one stays for one rollback. */
  ModifyClusterService: (ctx) => {
    const p = ctx.params;
    const c = runningCluster(ctx, p.clusterId);
    const s = findService(c, p.namespace, p.serviceName);
    const next = specFromParams(c, p, p.strategy, p.minReadySeconds ?? 0);
    if (p.serviceDesc !== undefined) s.description = p.serviceDesc;
    if (next.accessType !== s.spec.accessType) {
      const lb = next.accessType === 'LoadBalancer' || next.accessType === 'SvcLBTypeInner';
      s.lbId = lb ? s.lbId || newId(ctx.world, 'lb') : '';
      s.externalIp = next.accessType === 'LoadBalancer' ? ip(ctx.world, '193.112') : next.accessType === 'SvcLBTypeInner' ? ip(ctx.world, '10.0') : '';
    }
    rollOut(ctx.world, c, s, next, ctx.now);
    return null;
  },

  ModifyServiceDescription: (ctx) => {
    const { s } = target(ctx);
    s.description = ctx.params.description ?? '';
    return null;
  },

  /** Exactly one of image (single-container services) or containers.n (by container name). */
  ModifyClusterServiceImage: (ctx) => {
    const p = ctx.params;
    const { c, s } = target(ctx);
    if ((p.image === undefined) === (p.containers === undefined)) throw invalidParameter('image', 'image 与 containers 须且只能指定一个');
    const next = cloneSpec(s.spec);
    if (p.image !== undefined) {
      if (next.containers.length !== 1) throw invalidParameter('containers', '多容器服务须通过 containers.n 指定容器');
      next.containers[0].image = p.image;
    } else
      for (const [i, k] of p.containers!.entries()) {
        const target = next.containers.find((x) => x.containerName === k.containerName);
        if (!target) throw invalidParameter(`containers.${i}.containerName`, `容器不存在：${k.containerName}`);
        target.image = k.image;
      }
    rollOut(ctx.world, c, s, next, ctx.now);
    return null;
  },

  /** System labels (qcloud-app, qcloud-application-label) are fixed; the rest replace the user labels. */
  ModifyServiceLabels: (ctx) => {
    const { s } = target(ctx);
    const sys = sysLabels(s) as Record<string, string>;
    const given: Record<string, string> = { ...(ctx.params.labels ?? {}) };
    const user: Record<string, string> = {};
    for (const [k, v] of Object.entries(given)) {
      if (k in sys) {
        if (sys[k] !== v) throw invalidParameter(`labels.${k}`, '系统标签不能修改');
        continue;
      }
      if (!/^([a-z0-9.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(k)) throw invalidParameter('labels', `不是合法的标签名：${k}`);
      user[k] = v;
    }
    s.userLabels = user;
    return { labels: { ...sys, ...user }, sysLabels: sys, userLabels: user };
  },

  /** Back to exactly the previous definition; only one step is kept. */
  RollBackClusterService: (ctx) => {
    const { c, s } = target(ctx);
    if (!s.previous) throw wrongState('NoPreviousVersion', '服务没有可回滚的上一个版本');
    const previous = s.previous;
    rollOut(ctx.world, c, s, previous, ctx.now, 'RollingBack');
    s.previous = undefined;
    return null;
  },

  /** Recreates every pod with the current definition (e.g. after a tag was pushed again). */
  RedeployClusterService: (ctx) => {
    const { c, s } = target(ctx);
    if (s.paused) throw wrongState('ServicePaused', '服务已暂停更新，请先恢复');
    s.pods = [];
    reconcilePods(ctx.world, c, s, ctx.now);
    s.transition = 'Updating';
    s.settleAt = ctx.now + DURATIONS.serviceUpdate;
    return null;
  },

  PauseClusterService: (ctx) => {
    const { s } = target(ctx);
    if (s.paused) throw wrongState('ServiceAlreadyPaused', '服务已处于暂停状态');
    s.paused = true;
    return null;
  },

  /** A paused rollout continues from now. */
  ResumeClusterService: (ctx) => {
    const { s } = target(ctx);
    if (!s.paused) throw wrongState('ServiceNotPaused', `服务未暂停：${serviceStatus(s, ctx.now)}`);
    s.paused = false;
    if (s.transition) s.settleAt = ctx.now + DURATIONS.serviceUpdate;
    return null;
  },

  DeleteClusterService: (ctx) => {
    const { c, s } = target(ctx);
    c.services.delete(`${s.namespace}/${s.serviceName}`);
    return null;
  },
};
