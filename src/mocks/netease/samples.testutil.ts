import type { NeteaseOperationName } from '../../providers/netease/operations';
import type { neteaseHarness } from './testing';

type Harness = ReturnType<typeof neteaseHarness>;

export const PEM_CERT = '-----BEGIN CERTIFICATE-----\nMIIC+zCCAeOgAwIBAgIJAKmN\n-----END CERTIFICATE-----';
export const PEM_KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAqARla6u0\n-----END RSA PRIVATE KEY-----';
export const PROD = 'production-tricloud';

/** Ids of the seeded demo world, looked up through the API itself. */
export async function seeded(h: Harness) {
  const spaces = (await h.call('listNamespaces')).namespaces as Array<{ id: number; display_name: string; namespace: string }>;
  const space = (name: string) => spaces.find((s) => s.display_name === name)!;
  const services = async (ns: string) => (await h.call('listServices', { id: space(ns).id })).microservice_infos as Array<{ id: number; service_name: string }>;
  const web = (await services('production')).find((s) => s.service_name === 'web')!;
  const mysql = (await services('default')).find((s) => s.service_name === 'mysql')!;
  return { space, web, mysql, detail: (id: number) => h.call('getService', { id }) };
}

/** One valid call per operation against a fresh demo world (setup included). */
export const sampleParams: Record<Exclude<NeteaseOperationName, 'createToken'>, (h: Harness) => Promise<Record<string, unknown>>> = {
  createSecretKey: async () => ({ key_name: 'contract-key' }),
  listSecretKeys: async () => ({}),
  getSecretKeyPrivateKey: async (h) => ({ id: (await h.call('listSecretKeys'))[0].id }),
  deleteSecretKey: async (h) => ({ id: (await h.call('listSecretKeys'))[0].id }),
  buildImage: async () => ({ repo_name: 'axure', tag: 'v9', docker_file: 'FROM hub.c.163.com/public/ubuntu:14.04\nRUN echo hi\n' }),
  listRepositories: async () => ({ limit: 30 }),
  getRepository: async (h) => ({ id: (await h.call('listRepositories')).repositories[0].repo_id }),
  deleteImageTag: async () => ({ repo_name: 'axure', tag: 'v1' }),
  createLoadBalancer: async () => ({ namespace: PROD, name: 'contract-lb', chargeMode: 'bandwidth', bandwidthLimit: 1, description: 'd' }),
  listLoadBalancers: async () => ({}),
  getLoadBalancer: async () => ({ namespace: PROD, lb_name: 'shop-lb' }),
  updateLoadBalancer: async () => ({ namespace: PROD, lb_name: 'shop-lb', description: 'new', bandwidthLimit: 10 }),
  deleteLoadBalancer: async () => ({ namespace: PROD, lb_name: 'shop-lb' }),
  createListener: async () => ({ namespace: PROD, lb_name: 'shop-lb', name: 'alt-http', listenPort: 8080, protocol: 'http', clusters: [{ serviceName: 'web', servicePort: 80 }] }),
  listListeners: async () => ({ namespace: PROD, lb_name: 'shop-lb' }),
  updateListener: async () => ({ namespace: PROD, lb_name: 'shop-lb', listener_name: 'http-listeners', clusters: [{ serverName: '1.com', path: '/1', serviceName: 'web', servicePort: 80, policy: { mode: 'rewrite', cookieName: 'hello' } }] }),
  deleteListener: async () => ({ namespace: PROD, lb_name: 'shop-lb', listener_name: 'http-listeners' }),
  uploadCertificate: async () => ({ name: 'my-cer', pubCert: PEM_CERT, priKey: PEM_KEY }),
  listCertificates: async () => ({}),
  updateCertificate: async (h) => ({ cert_id: (await h.call('listCertificates'))[0].id, name: 'my-cer2', pubCert: PEM_CERT, priKey: PEM_KEY }),
  deleteCertificate: async (h) => ({ cert_id: (await h.call('uploadCertificate', { name: 'spare', pubCert: PEM_CERT, priKey: PEM_KEY })).id }),
  createVolume: async () => ({ volume_name: 'myvolume2', size: 10 }),
  listVolumes: async () => ({ limit: 10 }),
  resizeVolume: async (h) => ({ id: (await h.call('listVolumes')).volumes.find((v: { name: string }) => v.name === 'myvolume').id, size: 20 }),
  deleteVolume: async (h) => ({ id: (await h.call('listVolumes')).volumes.find((v: { name: string }) => v.name === 'myvolume').id }),
  createIps: async () => ({ nlb: 1, nce: 1 }),
  listIps: async () => ({ status: 'available', type: 'nlb', offset: 0, limit: 20 }),
  getIp: async (h) => ({ id: (await h.call('listIps')).ips[0].id }),
  getIpQuota: async () => ({}),
  getIpCost: async (h) => ({ id: (await h.call('listIps')).ips[0].id }),
  deleteIp: async (h) => ({ id: (await h.call('listIps', { status: 'available' })).ips[0].id }),
  createNamespace: async () => ({ name: 'my-ev' }),
  listNamespaces: async () => ({}),
  deleteNamespace: async (h) => ({ id: (await seeded(h)).space('staging').id }),
  listServiceImages: async () => ({}),
  createService: async (h) => ({
    bill_info: 'default',
    service_info: { namespace_id: String((await seeded(h)).space('staging').id), stateful: '0', replicas: 1, service_name: 'ubuntu', port_maps: [{ dest_port: '80', source_port: '8080', protocol: 'TCP' }], spec_id: 1, disk_type: 2 },
    service_container_infos: [{ image_path: 'hub.c.163.com/public/ubuntu:14.04', container_name: 'container002', command: '', envs: [{ key: 'password', value: 'password' }], log_dirs: ['/var/log/'], cpu_weight: 100, memory_weight: 100, ssh_keys: ['mykey'], local_disk_info: [], volume_info: {} }],
  }),
  listServices: async (h) => ({ id: (await seeded(h)).space('production').id, offset: 0, limit: 10 }),
  getService: async (h) => ({ id: (await seeded(h)).mysql.id }),
  updateStatefulService: async (h) => ({ id: (await seeded(h)).mysql.id, state_public_net: { used: true, type: 'bandwidth', bandwidth: 50 } }),
  updateStatelessService: async (h) => {
    const { web, detail } = await seeded(h);
    const containers = (await detail(web.id)).service_container_infos as Array<{ container_id: number }>;
    return { id: web.id, container_infos: containers.map((c) => ({ container_id: c.container_id, envs: [{ key: 'A', value: 'b' }], log_dirs: ['/var/log/', '/var/logs/'], cpu_weight: 100, memory_weight: 100 })) };
  },
  updateServicePorts: async (h) => ({ id: (await seeded(h)).web.id, port_maps: [{ dst_port: 80, src_port: 8080, protocol: 'TCP' }] }),
  scaleService: async (h) => ({ id: (await seeded(h)).web.id, new_replicas: 3 }),
  updateServiceImage: async (h) => {
    const { web, detail } = await seeded(h);
    const [container] = (await detail(web.id)).service_container_infos as Array<{ container_id: number }>;
    return { id: web.id, container_images: [{ container_id: container.container_id, image_path: 'hub.c.163.com/tricloud/web-frontend:1.0.0' }], min_ready_seconds: 10 };
  },
  updateServiceSpec: async (h) => ({ id: (await seeded(h)).web.id, spec_id: 3 }),
  restartService: async (h) => ({ id: (await seeded(h)).mysql.id, option: 'restart' }),
  restartContainer: async (h) => {
    const { mysql, detail } = await seeded(h);
    return { id: mysql.id, uuid: (await detail(mysql.id)).service_container_infos[0].docker_container_ids[0] };
  },
  deleteService: async (h) => ({ id: (await seeded(h)).web.id, free_ip: false }),
};
