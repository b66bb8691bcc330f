import type { AccountWorld, Cluster, ClusterNode, Service } from './types';

/**
 * State that moves with time. Transitions are computed from timestamps (ready at, settle at,
 * delete at), so an injected clock drives them and nothing waits for real time. `advance` drops
 * what has finished leaving; the status functions read the rest.
 */
export const DURATIONS = {
  clusterCreate: 90_000,
  clusterDelete: 30_000,
  nodeAdd: 60_000,
  nodeRemove: 20_000,
  serviceUpdate: 15_000,
  serviceCreate: 20_000,
  asgSettle: 10_000,
  vip: 20_000,
};

/**
 * Demo knob for the end-to-end journeys (TRICLOUD_DEMO_QUICK_CLUSTERS): cluster-level tasks
 * (create, delete, add or remove nodes, scaling groups, endpoint) take `1/factor` of their time,
 * so a journey waits 20 s for a cluster instead of 90. Service rollouts keep their pace.
 */
export function quickenClusterTasks(factor: number): void {
  for (const key of ['clusterCreate', 'clusterDelete', 'nodeAdd', 'nodeRemove', 'asgSettle', 'vip'] as const) DURATIONS[key] = Math.round(DURATIONS[key] / factor);
}

export function advance(world: AccountWorld, now: number): void {
  for (const [id, cluster] of world.clusters) {
    if (cluster.deleteAt !== undefined && now >= cluster.deleteAt) {
      world.clusters.delete(id);
      for (const cvm of world.cvms) if (cvm.inCluster === id) cvm.inCluster = undefined;
      continue;
    }
    for (const [nodeId, node] of cluster.nodes)
      if ((node.removeAt !== undefined && now >= node.removeAt) || (node.failsAt !== undefined && now >= node.failsAt)) {
        cluster.nodes.delete(nodeId);
        for (const cvm of world.cvms) if (cvm.instanceId === nodeId) cvm.inCluster = undefined;
      }
    for (const asg of cluster.scalingGroups.values())
      if (asg.settleTo && now >= asg.settleAt) {
        asg.status = asg.settleTo;
        asg.settleTo = undefined;
      }
    for (const service of cluster.services.values())
      if (service.transition && !service.paused && now >= service.settleAt) {
        service.events.push({ firstSeen: now, lastSeen: now, count: 1, level: 'Normal', objType: 'Deployment', objName: service.serviceName, reason: 'DeploymentComplete', message: `Deployment ${service.serviceName} has successfully progressed` });
        service.transition = undefined;
      }
  }
}

export type ClusterStatus = 'Creating' | 'Running' | 'Deleting' | 'Scaling' | 'Upgrading' | 'Isolated' | 'Abnormal';

export function clusterStatus(c: Cluster, now: number): ClusterStatus {
  if (c.deleteAt !== undefined) return 'Deleting';
  if (now < c.readyAt) return 'Creating';
  if (c.broken) return 'Abnormal';
  if (c.scalingUntil !== undefined && now < c.scalingUntil) return 'Scaling';
  return 'Running';
}

export const nodeIsNormal = (n: ClusterNode, now: number) => now >= n.readyAt && n.abnormalReason === '' && n.removeAt === undefined;

export function nodeStatusOf(c: Cluster, now: number): 'AllNormal' | 'AllAbnormal' | 'PartialAbnormal' {
  const nodes = [...c.nodes.values()];
  const normal = nodes.filter((n) => nodeIsNormal(n, now)).length;
  if (normal === nodes.length) return 'AllNormal';
  return normal === 0 ? 'AllAbnormal' : 'PartialAbnormal';
}

/** The document's service states: Waiting, Updating, RollingBack, Paused, Normal, Abnormal. */
export function serviceStatus(s: Service, now: number): string {
  if (s.paused) return 'Paused';
  if (s.transition && now < s.settleAt) return s.transition;
  return 'Normal';
}

/** Pods that are up: all once settled, ramping up while a change rolls out. */
export function currentReplicas(s: Service, now: number): number {
  if (!s.transition || now >= s.settleAt || s.paused) return s.pods.length;
  return Math.max(0, Math.min(s.pods.length, s.spec.replicas - 1));
}
