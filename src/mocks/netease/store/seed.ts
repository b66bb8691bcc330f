import { hashString, seededRandom } from '../../core/random';
import { colonHex, fakePrivateKey, hex, publicAddress, uuid } from './ids';
import type { AccountWorld, ContainerRec, IpRec, RepoRec } from './types';

/** Seed data is dated in the document's time (Dec 2016 - Jan 2017), fixed, whatever the clock says. */
const T0 = Date.UTC(2016, 11, 15, 6, 50, 20);
const day = 86_400_000;

/** Public images of 9.4 (`hub.c.163.com/public/...`), the same for every account. */
export const PUBLIC_IMAGES: ReadonlyArray<{ repo_id: number; repo_name: string; tags: string[] }> = [
  { repo_id: 1055, repo_name: 'centos', tags: ['6.5', '7.2.1511'] },
  { repo_id: 1060, repo_name: 'ubuntu', tags: ['14.04', '16.04'] },
  { repo_id: 1071, repo_name: 'nginx', tags: ['1.11.5', 'latest'] },
  { repo_id: 1082, repo_name: 'mysql', tags: ['5.6', '5.7'] },
  { repo_id: 1093, repo_name: 'redis', tags: ['3.2'] },
  { repo_id: 1104, repo_name: 'node', tags: ['6.9', '7.2'] },
];

/**
 * One account's deterministic world: repositories with tags (built ones and a failed build),
 * spaces (the undeletable default one included), services of both kinds, load balancers with
 * listeners, a certificate, volumes (one mounted), IPs in several states and SSH keys.
 */
export function seedWorld(username: string, seedKey: string, large: { ips?: number } = {}): AccountWorld {
  const w: AccountWorld = {
    username,
    nextId: 45000 + (hashString(seedKey) % 1000) * 10,
    random: seededRandom(hashString(seedKey)),
    secretKeys: [],
    repos: [],
    loadBalancers: [],
    certificates: [],
    volumes: [],
    ips: [],
    namespaces: [],
    services: [],
    ipQuota: { nce: 10, nlb: 10 },
    keyDownloads: { second: 0, count: 0 },
  };
  const id = () => w.nextId++;

  for (const [name, offset] of [['mykey', 7], ['deploy', 6], ['ci-runner', 2]] as const) {
    w.secretKeys.push({ id: id(), name, fingerprint: colonHex(w, 16), privateKey: fakePrivateKey(w), createdMs: T0 + offset * day });
  }

  const repo = (repo_name: string, desc: [string, string], open: 0 | 1, ageDays: number, tags: RepoRec['tags']): RepoRec => ({
    repo_id: id(),
    repo_name,
    open_level: open,
    base_desc: desc[0],
    detail_desc: desc[1],
    createdMs: T0 - ageDays * day,
    updatedMs: T0 - ageDays * day + 3 * 3600_000,
    tags,
  });
  const size = () => 40_000_000 + Math.floor(w.random() * 200_000_000);
  w.repos.push(
    repo('mysql', ['基本描述', '详细描述'], 0, 1, [
      { name: 'master20161215042831791', size: 190425418, status: 2 },
      { name: 'master20161215034013640', size: 0, status: 2 },
    ]),
    repo('axure', ['basedesc', 'detaildesc'], 0, 0, [
      { name: 'v1', size: size(), status: 2 },
      { name: 'v2', size: size(), status: 2 },
      { name: 'v3', size: 0, status: 3 },
      { name: 'master20161215041423615', size: size(), status: 2 },
      { name: 'master20161216101010100', size: size(), status: 2 },
    ]),
    repo('web-frontend', ['Console front end', 'nginx serving the built SPA'], 1, 9, [
      { name: '1.0.0', size: size(), status: 2 },
      { name: '1.1.0', size: size(), status: 2 },
      { name: '1.2.0-rc1', size: 0, status: 3 },
    ]),
    repo('order-api', ['订单服务', 'Java order service'], 0, 20, [
      { name: 'release-2016.12', size: size(), status: 2 },
      { name: 'release-2017.01', size: size(), status: 2 },
    ]),
    repo('batch-worker', ['Nightly batch jobs', ''], 0, 3, [{ name: 'latest', size: size(), status: 2 }]),
  );

  const ns = (display_name: string, isDefault = false) => {
    const rec = { id: id(), display_name, namespace: isDefault ? `default-${hex(w, 5).replace(/^\d/, 's')}` : `${display_name}-${username}`, isDefault };
    w.namespaces.push(rec);
    return rec;
  };
  const defaultNs = ns('default', true);
  const prod = ns('production');
  ns('staging');

  const ip = (type: 'nce' | 'nlb', ageDays: number) => {
    const rec: IpRec = { id: type === 'nlb' ? String(800 + w.ips.length * 13) : uuid(w), ip: publicAddress(w), type, status: 'available', createdMs: T0 + ageDays * day, updatedMs: T0 + ageDays * day };
    w.ips.push(rec);
    return rec;
  };
  const lbIp = ip('nlb', 0);
  const serviceIp = ip('nce', 1);
  ip('nlb', 13);
  ip('nce', 13);
  const disabled = ip('nce', 2);
  disabled.status = 'disabled';

  w.certificates.push({ id: uuid(w), name: 'shop-example-com', fingerPrint: colonHex(w, 20, true), pubCert: '-----BEGIN CERTIFICATE-----\nMIIDdemo\n-----END CERTIFICATE-----', priKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIEdemo\n-----END RSA PRIVATE KEY-----', createdMs: T0 + 19 * day, updatedMs: T0 + 19 * day });

  const container = (name: string, image_path: string, replicas: number, weight = 100): ContainerRec => ({
    container_id: id(),
    container_name: name,
    image_path,
    command: null,
    envs: [{ key: 'TZ', value: 'Asia/Shanghai' }],
    log_dirs: ['/var/log/'],
    ssh_keys: ['mykey'],
    cpu_weight: weight,
    memory_weight: weight,
    volumes: [],
    local_disk_info: [],
    docker_container_ids: Array.from({ length: replicas }, () => hex(w, 64)),
  });
  const hub = `hub.c.163.com/${username}`;
  const web = { id: id(), namespaceId: prod.id, service_name: 'web', stateful: 0 as const, replicas: 2, spec_id: 2, disk_type: 2, port_maps: [{ protocol: 'TCP' as const, source_port: 80, dest_port: 80 }], state_public_net: { used: false, type: 'flow' as const, bandwidth: 0 }, status: 'create_succ', containers: [] as ContainerRec[] };
  web.containers.push(container('nginx', `${hub}/web-frontend:1.1.0`, 2));
  const api = { id: id(), namespaceId: prod.id, service_name: 'order-api', stateful: 0 as const, replicas: 3, spec_id: 3, disk_type: 2, port_maps: [{ protocol: 'TCP' as const, source_port: 8080, dest_port: 8080 }], state_public_net: { used: false, type: 'flow' as const, bandwidth: 0 }, status: 'update_succ', containers: [] as ContainerRec[] };
  api.containers.push(container('app', `${hub}/order-api:release-2017.01`, 3, 70), container('sidecar', 'hub.c.163.com/public/nginx:1.11.5', 3, 30));
  const db = { id: id(), namespaceId: defaultNs.id, service_name: 'mysql', stateful: 1 as const, replicas: 1, spec_id: 3, disk_type: 0, port_maps: [{ protocol: 'TCP' as const, source_port: 3306, dest_port: 3306 }], state_public_net: { used: true, type: 'flow' as const, bandwidth: 20 }, ipId: serviceIp.id, status: 'restart_succ', containers: [] as ContainerRec[] };
  const dbContainer = container('mysql', `${hub}/mysql:master20161215042831791`, 1);
  db.containers.push(dbContainer);
  w.services.push(web, api, db);
  serviceIp.status = 'binded';
  serviceIp.boundTo = { id: String(db.id), name: db.service_name, bindingUntilMs: 0 };

  const dataVolume = { id: id(), name: 'mysql-data', size: 50, volume_uuid: uuid(w), createdMs: T0 + 8 * day, updatedMs: T0 + 8 * day + 720_000, mount: { serviceId: db.id, serviceName: `${defaultNs.display_name}/${db.service_name}`, containerId: dbContainer.container_id, mountPath: '/var/lib/mysql/' } };
  dbContainer.volumes.push({ volumeId: dataVolume.id, name: dataVolume.name, mount_path: '/var/lib/mysql/' });
  w.volumes.push(dataVolume, { id: id(), name: 'myvolume', size: 10, volume_uuid: uuid(w), createdMs: T0 + 8 * day, updatedMs: T0 + 8 * day });

  w.loadBalancers.push({
    name: 'shop-lb',
    namespace: prod.namespace,
    description: 'public entry of the shop',
    ipId: lbIp.id,
    chargeMode: 'netflow',
    bandwidthLimit: 100,
    createdMs: T0 + 14 * day,
    updatedMs: T0 + 14 * day + 100_000,
    readyMs: 0,
    listeners: [
      { name: 'http-listeners', listenPort: 80, protocol: 'http', createdMs: T0 + 14 * day, updatedMs: T0 + 14 * day, clusters: [{ name: `groupName_${uuid(w)}`, serverName: '*', path: '/', serviceName: 'web', servicePort: 80, policy: { mode: 'insert', expire: 60 } }] },
      { name: 'https-listeners', listenPort: 443, protocol: 'https', createdMs: T0 + 19 * day, updatedMs: T0 + 19 * day, clusters: [{ name: `groupName_${uuid(w)}`, serverName: 'shop.example.com', path: '/api', serviceName: 'order-api', servicePort: 8080, certId: w.certificates[0].id }] },
    ],
  });
  lbIp.status = 'binded';
  lbIp.boundTo = { id: 'shop-lb', name: 'shop-lb', bindingUntilMs: 0 };
  // Benchmarks of long lists (TRICLOUD_DEMO_IPS): that many free IPs, past the quota on purpose.
  for (let i = 0; i < (large.ips ?? 0); i++) ip(i % 4 === 0 ? 'nlb' : 'nce', 20 + (i % 60));
  return w;
}
