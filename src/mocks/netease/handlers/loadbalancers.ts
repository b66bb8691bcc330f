import type { z } from 'zod';
import type { clusterInput } from '../../../providers/netease/operations/listeners';
import { badRequest, conflict, notFound, quotaExceeded, wrongState } from '../errors';
import { emptyAnswer, jsonAnswer } from '../respond';
import { DURATIONS } from '../store/clock';
import { uuid } from '../store/ids';
import type { AccountWorld, ClusterRec, LoadBalancerRec } from '../store/types';
import { lbCreatedView, lbStatus, lbView, listenerView } from '../store/views';
import { allocateIp, bindIp, unbindIp } from './ips';
import type { OperationHandlers } from './types';

type ClusterInput = z.output<typeof clusterInput>;

function spaceOf(world: AccountWorld, namespace: string) {
  const ns = world.namespaces.find((n) => n.namespace === namespace);
  if (!ns) throw notFound('nlb', `namespace ${namespace}`);
  return ns;
}

function findLb(world: AccountWorld, namespace: string, name: string): LoadBalancerRec {
  spaceOf(world, namespace);
  const lb = world.loadBalancers.find((l) => l.namespace === namespace && l.name === name);
  if (!lb) throw notFound('nlb', `load balancer ${name} in namespace ${namespace}`);
  return lb;
}

/** Listener changes need a WORKING load balancer. */
function working(lb: LoadBalancerRec, now: number): LoadBalancerRec {
  if (lbStatus(lb, now) !== 'WORKING') throw wrongState('nlb', `load balancer ${lb.name} is ${lbStatus(lb, now)}, try again when it is WORKING`);
  return lb;
}

/** Rules: serviceName a service of the same space, certId an uploaded certificate (https), defaults filled. */
function toClusters(world: AccountWorld, lb: LoadBalancerRec, protocol: 'http' | 'https', input: ClusterInput[] = []): ClusterRec[] {
  const ns = spaceOf(world, lb.namespace);
  const seen = new Set<string>();
  return input.map((c, i) => {
    if (!world.services.some((s) => s.namespaceId === ns.id && s.service_name === c.serviceName))
      throw badRequest('nlb', `clusters[${i}].serviceName: service ${c.serviceName} does not exist in namespace ${lb.namespace}`);
    if (protocol === 'https') {
      if (!c.certId) throw badRequest('nlb', `clusters[${i}].certId is required for https listeners`);
      if (!world.certificates.some((x) => x.id === c.certId)) throw notFound('nlb', `certificate ${c.certId}`);
    }
    const serverName = c.serverName || '*';
    const path = c.path || '/';
    if (seen.has(`${serverName}${path}`)) throw conflict('nlb', `clusters[${i}]: serverName ${serverName} with path ${path} is already used by another rule`);
    seen.add(`${serverName}${path}`);
    const policy = c.policy ? { mode: c.policy.mode, expire: c.policy.expire ?? 30, ...(c.policy.cookieName ? { cookieName: c.policy.cookieName } : {}) } : undefined;
    // The document's http example carries a certId; only https rules keep one.
    return { name: `groupName_${uuid(world)}`, serverName, path, serviceName: c.serviceName, servicePort: c.servicePort, ...(protocol === 'https' ? { certId: c.certId } : {}), ...(policy ? { policy } : {}) };
  });
}

export const loadBalancerHandlers: OperationHandlers = {
  createLoadBalancer({ world, now }, p) {
    spaceOf(world, p.namespace);
    if (world.loadBalancers.some((l) => l.namespace === p.namespace && l.name === p.name)) throw conflict('nlb', `load balancer ${p.name} already exists in namespace ${p.namespace}`);
    let ip;
    if (p.address) {
      ip = world.ips.find((i) => i.ip === p.address);
      if (!ip) throw notFound('nlb', `IP ${p.address}`);
      if (ip.type !== 'nlb') throw badRequest('nlb', `IP ${p.address} is a service (nce) IP, a load balancer needs an nlb IP`);
      if (ip.status !== 'available') throw wrongState('nlb', `IP ${p.address} is ${ip.status}, not available`);
    } else {
      ip = allocateIp(world, 'nlb', now);
      if (!ip) throw quotaExceeded('nlb', 'nlb IP quota exceeded, release an IP or pass an available address');
    }
    const lb: LoadBalancerRec = {
      name: p.name,
      namespace: p.namespace,
      description: p.description ?? '',
      ipId: ip.id,
      chargeMode: p.chargeMode ?? 'netflow',
      bandwidthLimit: p.bandwidthLimit ?? 100,
      createdMs: now,
      updatedMs: now,
      readyMs: now + DURATIONS.loadBalancerReadyMs,
      listeners: [],
    };
    bindIp(ip, { id: lb.name, name: lb.name }, now);
    world.loadBalancers.push(lb);
    return jsonAnswer(lbCreatedView(world, lb, now));
  },
  listLoadBalancers({ world, now }, { offset = 0, limit = 50 }) {
    return jsonAnswer(world.loadBalancers.slice(offset, offset + limit).map((lb) => lbView(world, lb, now)));
  },
  getLoadBalancer({ world, now }, { lb_name, namespace }) {
    const lb = findLb(world, namespace, lb_name);
    return jsonAnswer({ ...lbView(world, lb, now), listeners: lb.listeners.map((l) => listenerView(l, true)) });
  },
  updateLoadBalancer({ world, now }, p) {
    const lb = working(findLb(world, p.namespace, p.lb_name), now);
    if (p.chargeMode !== undefined) lb.chargeMode = p.chargeMode;
    if (p.bandwidthLimit !== undefined) lb.bandwidthLimit = p.bandwidthLimit;
    if (p.description !== undefined) lb.description = p.description;
    lb.updatedMs = now;
    return emptyAnswer();
  },
  deleteLoadBalancer({ world, now }, { lb_name, namespace }) {
    const lb = findLb(world, namespace, lb_name);
    world.loadBalancers.splice(world.loadBalancers.indexOf(lb), 1);
    // 6.5: the IP is not released, it becomes available again.
    const ip = world.ips.find((i) => i.id === lb.ipId);
    if (ip) unbindIp(ip, now);
    return emptyAnswer();
  },
  createListener({ world, now }, p) {
    const lb = working(findLb(world, p.namespace, p.lb_name), now);
    if (lb.listeners.some((l) => l.name === p.name)) throw conflict('nlb', `listener ${p.name} already exists`);
    if (lb.listeners.some((l) => l.listenPort === p.listenPort)) throw conflict('nlb', `listenPort ${p.listenPort} is already used by another listener`);
    lb.listeners.push({ name: p.name, listenPort: p.listenPort, protocol: p.protocol, createdMs: now, updatedMs: now, clusters: toClusters(world, lb, p.protocol, p.clusters) });
    lb.updatedMs = now;
    return emptyAnswer();
  },
  listListeners({ world }, { lb_name, namespace }) {
    return jsonAnswer(findLb(world, namespace, lb_name).listeners.map((l) => listenerView(l, false)));
  },
  updateListener({ world, now }, p) {
    const lb = working(findLb(world, p.namespace, p.lb_name), now);
    const listener = lb.listeners.find((l) => l.name === p.listener_name);
    if (!listener) throw notFound('nlb', `listener ${p.listener_name}`);
    // A full replacement: rules left out are removed.
    listener.clusters = toClusters(world, lb, listener.protocol, p.clusters);
    listener.updatedMs = now;
    return emptyAnswer();
  },
  deleteListener({ world, now }, p) {
    const lb = working(findLb(world, p.namespace, p.lb_name), now);
    const at = lb.listeners.findIndex((l) => l.name === p.listener_name);
    if (at < 0) throw notFound('nlb', `listener ${p.listener_name}`);
    lb.listeners.splice(at, 1);
    return emptyAnswer();
  },
};
