import { hex, ip, newId, nextSeq } from './ids';
import { REGIONS, type RegionCode } from './regions';
import type { AccountWorld, Cluster, ClusterNode, ImageTagRecord, Pod, Service, ServiceSpec } from './types';

/** Builders shared by the seed and the handlers, so seeded and created resources look alike. */
export const OS_IMAGE: Record<string, string> = {
  'centos7.2x86_64': 'CentOS Linux 7 (Core)',
  'ubuntu16.04.1 LTSx86_64': 'Ubuntu 16.04.1 LTS',
};

export function newCluster(world: AccountWorld, init: { name: string; description?: string; cidr: string; region: RegionCode; vpcId: string; os: string; k8sVersion?: string; projectId?: number; now: number; readyAt: number }): Cluster {
  return {
    clusterId: newId(world, 'cls'),
    clusterName: init.name,
    description: init.description ?? '',
    clusterCIDR: init.cidr,
    unVpcId: init.vpcId,
    vpcNumId: 800 + Math.floor(world.rand() * 200),
    region: init.region,
    os: init.os,
    k8sVersion: init.k8sVersion ?? '1.10.5',
    projectId: init.projectId ?? 0,
    createdAt: init.now,
    updatedAt: init.now,
    readyAt: init.readyAt,
    vip: false,
    adminPassword: hex(world, 16),
    nodes: new Map(),
    namespaces: new Map([
      ['default', { name: 'default', description: '', createdAt: init.now }],
      ['kube-system', { name: 'kube-system', description: '', createdAt: init.now }],
    ]),
    services: new Map(),
    ingresses: new Map(),
    logCollectors: new Map(),
    scalingGroups: new Map(),
    scaleDown: {},
    hubs: [],
    logDaemonEnabled: true,
  };
}

export function newNode(world: AccountWorld, cluster: Cluster, init: { cpu: number; mem: number; instanceType: string; zoneIndex?: number; now: number; readyAt: number; cvmPayMode?: number; unschedulable?: boolean; instanceId?: string; lanIp?: string; wanIp?: string }): ClusterNode {
  const zones = REGIONS[cluster.region].zones;
  const z = zones[(init.zoneIndex ?? cluster.nodes.size) % zones.length];
  const id = init.instanceId ?? newId(world, 'ins');
  const podIndex = cluster.nodes.size + 1;
  const cidrBase = cluster.clusterCIDR.split('/')[0].split('.').slice(0, 2).join('.');
  return {
    instanceId: id,
    instanceName: `ccs_${cluster.clusterId}_node`,
    instanceType: init.instanceType,
    zone: z.zone,
    zoneId: z.zoneId,
    // Allocatable resources in millicores and MiB, as the example reports them (cpu 940, mem 604).
    cpu: init.cpu * 1000 - 60,
    mem: init.mem * 1024 - 420,
    gpu: 0,
    lanIp: init.lanIp ?? ip(world, '172.31'),
    wanIp: init.wanIp ?? ip(world, '134.175'),
    osImage: OS_IMAGE[cluster.os] ?? cluster.os,
    kernelVersion: cluster.os.startsWith('ubuntu') ? '4.4.0-104-generic' : '3.10.0-693.el7.x86_64',
    podCidr: `${cidrBase}.${podIndex}.0/24`,
    abnormalReason: '',
    cvmPayMode: init.cvmPayMode ?? 2,
    networkPayMode: 2,
    createdAt: init.now,
    readyAt: init.readyAt,
    labels: { 'beta.kubernetes.io/instance-type': 'QCLOUD', 'failure-domain.beta.kubernetes.io/zone': String(z.zoneId) },
    unschedulable: init.unschedulable ?? false,
    drainStatus: '',
    autoScalingGroupId: '',
    projectId: cluster.projectId,
  };
}

export function newPod(world: AccountWorld, cluster: Cluster, service: Service, now: number): Pod {
  service.podSeq += 1;
  const nodes = [...cluster.nodes.values()].filter((n) => !n.unschedulable && !n.removeAt);
  const node = nodes.length ? nodes[service.podSeq % nodes.length] : undefined;
  const hash = hex(world, 9).replace(/^0/, '1');
  return {
    name: `${service.serviceName}-${parseInt(hash, 16) % 9_000_000_000}-${newId(world, '').slice(1, 6)}`,
    createdAt: now,
    nodeIp: node?.lanIp ?? '',
    ip: ip(world, '172.16'),
    restartCount: 0,
    containerIds: service.spec.containers.map(() => hex(world, 64)),
  };
}

/** Brings the pod list to the desired replica count (newest pods are removed first). */
export function reconcilePods(world: AccountWorld, cluster: Cluster, service: Service, now: number): void {
  while (service.pods.length < service.spec.replicas) service.pods.push(newPod(world, cluster, service, now));
  if (service.pods.length > service.spec.replicas) service.pods.length = service.spec.replicas;
}

export function newService(world: AccountWorld, cluster: Cluster, init: { name: string; namespace: string; description: string; spec: ServiceSpec; now: number; settleAt: number; labels?: Record<string, string> }): Service {
  const service: Service = {
    serviceName: init.name,
    namespace: init.namespace,
    description: init.description,
    spec: init.spec,
    settleAt: init.settleAt,
    transition: init.settleAt > init.now ? 'Waiting' : undefined,
    paused: false,
    userLabels: init.labels ?? {},
    createdAt: init.now,
    serviceIp: ip(world, '172.16.255'),
    externalIp: init.spec.accessType === 'LoadBalancer' ? ip(world, '193.112') : init.spec.accessType === 'SvcLBTypeInner' ? ip(world, '10.0') : '',
    lbId: init.spec.accessType === 'LoadBalancer' || init.spec.accessType === 'SvcLBTypeInner' ? newId(world, 'lb') : '',
    pods: [],
    podSeq: 0,
    events: [],
  };
  reconcilePods(world, cluster, service, init.now);
  service.events.push({ firstSeen: init.now, lastSeen: init.now, count: 1, level: 'Normal', objType: 'Deployment', objName: service.serviceName, reason: 'ScalingReplicaSet', message: `Scaled up replica set ${service.serviceName} to ${init.spec.replicas}` });
  return service;
}

export function newTag(world: AccountWorld, tagName: string, pushedAt: number): ImageTagRecord {
  return {
    tagName,
    tagId: `sha256:${hex(world, 64)}`,
    imageId: `sha256:${hex(world, 64)}`,
    sizeByte: 20_000_000 + Math.floor(world.rand() * 180_000_000),
    createdAt: pushedAt - 180_000,
    pushedAt,
    dockerVersion: '1.12.5',
    architecture: 'amd64',
    os: 'linux',
    author: '',
  };
}

/** A finished-later task for DescribeClusterTaskResult. */
export function newTask(world: AccountWorld, doneAt: number, result: 'succ' | 'fail' = 'succ'): number {
  const requestId = 1000 + nextSeq(world);
  world.tasks.set(requestId, { requestId, doneAt, result });
  return requestId;
}
