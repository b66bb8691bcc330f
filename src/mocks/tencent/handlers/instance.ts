import { hashString, seededRandom } from '../../core/random';
import { invalidParameter, notFound, wrongState } from '../errors';
import { DURATIONS } from '../store/clock';
import { newPod, reconcilePods } from '../store/factories';
import { formatTime, parseTime } from '../store/time';
import type { Pod, Service } from '../store/types';
import { findCluster, page, type HandlerMap } from './context';
import { findService } from './service';

/** A container writes one log line every LOG_INTERVAL_MS from its start: logs keep growing. */
const LOG_INTERVAL_MS = 5_000;
const DEFAULT_TAIL = 100;
const MAX_TAIL = 5_000;

const PATHS = ['/', '/healthz', '/api/v1/items', '/api/v1/orders', '/static/app.js', '/login'];
const CODES = [200, 200, 200, 200, 304, 404, 500];

function logLine(pod: Pod, container: string, i: number): string {
  const rand = seededRandom(hashString(`${pod.name}/${container}/${i}`));
  const at = new Date(pod.createdAt + (i + 1) * LOG_INTERVAL_MS).toISOString();
  if (i === 0) return `${at} [notice] ${container}: start worker processes`;
  const code = CODES[Math.floor(rand() * CODES.length)];
  const level = code >= 500 ? 'error' : 'info';
  return `${at} [${level}] 172.16.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)} "GET ${PATHS[Math.floor(rand() * PATHS.length)]} HTTP/1.1" ${code} ${Math.floor(rand() * 9000) + 100} ${(rand() * 0.3).toFixed(3)}s`;
}

/** The last `tail` lines written since `since` (ms) up to now. */
function containerLog(pod: Pod, container: string, now: number, since: number | undefined, tail: number): string {
  const written = Math.max(0, Math.floor((now - pod.createdAt) / LOG_INTERVAL_MS));
  const firstSince = since === undefined ? 0 : Math.max(0, Math.ceil((since - pod.createdAt) / LOG_INTERVAL_MS) - 1);
  const from = Math.max(firstSince, written - tail);
  const lines: string[] = [];
  for (let i = from; i < written; i++) lines.push(logLine(pod, container, i));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function podStatus(s: Service, pod: Pod, now: number) {
  const starting = now - pod.createdAt < DURATIONS.serviceUpdate && !!s.transition;
  return starting ? { status: 'Waiting', reason: 'ContainerCreating' } : { status: 'Running', reason: '' };
}

export const instanceHandlers: HandlerMap = {
  DescribeServiceInstance: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    const s = findService(c, p.namespace, p.serviceName);
    return {
      totalCount: s.pods.length,
      instances: page(s.pods, p.offset, p.limit).map((pod) => {
        const st = podStatus(s, pod, ctx.now);
        return {
          name: pod.name,
          status: st.status,
          reason: st.reason,
          ip: pod.ip,
          restartCount: pod.restartCount,
          readyCount: st.status === 'Running' ? s.spec.containers.length : 0,
          nodeName: pod.nodeIp,
          nodeIp: pod.nodeIp,
          createdAt: formatTime(pod.createdAt),
          containers: s.spec.containers.map((k, i) => ({ name: k.containerName, containerId: pod.containerIds[i] ?? '', status: st.status, reason: st.reason, image: k.image })),
        };
      }),
    };
  },

  /** desiredReplicas changes at once; pods converge while the service is Updating. */
  ModifyServiceReplicas: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    const s = findService(c, p.namespace, p.serviceName);
    if (p.scaleTo < 0) throw invalidParameter('scaleTo', '须大于等于 0');
    if (p.scaleTo > 1 && s.spec.volumes.some((v) => v.volumeType === 'cbsDisk')) throw invalidParameter('scaleTo', '使用云硬盘（cbsDisk）的服务实例数只能为 1');
    if (s.paused) throw wrongState('ServicePaused', '服务已暂停更新，请先恢复');
    s.spec.replicas = p.scaleTo;
    reconcilePods(ctx.world, c, s, ctx.now);
    s.transition = 'Updating';
    s.settleAt = ctx.now + DURATIONS.serviceUpdate;
    return null;
  },

  DescribeInstanceLog: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    const s = findService(c, p.namespace, p.serviceName);
    const since = p.sinceTime ? parseTime(p.sinceTime) : undefined;
    if (since !== undefined && since > ctx.now) throw invalidParameter('sinceTime', '不能晚于当前时间');
    if (p.tail !== undefined && (p.tail < 1 || p.tail > MAX_TAIL)) throw invalidParameter('tail', `须在 1 到 ${MAX_TAIL} 之间`);
    const pods = p.podName ? s.pods.filter((x) => x.name === p.podName) : s.pods;
    if (p.podName && !pods.length) throw notFound('实例', p.podName, 'InstanceNotFound');
    const containers = p.containerName ? s.spec.containers.filter((k) => k.containerName === p.containerName) : s.spec.containers;
    if (p.containerName && !containers.length) throw notFound('容器', p.containerName, 'ContainerNotFound');
    return {
      podLog: pods.map((pod) => ({ name: pod.name, containerLog: containers.map((k) => ({ name: k.containerName, log: containerLog(pod, k.containerName, ctx.now, since, p.tail ?? DEFAULT_TAIL) })) })),
    };
  },

  /** Deleted pods are replaced by new ones (the replica count stays); unknown names go to failedMap. */
  DeleteInstances: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    const services = [...c.services.values()].filter((s) => s.namespace === p.namespace);
    const successList: string[] = [];
    const failedMap: Record<string, string> = {};
    for (const name of p.instances) {
      const s = services.find((x) => x.pods.some((pod) => pod.name === name));
      if (!s) {
        failedMap[name] = `pods "${name}" not found`;
        continue;
      }
      s.pods = s.pods.filter((pod) => pod.name !== name);
      s.pods.push(newPod(ctx.world, c, s, ctx.now));
      successList.push(name);
    }
    return { successList, failedMap };
  },
};
