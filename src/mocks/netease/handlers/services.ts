import { badRequest, conflict, notFound, quotaExceeded, wrongState } from '../errors';
import { emptyAnswer, jsonAnswer } from '../respond';
import { DURATIONS } from '../store/clock';
import { hex } from '../store/ids';
import type { AccountWorld, ContainerRec, PortMapRec, ServiceRec } from '../store/types';
import { serviceDetailView, serviceStatus, serviceSummaryView, splitImage } from '../store/views';
import { allocateIp, bindIp, findIp, unbindIp } from './ips';
import { imageExists } from './repositories';
import type { OperationHandlers } from './types';

type PortInput = { dest_port?: number; source_port?: number; dst_port?: number; src_port?: number; protocol?: 'TCP' | 'UDP' };

/** Table keys (`dest_port`/`source_port`) or the 9.10 example's (`dst_port`/`src_port`). */
const toPortMaps = (input: PortInput[] = []): PortMapRec[] =>
  input.map((p) => ({ protocol: p.protocol ?? 'TCP', dest_port: (p.dest_port ?? p.dst_port)!, source_port: (p.source_port ?? p.src_port)! }));

const dockerIds = (world: AccountWorld, n: number) => Array.from({ length: n }, () => hex(world, 64));

function findService(world: AccountWorld, id: number): ServiceRec {
  const service = world.services.find((s) => s.id === id);
  if (!service) throw notFound('service', `service ${id}`);
  return service;
}

const KIND = ['stateless', 'stateful'] as const;
/** The notices of 9.8-9.15: some actions are for one kind only; none while another action runs. */
function ready(service: ServiceRec, stateful?: 0 | 1, action?: string): ServiceRec {
  if (stateful !== undefined && service.stateful !== stateful) throw badRequest('service', `${action} is only allowed for ${KIND[stateful]} services, ${service.service_name} is ${KIND[service.stateful]}`);
  if (service.busy) throw wrongState('service', `service ${service.service_name} is ${serviceStatus(service)}, try again when the operation finishes`);
  return service;
}

function busy(service: ServiceRec, now: number, status: string, then: string, ms: number = DURATIONS.serviceActionMs): void {
  service.busy = { status, untilMs: now + ms, then };
}

export const serviceHandlers: OperationHandlers = {
  createService({ world, now }, { service_info: info, service_container_infos: containers }) {
    const ns = world.namespaces.find((n) => n.id === info.namespace_id);
    if (!ns) throw notFound('service', `namespace ${info.namespace_id}`);
    if (world.services.some((s) => s.namespaceId === ns.id && s.service_name === info.service_name)) throw conflict('service', `service ${info.service_name} already exists in namespace ${ns.display_name}`);
    const names = new Set<string>();
    const volumeIds = new Set<number>();
    for (const [i, c] of containers.entries()) {
      if (names.has(c.container_name)) throw badRequest('service', `service_container_infos[${i}].container_name ${c.container_name} is repeated`);
      names.add(c.container_name);
      if (!imageExists(world, c.image_path)) throw notFound('service', `image ${c.image_path}`);
      for (const key of c.ssh_keys ?? []) if (!world.secretKeys.some((k) => k.name === key)) throw notFound('service', `ssh key ${key}`);
      for (const volumeId of Object.keys(c.volume_info ?? {}).map(Number)) {
        const volume = world.volumes.find((v) => v.id === volumeId);
        if (!volume) throw notFound('service', `cloud volume ${volumeId}`);
        if (volume.mount || volumeIds.has(volumeId)) throw wrongState('service', `cloud volume ${volume.name} is already mounted`);
        volumeIds.add(volumeId);
      }
    }
    // Stateful containers must name their disks: cloud volumes (0), local disks (1), or both (3).
    if (info.stateful === 1) {
      if ((info.disk_type === 0 || info.disk_type === 3) && volumeIds.size === 0) throw badRequest('service', 'volume_info is required for stateful services with cloud volumes (disk_type 0 or 3)');
      if ((info.disk_type === 1 || info.disk_type === 3) && !containers.some((c) => (c.local_disk_info ?? []).length)) throw badRequest('service', 'local_disk_info is required for stateful services with local disks (disk_type 1 or 3)');
    }
    if (info.disk_type === 2 && volumeIds.size) throw badRequest('service', 'disk_type 2 (no data disk) cannot take volume_info');

    const publicNet = info.state_public_net ?? { used: false, type: 'flow' as const, bandwidth: 0 };
    let ip;
    if (info.ip_id) {
      ip = findIp(world, info.ip_id);
      if (ip.type !== 'nce') throw badRequest('service', `IP ${ip.ip} is a load balancer (nlb) IP, a service needs an nce IP`);
      if (ip.status !== 'available') throw wrongState('service', `IP ${ip.ip} is ${ip.status}, not available`);
    } else if (info.stateful === 1 && publicNet.used) {
      ip = allocateIp(world, 'nce', now);
      if (!ip) throw quotaExceeded('service', 'nce IP quota exceeded');
    }

    const service: ServiceRec = {
      id: world.nextId++,
      namespaceId: ns.id,
      service_name: info.service_name,
      stateful: info.stateful,
      replicas: info.replicas,
      spec_id: info.spec_id,
      disk_type: info.disk_type,
      port_maps: toPortMaps(info.port_maps),
      state_public_net: { used: publicNet.used, type: publicNet.type, bandwidth: publicNet.bandwidth },
      ipId: ip?.id,
      status: 'create_succ',
      containers: [],
    };
    for (const c of containers) {
      const rec: ContainerRec = {
        container_id: world.nextId++,
        container_name: c.container_name,
        image_path: c.image_path,
        command: c.command || null,
        envs: c.envs ?? [],
        log_dirs: c.log_dirs ?? [],
        ssh_keys: c.ssh_keys ?? [],
        cpu_weight: c.cpu_weight,
        memory_weight: c.memory_weight,
        volumes: [],
        local_disk_info: (c.local_disk_info ?? []).map((d) => ({ name: d.name, path: d.path, size: d.size })),
        docker_container_ids: dockerIds(world, service.replicas),
      };
      for (const [volumeId, mountPath] of Object.entries(c.volume_info ?? {})) {
        const volume = world.volumes.find((v) => v.id === Number(volumeId))!;
        volume.mount = { serviceId: service.id, serviceName: `${ns.display_name}/${service.service_name}`, containerId: rec.container_id, mountPath };
        volume.updatedMs = now;
        rec.volumes.push({ volumeId: volume.id, name: volume.name, mount_path: mountPath });
      }
      service.containers.push(rec);
    }
    if (ip) bindIp(ip, { id: String(service.id), name: service.service_name }, now);
    busy(service, now, 'creating', 'create_succ', DURATIONS.serviceCreateMs);
    world.services.push(service);
    // Sic: a string, although the table says long.
    return jsonAnswer({ service_id: String(service.id) });
  },
  listServices({ world }, { id, offset = 0, limit }) {
    if (!world.namespaces.some((n) => n.id === id)) throw notFound('service', `namespace ${id}`);
    const inSpace = world.services.filter((s) => s.namespaceId === id);
    return jsonAnswer({ total: inSpace.length, microservice_infos: inSpace.slice(offset, limit === undefined ? undefined : offset + limit).map(serviceSummaryView) });
  },
  getService({ world }, { id }) {
    return jsonAnswer(serviceDetailView(world, findService(world, id)));
  },
  updateStatefulService({ world, now }, { id, state_public_net: net }) {
    const service = ready(findService(world, id), 1, 'update-stateful');
    if (net.used !== service.state_public_net.used) throw badRequest('service', 'state_public_net.used cannot be changed');
    service.state_public_net = { used: net.used, type: net.type, bandwidth: net.bandwidth };
    busy(service, now, 'updating', 'update_succ');
    return emptyAnswer();
  },
  updateStatelessService({ world, now }, { id, container_infos: infos }) {
    const service = ready(findService(world, id), 0, 'update-stateless');
    const missing = service.containers.filter((c) => !infos.some((i) => i.container_id === c.container_id));
    if (missing.length) throw badRequest('service', `container_infos must list every container of the service (missing ${missing.map((c) => c.container_id).join(', ')}), the weights sum to 100 across them`);
    for (const info of infos) {
      const container = service.containers.find((c) => c.container_id === info.container_id);
      if (!container) throw notFound('service', `container ${info.container_id}`);
      Object.assign(container, { envs: info.envs ?? container.envs, log_dirs: info.log_dirs ?? container.log_dirs, cpu_weight: info.cpu_weight, memory_weight: info.memory_weight });
    }
    busy(service, now, 'updating', 'update_succ');
    return emptyAnswer();
  },
  updateServicePorts({ world, now }, { id, port_maps }) {
    const service = ready(findService(world, id));
    service.port_maps = toPortMaps(port_maps);
    busy(service, now, 'updating', 'update_succ');
    return emptyAnswer();
  },
  scaleService({ world, now }, { id, new_replicas }) {
    const service = ready(findService(world, id), 0, 'elastic-scale');
    for (const c of service.containers) {
      c.docker_container_ids = c.docker_container_ids.slice(0, new_replicas).concat(dockerIds(world, Math.max(0, new_replicas - c.docker_container_ids.length)));
    }
    service.replicas = new_replicas;
    busy(service, now, 'scaling', 'elastic_scale_succ');
    return emptyAnswer();
  },
  updateServiceImage({ world, now }, { id, container_images, min_ready_seconds }) {
    const service = ready(findService(world, id), 0, 'update-image');
    for (const change of container_images) {
      const container = service.containers.find((c) => c.container_id === change.container_id);
      if (!container) throw notFound('service', `container ${change.container_id}`);
      if (splitImage(change.image_path)[0] !== splitImage(container.image_path)[0]) throw badRequest('service', `image_path must be a tag of the same repository ${splitImage(container.image_path)[0]}`);
      if (!imageExists(world, change.image_path)) throw notFound('service', `image ${change.image_path}`);
    }
    for (const change of container_images) {
      const container = service.containers.find((c) => c.container_id === change.container_id)!;
      container.image_path = change.image_path;
      container.docker_container_ids = dockerIds(world, service.replicas);
    }
    // A rolling update: one replica after another, each waiting min_ready_seconds.
    busy(service, now, 'updating', 'update_succ', Math.max(DURATIONS.serviceActionMs, min_ready_seconds * 1000 * service.replicas));
    return emptyAnswer();
  },
  updateServiceSpec({ world, now }, { id, spec_id }) {
    const service = ready(findService(world, id), 0, 'specification');
    service.spec_id = spec_id;
    busy(service, now, 'updating', 'update_succ');
    return emptyAnswer();
  },
  restartService({ world, now }, { id, option }) {
    const service = ready(findService(world, id), 1, 'restart');
    // A hard reboot recreates the containers: new docker ids.
    if (option === 'hard_reboot') for (const c of service.containers) c.docker_container_ids = dockerIds(world, service.replicas);
    busy(service, now, option === 'restart' ? 'restarting' : 'hard_rebooting', 'restart_succ');
    return emptyAnswer();
  },
  restartContainer({ world, now }, { id, uuid }) {
    const service = ready(findService(world, id), 1, 'container restart');
    if (!service.containers.some((c) => c.docker_container_ids.includes(uuid))) throw notFound('service', `container ${uuid} of service ${service.service_name}`);
    busy(service, now, 'restarting', 'restart_succ');
    return emptyAnswer();
  },
  deleteService({ world, now }, { id, free_ip }) {
    const service = findService(world, id);
    world.services.splice(world.services.indexOf(service), 1);
    for (const v of world.volumes) if (v.mount?.serviceId === service.id) Object.assign(v, { mount: undefined, updatedMs: now });
    const ip = world.ips.find((i) => i.id === service.ipId);
    if (ip) {
      if (free_ip) world.ips.splice(world.ips.indexOf(ip), 1);
      else unbindIp(ip, now);
    }
    return emptyAnswer();
  },
};
