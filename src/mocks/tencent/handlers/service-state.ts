import { DURATIONS } from '../store/clock';
import { reconcilePods } from '../store/factories';
import { hex } from '../store/ids';
import type { AccountWorld, Cluster, Service, ServiceSpec } from '../store/types';

export const cloneSpec = (spec: ServiceSpec): ServiceSpec => structuredClone(spec);

/**
 * Rolls a service to a new spec: the old one is kept for exactly one RollBackClusterService,
 * the service is Updating until the rollout settles, and pods whose template changed are
 * replaced (new names and container ids), while a replica change only adds or removes pods.
 */
export function rollOut(world: AccountWorld, cluster: Cluster, service: Service, next: ServiceSpec, now: number, transition: 'Updating' | 'RollingBack' = 'Updating') {
  const templateChanged = JSON.stringify({ ...service.spec, replicas: 0 }) !== JSON.stringify({ ...next, replicas: 0 });
  service.previous = cloneSpec(service.spec);
  service.spec = next;
  if (templateChanged) {
    service.pods = [];
  }
  reconcilePods(world, cluster, service, now);
  service.transition = transition;
  service.settleAt = now + DURATIONS.serviceUpdate;
  service.events.push({ firstSeen: now, lastSeen: now, count: 1, level: 'Normal', objType: 'Deployment', objName: service.serviceName, reason: 'ScalingReplicaSet', message: `Scaled up replica set ${service.serviceName}-${hex(world, 9)} to ${next.replicas}` });
}
