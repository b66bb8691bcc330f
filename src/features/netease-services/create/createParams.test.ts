import { describe, expect, it } from 'vitest';
import { neteaseOps } from '../../../providers/netease/operations';
import { createParams, createProblems, emptyContainer, type CreateForm } from './createParams';

const base = (patch: Partial<CreateForm> = {}): CreateForm => ({
  space_id: 51616,
  service_name: 'ubuntu',
  stateful: 0,
  replicas: 2,
  spec_id: 1,
  ports: [{ protocol: 'TCP', dest_port: 80, source_port: 8080 }],
  public_used: true,
  public_type: 'flow',
  bandwidth: 20,
  ip_id: 'cef9069c-d97d-42b1-a86c-f815f748820c',
  disk_type: 0,
  containers: [{ ...emptyContainer(2), image_path: 'hub.c.163.com/public/ubuntu:14.04', envs: [{ key: 'user', value: 'user' }, { key: '', value: '' }], log_dirs: ['/var/log/', ' '], volumes: [{ volume_id: 163, mount_path: '/mnt/' }] }],
  ...patch,
});

describe('createParams (9.5 body)', () => {
  it('sends a stateless service without public network, IP or disks, whatever the form held', () => {
    const body = createParams(base());
    expect(body.service_info).toEqual({ namespace_id: 51616, stateful: 0, replicas: 2, service_name: 'ubuntu', port_maps: [{ dest_port: 80, source_port: 8080, protocol: 'TCP' }], spec_id: 1, disk_type: 2 });
    expect(body.service_container_infos[0]).toMatchObject({ container_name: 'container002', envs: [{ key: 'user', value: 'user' }], log_dirs: ['/var/log/'], volume_info: {}, local_disk_info: [], cpu_weight: 100, memory_weight: 100 });
    expect(neteaseOps.createService.params.safeParse(body).success).toBe(true);
    expect(createProblems(base()).size).toBe(0);
  });
  it('sends the document’s stateful example: public network, IP, cloud volume', () => {
    const body = createParams(base({ stateful: 1, replicas: 1 }));
    expect(body.service_info).toMatchObject({ stateful: 1, state_public_net: { used: true, type: 'flow', bandwidth: 20 }, disk_type: 0, ip_id: 'cef9069c-d97d-42b1-a86c-f815f748820c' });
    expect(body.service_container_infos[0].volume_info).toEqual({ 163: '/mnt/' });
    expect(createProblems(base({ stateful: 1, replicas: 1 })).size).toBe(0);
  });
  it('refuses each field beside itself: name, replicas, spec, bandwidth, weights, image', () => {
    const bad = createProblems(
      base({
        service_name: 'Ubuntu_1',
        replicas: 6,
        spec_id: 8,
        stateful: 1,
        bandwidth: 1001,
        containers: [
          { ...emptyContainer(1, 60), image_path: 'ubuntu' },
          { ...emptyContainer(1, 60), image_path: 'hub.c.163.com/public/ubuntu:14.04' },
        ],
      }),
    );
    expect([...bad.keys()].sort()).toEqual(
      [
        'disks.volumes',
        'service_container_infos',
        'service_container_infos.0.image_path',
        'service_container_infos.1.container_name',
        'service_info.replicas',
        'service_info.service_name',
        'service_info.spec_id',
        'service_info.state_public_net.bandwidth',
      ].sort(),
    );
  });
  it('asks stateful services for the disks their disk_type names', () => {
    const local = base({ stateful: 1, replicas: 1, disk_type: 1 });
    expect([...createProblems(local).keys()]).toEqual(['disks.local']);
    local.containers[0].local_disks = [{ name: 'd1', path: 'data', size: 0 }];
    expect([...createProblems(local).keys()].sort()).toEqual(['service_container_infos.0.local_disks.0.path', 'service_container_infos.0.local_disks.0.size']);
    local.containers[0].local_disks = [{ name: 'd1', path: '/data', size: 20 }];
    expect(createProblems(local).size).toBe(0);
    expect(createParams(local).service_container_infos[0]).toMatchObject({ volume_info: {}, local_disk_info: [{ name: 'd1', path: '/data', size: 20 }] });
  });
  it('needs a space and a key for every value', () => {
    const form = base({ space_id: undefined });
    form.containers[0].envs = [{ key: '', value: 'x' }];
    expect([...createProblems(form).keys()].sort()).toEqual(['service_container_infos.0.envs.0.key', 'service_info.namespace_id']);
  });
});
