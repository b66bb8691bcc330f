import { hashString, seededRandom } from '../../core/random';
import { newCluster, newNode, newService, newTag } from './factories';
import { ip, newId } from './ids';
import type { RegionCode } from './regions';
import type { AccountWorld, Cluster, RepositoryRecord, ServiceSpec } from './types';

const DAY = 86_400_000;
const MIN = 60_000;

/** How much to add to the demo world for benchmarks of long lists (TRICLOUD_DEMO_SERVICES, …). */
export interface LargeWorld {
  services?: number;
  ingresses?: number;
  repositories?: number;
}

/**
 * The demo world of one account, the same for every run with the same key and clock: four
 * clusters across gz and sh (Running, Abnormal, Creating), 2–5 nodes each, services, an ingress,
 * a log collector, a scaling group; registry namespaces, repositories, tags, a trigger.
 */
export function seedWorld(accountKey: string, now: number, options: { registry?: boolean; large?: LargeWorld } = {}): AccountWorld {
  const rand = seededRandom(hashString(`tencent:${accountKey}`));
  const appNo = 1250000000 + Math.floor(rand() * 9_000_000);
  const world: AccountWorld = {
    appId: String(appNo),
    uin: String(100001000000 + Math.floor(rand() * 90_000)),
    clusters: new Map(),
    cvms: [],
    tasks: new Map(),
    registry: { registered: true, password: 'Tricloud#2026', namespaces: new Map(), repositories: new Map(), favors: new Set(), triggers: new Map(), triggerLogs: [], strategies: new Map() },
    hub: [],
    seq: 0,
    rand,
  };

  const prod = addCluster(world, { name: 'prod-web', region: 'gz', cidr: '172.16.0.0/16', vpc: 'vpc-prod0gz1', nodes: 4, ageDays: 120, now });
  addCluster(world, { name: 'staging', region: 'gz', cidr: '10.8.0.0/16', vpc: 'vpc-prod0gz1', nodes: 2, ageDays: 45, now, broken: true });
  const edge = addCluster(world, { name: 'sh-edge', region: 'sh', cidr: '172.20.0.0/16', vpc: 'vpc-edge0sh1', nodes: 3, ageDays: 80, now });
  addCluster(world, { name: 'sh-batch', region: 'sh', cidr: '172.24.0.0/16', vpc: 'vpc-edge0sh1', nodes: 2, ageDays: 0, now, creatingFor: 4 * MIN });

  addServices(world, prod, now);
  addServices(world, edge, now);
  if (options.large?.services) addManyServices(world, prod, options.large.services, now);
  if (options.large?.ingresses) addManyIngresses(world, prod, options.large.ingresses, now);
  prod.namespaces.set('prod', { name: 'prod', description: 'production workloads', createdAt: now - 100 * DAY });
  prod.ingresses.set('default/web-entry', ingress(world, 'web-entry', 'default', 'public entry for nginx-web', { url: '/', domain: 'www.tricloud.example' }, now - 90 * DAY));
  prod.logCollectors.set('app-logs', {
    name: 'app-logs',
    description: 'container logs of every namespace to kafka',
    inputType: 'container-log',
    outputType: 'kafka',
    inputOption: { allNamespaces: true },
    outputOption: { host: '172.31.0.20', port: 9092, topic: 'containerlogs' },
    createdAt: now - 60 * DAY,
  });
  prod.scalingGroups.set('asg-prodweb1', {
    autoScalingGroupId: 'asg-prodweb1',
    autoScalingGroupName: `${prod.clusterId}-g1867619587`,
    launchConfigurationId: 'asc-prodweb1',
    launchConfigurationName: `${prod.clusterId}-c123109984`,
    status: 'enabled',
    minSize: 0,
    maxSize: 5,
    desiredCapacity: 1,
    label: { role: 'web' },
    settleAt: 0,
  });

  if (options.registry === false) seedHub(world, now);
  for (const [i, region] of (['gz', 'gz', 'gz', 'sh', 'bj'] as RegionCode[]).entries())
    world.cvms.push({ instanceId: newId(world, 'ins'), instanceName: `演示主机${'ABCDE'[i]}`, region, lanIp: ip(world, '172.31'), wanIp: ip(world, '118.89'), createdAt: now - (30 + i) * DAY });

  if (options.registry !== false) {
    seedRegistry(world, prod.clusterId, now);
    if (options.large?.repositories) addManyRepositories(world, options.large.repositories, now);
  } else world.registry.registered = false;
  return world;
}

function addCluster(world: AccountWorld, o: { name: string; region: RegionCode; cidr: string; vpc: string; nodes: number; ageDays: number; now: number; broken?: boolean; creatingFor?: number }): Cluster {
  const created = o.now - o.ageDays * DAY - 3 * 3600_000;
  const cluster = newCluster(world, { name: o.name, description: `${o.name} cluster`, cidr: o.cidr, region: o.region, vpcId: o.vpc, os: o.region === 'sh' ? 'centos7.2x86_64' : 'ubuntu16.04.1 LTSx86_64', now: created, readyAt: o.creatingFor ? o.now + o.creatingFor : created + 10 * MIN });
  for (let i = 0; i < o.nodes; i++) {
    const node = newNode(world, cluster, { cpu: i % 2 ? 4 : 2, mem: i % 2 ? 8 : 4, instanceType: i % 2 ? 'S3.LARGE8' : 'S3.MEDIUM4', now: created, readyAt: o.creatingFor ? o.now + o.creatingFor : created + 10 * MIN });
    cluster.nodes.set(node.instanceId, node);
  }
  if (o.broken) {
    cluster.broken = true;
    const first = cluster.nodes.values().next().value!;
    first.abnormalReason = 'MemoryPressure';
  }
  world.clusters.set(cluster.clusterId, cluster);
  return cluster;
}

const spec = (replicas: number, accessType: string, image: string, port: number): ServiceSpec => ({
  replicas,
  accessType,
  strategy: 'RollingUpdate',
  minReadySeconds: 0,
  portMappings: [{ lbPort: port, containerPort: port, nodePort: 30000 + port, protocol: 'TCP' }],
  volumes: [],
  containers: [{ containerName: image.split('/').pop()!.split(':')[0], image, cpu: 250, memory: 256, envs: [{ name: 'TZ', value: 'Asia/Shanghai' }] }],
  nodeAffinity: [],
  podAffinity: [],
  subnetId: '',
});

/**
 * A large world for benchmarks (TRICLOUD_DEMO_SERVICES): `count` one-replica services over ten
 * namespaces, every tenth still rolling out, all with the same deterministic names on every run.
 */
function addManyServices(world: AccountWorld, cluster: Cluster, count: number, now: number) {
  const images = ['ccr.ccs.tencentyun.com/tricloud/web:v1.3.0', 'ccr.ccs.tencentyun.com/tricloud/api:v2.1.0', 'redis:4.0', 'nginx:1.25'];
  for (let i = 0; i < count; i++) {
    const created = now - (i % 90) * DAY - i * MIN;
    const settling = i % 10 === 0;
    const name = `svc-${String(i).padStart(5, '0')}`;
    const namespace = `team-${i % 10}`;
    const service = newService(world, cluster, {
      name,
      namespace,
      description: `benchmark service ${i}`,
      spec: spec(1, 'ClusterIP', images[i % images.length], 8000 + (i % 100)),
      now: created,
      settleAt: settling ? now + 3_600_000 : created + 60_000,
    });
    cluster.services.set(`${namespace}/${name}`, service);
  }
}

/** `count` ingresses in the first cluster (TRICLOUD_DEMO_INGRESSES), each with one rule to nginx-web. */
function addManyIngresses(world: AccountWorld, cluster: Cluster, count: number, now: number) {
  for (let i = 0; i < count; i++) {
    const name = `ing-${String(i).padStart(5, '0')}`;
    const namespace = i % 2 ? 'default' : 'prod';
    cluster.ingresses.set(`${namespace}/${name}`, ingress(world, name, namespace, `benchmark ingress ${i}`, { url: `/${i}`, domain: `app${i}.tricloud.example` }, now - (i % 90) * DAY - i * MIN));
  }
}

/** An http ingress with one rule to nginx-web:80, as the demo seeds them. */
function ingress(world: AccountWorld, ingressName: string, namespace: string, ingressDesc: string, rule: { url: string; domain: string }, createdAt: number) {
  return {
    ingressName,
    ingressDesc,
    namespace,
    certId: '',
    unSubnetId: '',
    internetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR',
    internetMaxBandwidthOut: 10,
    lbId: newId(world, 'lb'),
    ingressIp: ip(world, '193.112'),
    rules: [{ ...rule, protocol: 'http', serviceName: 'nginx-web', servicePort: 80, LoadBalancePort: 80 }],
    createdAt,
  };
}

/**
 * `count` repositories in a `bench` namespace (TRICLOUD_DEMO_REPOSITORIES). Seeded past the
 * document's quota of 100 on purpose: creating one more through the API is still refused.
 */
function addManyRepositories(world: AccountWorld, count: number, now: number) {
  world.registry.namespaces.set('bench', { createdAt: now - 30 * DAY });
  for (let i = 0; i < count; i++) {
    const createdAt = now - (i % 90) * DAY - i * MIN;
    const tags = [newTag(world, `v1.${i % 7}.0`, createdAt + DAY)];
    const reponame = `bench/repo-${String(i).padStart(5, '0')}`;
    world.registry.repositories.set(reponame, { reponame, public: (i % 3 === 0 ? 1 : 0) as 0 | 1, description: `benchmark repository ${i}`, createdAt, updatedAt: tags[0].pushedAt, pullCount: i % 5000, favorCount: 0, official: false, tags });
  }
}

function addServices(world: AccountWorld, cluster: Cluster, now: number) {
  const created = now - 30 * DAY;
  const list = [
    { name: 'nginx-web', ns: 'default', desc: 'front web tier', spec: spec(2, 'LoadBalancer', 'ccr.ccs.tencentyun.com/tricloud/web:v1.3.0', 80) },
    { name: 'api-server', ns: 'default', desc: 'REST API', spec: spec(3, 'ClusterIP', 'ccr.ccs.tencentyun.com/tricloud/api:v2.1.0', 8080) },
    { name: 'redis', ns: 'kube-system', desc: 'cache', spec: spec(1, 'None', 'redis:4.0', 6379) },
  ];
  for (const s of list) {
    const service = newService(world, cluster, { name: s.name, namespace: s.ns, description: s.desc, spec: s.spec, now: created, settleAt: created + 60_000, labels: {} });
    // Recent events, so the last-hour window of DescribeServiceEvent is not empty in the demo.
    const pod = service.pods[0].name;
    service.events.push(
      { firstSeen: now - 50 * MIN, lastSeen: now - 5 * MIN, count: 10, level: 'Normal', objType: 'Pod', objName: pod, reason: '健康检查通过', message: `Readiness probe of ${pod} succeeded` },
      { firstSeen: now - 40 * MIN, lastSeen: now - 20 * MIN, count: 3, level: 'Warning', objType: 'Pod', objName: pod, reason: '操作重试', message: `Back-off restarting failed container ${s.spec.containers[0].containerName}` },
    );
    cluster.services.set(`${s.ns}/${s.name}`, service);
  }
}

function seedRegistry(world: AccountWorld, clusterId: string, now: number) {
  const r = world.registry;
  for (const [i, ns] of ['tricloud', 'demo-apps'].entries()) r.namespaces.set(ns, { createdAt: now - (200 - i * 20) * DAY });
  const repo = (reponame: string, pub: 0 | 1, description: string, tags: string[], ageDays: number, official = false): RepositoryRecord => {
    const createdAt = now - ageDays * DAY;
    const tagRecords = tags.map((t, i) => newTag(world, t, createdAt + (i + 1) * 3 * DAY)).reverse();
    return { reponame, public: pub, description, createdAt, updatedAt: tagRecords[0]?.pushedAt ?? createdAt, pullCount: Math.floor(world.rand() * 6000), favorCount: official ? 100 + Math.floor(world.rand() * 900) : 0, official, tags: tagRecords };
  };
  for (const rec of [
    repo('tricloud/web', 0, 'front web tier', ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0', 'latest'], 150),
    repo('tricloud/api', 0, 'REST API', ['v2.0.0', 'v2.0.1', 'v2.1.0'], 140),
    repo('demo-apps/nginx', 1, 'nginx with demo pages', ['1.14', '1.15', 'stable'], 100),
    repo('demo-apps/redis', 1, '', ['4.0', '5.0'], 90),
  ])
    r.repositories.set(rec.reponame, rec);
  r.favors.add('library/nginx|QCLOUD HUB');
  r.strategies.set('tricloud/web', { type: 'keep_last_nums', value: 10, valid: 1, createdAt: now - 50 * DAY });
  r.triggers.set('web-auto-update', {
    triggerName: 'web-auto-update',
    reponame: 'tricloud/web',
    invokeMethod: 'regex',
    invokeExpr: '^v.*',
    serviceName: 'nginx-web',
    clusterId,
    namespace: 'default',
    containerName: 'web',
    clusterRegion: 1,
    createdAt: now - 40 * DAY,
    updatedAt: now - 40 * DAY,
  });
  seedHub(world, now);
}

/** Public Tencent Hub repositories every account sees in GetRepositoryList. */
function seedHub(world: AccountWorld, now: number) {
  const repo = (reponame: string, description: string, tags: string[], ageDays: number): RepositoryRecord => {
    const createdAt = now - ageDays * DAY;
    const tagRecords = tags.map((t, i) => newTag(world, t, createdAt + (i + 1) * 3 * DAY)).reverse();
    return { reponame, public: 1, description, createdAt, updatedAt: tagRecords[0].pushedAt, pullCount: 100_000 + Math.floor(world.rand() * 900_000), favorCount: 100 + Math.floor(world.rand() * 900), official: true, tags: tagRecords };
  };
  world.hub = [
    repo('library/nginx', 'Official build of Nginx.', ['1.13', '1.14', '1.15', 'latest'], 900),
    repo('library/redis', 'Redis is an open source key-value store.', ['3.2', '4.0', 'latest'], 900),
    repo('library/wordpress', 'The WordPress rich content management system.', ['4.9', 'latest'], 800),
    repo('library/mysql', 'MySQL is a widely used, open-source relational database.', ['5.6', '5.7', '8.0'], 850),
  ];
}
