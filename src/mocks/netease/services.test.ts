import { describe, expect, it } from 'vitest';
import { seeded } from './samples.testutil';
import { neteaseHarness } from './testing';

type H = ReturnType<typeof neteaseHarness>;

const statelessBody = (namespace_id: number, extra: Record<string, unknown> = {}) => ({
  bill_info: 'default',
  service_info: { namespace_id, stateful: 0, replicas: 2, service_name: 'api', port_maps: [{ dest_port: 80, source_port: 8080, protocol: 'TCP' }], spec_id: 2, disk_type: 2, ...extra },
  service_container_infos: [
    { image_path: 'hub.c.163.com/tricloud/order-api:release-2016.12', container_name: 'app', cpu_weight: 60, memory_weight: 70, volume_info: {} },
    { image_path: 'hub.c.163.com/public/nginx:1.11.5', container_name: 'proxy', cpu_weight: 40, memory_weight: 30, volume_info: {} },
  ],
});

async function statefulService(h: H) {
  const { space } = await seeded(h);
  const { id: volumeId } = await h.call('createVolume', { volume_name: 'pg-data', size: 20 });
  const [ip] = (await h.call('createIps', { nce: 1 })).ips;
  const { service_id } = await h.call('createService', {
    bill_info: 'default',
    service_info: { namespace_id: String(space('staging').id), stateful: '1', replicas: 1, service_name: 'pg', port_maps: [{ dest_port: '5432', source_port: '5432', protocol: 'TCP' }], spec_id: 1, state_public_net: { used: true, type: 'flow', bandwidth: 20 }, disk_type: 0, ip_id: ip.id },
    service_container_infos: [{ image_path: 'hub.c.163.com/public/ubuntu:14.04', container_name: 'container002', command: '', envs: [{ key: 'password', value: 'password' }], log_dirs: ['/var/log/'], cpu_weight: 100, memory_weight: 100, ssh_keys: ['mykey', 'deploy'], local_disk_info: [], volume_info: { [volumeId]: '/mnt/' } }],
  });
  return { id: Number(service_id), service_id, volumeId, ip, space };
}

describe('services: create and read (9.5-9.7)', () => {
  it('creates a stateful service: string id, creating → create_succ, volume mounted, IP bound', async () => {
    const h = neteaseHarness();
    const { id, service_id, volumeId, ip, space } = await statefulService(h);
    expect(service_id).toMatch(/^\d+$/);
    const detail = await h.call('getService', { id });
    expect(detail.service_info).toMatchObject({ status: 'creating', namespace: space('staging').namespace, pub_ip: ip.ip, stateful: 1 });
    expect(JSON.parse(detail.service_info.spec_info)).toEqual({ cpu: 1000, diskType: 'SSD', id: 1, memory: 671088640, name: '微小型', price: 0.049, storage: 20 });
    expect(JSON.parse(detail.service_info.port_maps)).toEqual([{ destPort: 5432, protocol: 'TCP', sourcePort: 5432 }]);
    expect(JSON.parse(detail.service_info.state_public_net)).toEqual({ bandwidth: 20, type: 'flow', used: true });
    expect(detail.service_container_infos[0]).toMatchObject({ repo_name: 'ubuntu', image_tag: '14.04', volumes: [{ name: 'pg-data', mount_path: '/mnt/' }], docker_container_ids: [expect.stringMatching(/^[0-9a-f]{64}$/)] });
    const volume = (await h.call('listVolumes')).volumes.find((v: { id: number }) => v.id === volumeId);
    expect(volume).toMatchObject({ status: 'mount_succ', service_name: 'staging/pg' });
    expect((await h.call('getIp', { id: ip.id })).status).toBe('binding');
    h.advance(5_000);
    expect((await h.call('getService', { id })).service_info.status).toBe('create_succ');
    expect(await h.call('getIp', { id: ip.id })).toMatchObject({ status: 'binded', service_id: service_id, service_name: 'pg' });
    const listed = await h.call('listServices', { id: space('staging').id });
    expect(listed).toMatchObject({ total: 1, microservice_infos: [{ id, service_name: 'pg', stateful: 1, port_maps: [{ protocol: 'TCP', source_port: 5432, dest_port: 5432 }], stop_service: 0 }] });
  });

  it('validates weights, kinds, images, keys, volumes and names in the service’s words', async () => {
    const h = neteaseHarness();
    const { space } = await seeded(h);
    const ns = space('staging').id;
    const body = statelessBody(ns);
    const with_ = (f: (b: ReturnType<typeof statelessBody>) => void) => {
      const b = structuredClone(body);
      f(b);
      return b;
    };
    const cases: Array<[string, Record<string, unknown>, number]> = [
      ['weights not summing to 100', with_((b) => (b.service_container_infos[0].cpu_weight = 50)), 400],
      ['weight 100 with two containers', with_((b) => Object.assign(b.service_container_infos[0], { cpu_weight: 100 }) && Object.assign(b.service_container_infos[1], { cpu_weight: 0 })), 400],
      ['spec 8', with_((b) => (b.service_info.spec_id = 8)), 400],
      ['replicas 6', with_((b) => (b.service_info.replicas = 6)), 400],
      ['stateless with an IP', with_((b) => Object.assign(b.service_info, { ip_id: 'x' })), 400],
      ['stateless with a volume', with_((b) => (b.service_container_infos[0].volume_info = { '1': '/mnt/' })), 400],
      ['unknown image', with_((b) => (b.service_container_infos[0].image_path = 'hub.c.163.com/public/ubuntu:99')), 404],
      ['failed build tag', with_((b) => (b.service_container_infos[0].image_path = 'hub.c.163.com/tricloud/axure:v3')), 404],
      ['unknown ssh key', with_((b) => Object.assign(b.service_container_infos[0], { ssh_keys: ['nope'] })), 404],
      ['unknown space', with_((b) => (b.service_info.namespace_id = 1)), 404],
      ['repeated container name', with_((b) => (b.service_container_infos[1].container_name = 'app')), 400],
      ['bill_info other than default', with_((b) => (b.bill_info = 'monthly')), 400],
    ];
    for (const [why, b, status] of cases) expect(await h.fails('createService', b), why).toMatchObject({ httpStatus: status });
    await h.call('createService', body);
    expect(await h.fails('createService', body)).toMatchObject({ httpStatus: 409, code: '4091705' });
  });

  it('a stateful service with cloud volumes must name them, and a mounted volume cannot be reused', async () => {
    const h = neteaseHarness();
    const { space } = await seeded(h);
    const base = statelessBody(space('staging').id, { stateful: 1, disk_type: 0, replicas: 1 });
    expect(await h.fails('createService', base)).toMatchObject({ httpStatus: 400, message: expect.stringContaining('volume_info') });
    const mounted = (await h.call('listVolumes')).volumes.find((v: { status: string }) => v.status === 'mount_succ');
    base.service_container_infos[0].volume_info = { [mounted.id]: '/data/' };
    expect(await h.fails('createService', base)).toMatchObject({ httpStatus: 400, message: expect.stringContaining('mounted') });
  });
});

describe('services: kind-specific actions (9.8-9.15)', () => {
  it('stateless: update env/weights, ports (dst/src spelling), scale 1-5, image within the repository, spec', async () => {
    const h = neteaseHarness();
    const { space } = await seeded(h);
    const id = Number((await h.call('createService', statelessBody(space('staging').id))).service_id);
    expect(await h.fails('scaleService', { id, new_replicas: 3 })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('creating') });
    h.advance(5_000);
    const [app, proxy] = (await h.call('getService', { id })).service_container_infos;
    await h.call('updateStatelessService', { id, container_infos: [{ container_id: app.container_id, envs: [{ key: 'A', value: '1' }], log_dirs: ['/var/logs/'], cpu_weight: 50, memory_weight: 50 }, { container_id: proxy.container_id, cpu_weight: 50, memory_weight: 50 }] });
    h.advance(3_000);
    expect(await h.fails('updateStatelessService', { id, container_infos: [{ container_id: app.container_id, cpu_weight: 100, memory_weight: 100 }] })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('every container') });
    expect((await h.call('getService', { id })).service_container_infos[0]).toMatchObject({ envs: [{ key: 'A', value: '1' }], cpu_weight: 50 });
    await h.call('updateServicePorts', { id, port_maps: [{ dst_port: 80, src_port: 8081, protocol: 'UDP' }] });
    h.advance(3_000);
    expect((await h.call('listServices', { id: space('staging').id })).microservice_infos[0].port_maps).toEqual([{ protocol: 'UDP', source_port: 8081, dest_port: 80 }]);
    expect(await h.fails('scaleService', { id, new_replicas: 6 })).toMatchObject({ httpStatus: 400 });
    expect(await h.fails('scaleService', { id, new_replicas: 0 })).toMatchObject({ httpStatus: 400 });
    await h.call('scaleService', { id, new_replicas: 5 });
    expect((await h.call('getService', { id })).service_info.status).toBe('scaling');
    h.advance(3_000);
    const scaled = await h.call('getService', { id });
    expect(scaled.service_info).toMatchObject({ replicas: 5, status: 'elastic_scale_succ' });
    expect(scaled.service_container_infos[0].docker_container_ids).toHaveLength(5);
    expect(await h.fails('updateServiceImage', { id, container_images: [{ container_id: app.container_id, image_path: 'hub.c.163.com/tricloud/mysql:master20161215042831791' }], min_ready_seconds: 10 })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('same repository') });
    expect(await h.fails('updateServiceImage', { id, container_images: [{ container_id: app.container_id, image_path: 'hub.c.163.com/tricloud/order-api:release-2017.01' }], min_ready_seconds: 601 })).toMatchObject({ httpStatus: 400 });
    await h.call('updateServiceImage', { id, container_images: [{ container_id: app.container_id, image_path: 'hub.c.163.com/tricloud/order-api:release-2017.01' }], min_ready_seconds: 10 });
    h.advance(49_000);
    expect((await h.call('getService', { id })).service_info.status).toBe('updating');
    h.advance(1_000);
    expect((await h.call('getService', { id })).service_container_infos[0].image_tag).toBe('release-2017.01');
    await h.call('updateServiceSpec', { id, spec_id: 4 });
    h.advance(3_000);
    expect(JSON.parse((await h.call('getService', { id })).service_info.spec_info)).toMatchObject({ id: 4, cpu: 2000, memory: 4294967296 });
    for (const [op, params] of [['restartService', { option: 'restart' }], ['updateStatefulService', { state_public_net: { used: false, type: 'flow', bandwidth: 1 } }]] as const)
      expect(await h.fails(op, { id, ...params }), op).toMatchObject({ httpStatus: 400, message: expect.stringContaining('only allowed for stateful') });
  });

  it('update-image also answers POST and the singular /microservice/ path of the curl example', async () => {
    const h = neteaseHarness();
    const { web, detail } = await seeded(h);
    const [c] = (await detail(web.id)).service_container_infos;
    const { token } = await (await h.emulator.handle(new Request('https://open.c.163.com/api/v1/token', { method: 'POST', body: JSON.stringify({ app_key: 'd3e10c0a1b2c3d4e5f60718293a4b5c6', app_secret: 'e9f8d7c6b5a4938271605f4e3d2c1b0a' }) }))).json();
    const body = JSON.stringify({ container_images: [{ container_id: c.container_id, image_path: 'hub.c.163.com/tricloud/web-frontend:1.0.0' }], min_ready_seconds: 1 });
    const post = await h.emulator.handle(new Request(`https://open.c.163.com/api/v1/microservices/${web.id}/actions/update-image`, { method: 'POST', headers: { Authorization: `Token ${token}` }, body }));
    expect(post.status).toBe(200);
    h.advance(10_000);
    const singular = await h.emulator.handle(new Request(`https://open.c.163.com/api/v1/microservice/${web.id}/actions/update-image`, { method: 'PUT', headers: { Authorization: `Token ${token}` }, body }));
    expect(singular.status).toBe(200);
  });

  it('stateful: public network (used fixed), restart, hard reboot (new containers), single-container restart', async () => {
    const h = neteaseHarness();
    const { id } = await statefulService(h);
    h.advance(5_000);
    expect(await h.fails('updateStatefulService', { id, state_public_net: { used: false, type: 'flow', bandwidth: 50 } })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('used cannot be changed') });
    await h.call('updateStatefulService', { id, state_public_net: { used: true, type: 'bandwidth', bandwidth: '50' } });
    h.advance(3_000);
    expect(JSON.parse((await h.call('getService', { id })).service_info.state_public_net)).toEqual({ used: true, type: 'bandwidth', bandwidth: 50 });
    const before = (await h.call('getService', { id })).service_container_infos[0].docker_container_ids;
    await h.call('restartService', { id, option: 'restart' });
    expect((await h.call('getService', { id })).service_info.status).toBe('restarting');
    h.advance(3_000);
    expect((await h.call('getService', { id })).service_container_infos[0].docker_container_ids).toEqual(before);
    await h.call('restartService', { id, option: 'hard_reboot' });
    h.advance(3_000);
    const after = await h.call('getService', { id });
    expect(after.service_info.status).toBe('restart_succ');
    expect(after.service_container_infos[0].docker_container_ids).not.toEqual(before);
    expect(await h.fails('restartService', { id, option: 'reboot' })).toMatchObject({ httpStatus: 400 });
    expect(await h.fails('restartContainer', { id, uuid: before[0] })).toMatchObject({ httpStatus: 404 });
    await h.call('restartContainer', { id, uuid: after.service_container_infos[0].docker_container_ids[0] });
    h.advance(3_000);
    for (const [op, params] of [['scaleService', { new_replicas: 2 }], ['updateServiceSpec', { spec_id: 2 }]] as const)
      expect(await h.fails(op, { id, ...params }), op).toMatchObject({ httpStatus: 400, message: expect.stringContaining('only allowed for stateless') });
  });

  it('deletes with free_ip: true releases the IP, false keeps it available; volumes are unmounted', async () => {
    const h = neteaseHarness();
    const first = await statefulService(h);
    await h.call('deleteService', { id: first.id, free_ip: 'true' });
    expect(await h.fails('getIp', { id: first.ip.id })).toMatchObject({ httpStatus: 404 });
    expect((await h.call('listVolumes')).volumes.find((v: { id: number }) => v.id === first.volumeId)).toMatchObject({ status: 'create_succ', service_name: '' });
    expect(await h.fails('deleteService', { id: first.id, free_ip: false })).toMatchObject({ httpStatus: 404 });
    const { mysql } = await seeded(h);
    const ipId = (await h.call('listIps', { status: 'binded', type: 'nce' })).ips[0].id;
    expect(await h.fails('deleteService', { id: mysql.id })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('free_ip') });
    await h.call('deleteService', { id: mysql.id, free_ip: false });
    expect((await h.call('getIp', { id: ipId })).status).toBe('available');
  });
});

describe('spaces (9.1-9.3)', () => {
  it('creates <name>-<user> spaces (namespace_Id sic), deletes empty ones, never the default or a used one', async () => {
    const h = neteaseHarness();
    const created = await h.call('createNamespace', { name: 'my-ev' });
    expect(Object.keys(created)).toEqual(['namespace_Id']);
    const spaces = (await h.call('listNamespaces')).namespaces;
    expect(spaces.find((s: { id: number }) => s.id === created.namespace_Id)).toEqual({ deletable: true, id: created.namespace_Id, display_name: 'my-ev', namespace: 'my-ev-tricloud' });
    const dflt = spaces.find((s: { display_name: string }) => s.display_name === 'default');
    expect(dflt.deletable).toBe(false);
    expect(await h.fails('deleteNamespace', { id: dflt.id })).toMatchObject({ httpStatus: 400, code: '4001606', message: expect.stringContaining('default') });
    const prod = spaces.find((s: { display_name: string }) => s.display_name === 'production');
    expect(await h.fails('deleteNamespace', { id: prod.id })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('not empty') });
    expect(await h.fails('createNamespace', { name: 'my-ev' })).toMatchObject({ httpStatus: 409 });
    await h.call('deleteNamespace', { id: created.namespace_Id });
    expect(await h.fails('deleteNamespace', { id: created.namespace_Id })).toMatchObject({ httpStatus: 404 });
  });
});
