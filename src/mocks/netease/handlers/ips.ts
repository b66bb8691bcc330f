import { notFound, quotaExceeded, wrongState } from '../errors';
import { jsonAnswer } from '../respond';
import { DURATIONS } from '../store/clock';
import { publicAddress, uuid } from '../store/ids';
import type { AccountWorld, IpRec } from '../store/types';
import { ipView } from '../store/views';
import type { OperationHandlers } from './types';

/**
 * Cost of an IP per hour since creation (8.5). The document gives no price; this rate is ours,
 * chosen so the seeded IPs show costs of the order of the example's 1.26.
 */
export const IP_PRICE_PER_HOUR = 0.0015;

const usedOf = (world: AccountWorld, type: IpRec['type']) => world.ips.filter((i) => i.type === type).length;

/** A new available IP of `type`, or undefined when the type's quota is used up (8.4). */
export function allocateIp(world: AccountWorld, type: IpRec['type'], now: number): IpRec | undefined {
  if (usedOf(world, type) >= world.ipQuota[type]) return undefined;
  // nlb ids are numeric strings, nce ids UUIDs, as the examples print them.
  const ip: IpRec = { id: type === 'nlb' ? String(world.nextId++) : uuid(world), ip: publicAddress(world), type, status: 'available', createdMs: now, updatedMs: now };
  world.ips.push(ip);
  return ip;
}

/** available → binding → binded (the clock settles it). */
export function bindIp(ip: IpRec, target: { id: string; name: string }, now: number): void {
  ip.status = 'binding';
  ip.boundTo = { ...target, bindingUntilMs: now + DURATIONS.ipBindingMs };
  ip.updatedMs = now;
}

export function unbindIp(ip: IpRec, now: number): void {
  ip.status = 'available';
  ip.boundTo = undefined;
  ip.updatedMs = now;
}

export function findIp(world: AccountWorld, id: string): IpRec {
  const ip = world.ips.find((i) => i.id === id);
  if (!ip) throw notFound('ip', `IP ${id}`);
  return ip;
}

export const ipHandlers: OperationHandlers = {
  createIps({ world, now }, { nlb = 0, nce = 0 }) {
    const created: IpRec[] = [];
    // Capped by each type's quota: `total` says how many were really allocated.
    for (const [type, count] of [['nlb', nlb], ['nce', nce]] as const) {
      for (let i = 0; i < count; i++) {
        const ip = allocateIp(world, type, now);
        if (!ip) break;
        created.push(ip);
      }
    }
    if (!created.length) throw quotaExceeded('ip', 'IP quota exceeded');
    return jsonAnswer({ total: created.length, ips: created.map(ipView) });
  },
  listIps({ world }, { status, type, offset = 0, limit = 20 }) {
    const matching = world.ips.filter((i) => (!status || i.status === status) && (!type || i.type === type));
    return jsonAnswer({ total: matching.length, ips: matching.slice(offset, offset + limit).map(ipView) });
  },
  getIp({ world }, { id }) {
    return jsonAnswer(ipView(findIp(world, id)));
  },
  getIpQuota({ world }) {
    const quotas = (['nce', 'nlb'] as const).map((type) => ({ type, quota: world.ipQuota[type], used: usedOf(world, type) }));
    return jsonAnswer({ total: quotas.reduce((s, q) => s + q.quota, 0), used: quotas.reduce((s, q) => s + q.used, 0), quotas });
  },
  getIpCost({ world, now }, { id }) {
    const ip = findIp(world, id);
    const hours = Math.max(0, now - ip.createdMs) / 3_600_000;
    return jsonAnswer({ id: ip.id, cost: Math.round(hours * IP_PRICE_PER_HOUR * 100) / 100 });
  },
  deleteIp({ world, now }, { id }) {
    const ip = findIp(world, id);
    // 8.0: only an available IP can be released.
    if (ip.status !== 'available') throw wrongState('ip', `IP ${ip.ip} is ${ip.status}, only an available IP can be released`);
    world.ips.splice(world.ips.indexOf(ip), 1);
    return jsonAnswer({ ...ipView(ip), status: 'deleted', update_at: ipView({ ...ip, updatedMs: now }).update_at });
  },
};
