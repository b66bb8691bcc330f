import type { ParamsOf } from '../../../providers/core/types';
import type { NeteaseOps } from '../../../providers/netease/operations';
import { neteaseOps } from '../../../providers/netease/operations';
import { issuePaths, type PortMap } from '../shared/rules';

export type CreateServiceParams = ParamsOf<NeteaseOps['createService']>;

export interface ContainerForm {
  container_name: string;
  image_path: string;
  command: string;
  envs: Array<{ key: string; value: string }>;
  log_dirs: string[];
  cpu_weight: number | null;
  memory_weight: number | null;
  ssh_keys: string[];
  /** Cloud volumes (disk_type 0 or 3): {volume id → mount path}. */
  volumes: Array<{ volume_id?: number; mount_path: string }>;
  /** Local disks (disk_type 1 or 3). */
  local_disks: Array<{ name: string; path: string; size: number | null }>;
}

export interface CreateForm {
  space_id?: number;
  service_name: string;
  stateful: 0 | 1;
  replicas: number | null;
  spec_id?: number;
  ports: Array<Partial<PortMap>>;
  /** Stateful only (9.5's warning: stateless services take no public network). */
  public_used: boolean;
  public_type: 'flow' | 'bandwidth';
  bandwidth: number | null;
  ip_id?: string;
  /** 0 cloud volume, 1 local disk, 2 none, 3 mixed; stateless services take none. */
  disk_type: 0 | 1 | 2 | 3;
  containers: ContainerForm[];
}

export const emptyContainer = (n: number, weight = 100): ContainerForm => ({
  container_name: `container${String(n).padStart(3, '0')}`,
  image_path: '',
  command: '',
  envs: [],
  log_dirs: [],
  cpu_weight: weight,
  memory_weight: weight,
  ssh_keys: [],
  volumes: [],
  local_disks: [],
});

const num = (v: number | null | undefined) => (v === null || v === undefined ? (undefined as unknown as number) : v);
const usesVolumes = (t: number) => t === 0 || t === 3;
const usesLocal = (t: number) => t === 1 || t === 3;

/** The form as 9.5's body: stateless services send no public network, no IP, no disks (disk_type 2). */
export function createParams(form: CreateForm): CreateServiceParams {
  const stateful = form.stateful === 1;
  const diskType = stateful ? form.disk_type : 2;
  return {
    bill_info: 'default',
    service_info: {
      namespace_id: num(form.space_id),
      stateful: form.stateful,
      replicas: num(form.replicas),
      service_name: form.service_name.trim(),
      ...(form.ports.length ? { port_maps: form.ports.map((p) => ({ dest_port: num(p.dest_port), source_port: num(p.source_port), protocol: p.protocol ?? 'TCP' })) } : {}),
      spec_id: num(form.spec_id),
      ...(stateful ? { state_public_net: { used: form.public_used, type: form.public_type, bandwidth: form.public_used ? num(form.bandwidth) : num(form.bandwidth) || 1 } } : {}),
      disk_type: diskType,
      ...(stateful && form.ip_id ? { ip_id: form.ip_id } : {}),
    },
    service_container_infos: form.containers.map((c) => ({
      image_path: c.image_path,
      container_name: c.container_name.trim(),
      command: c.command,
      envs: c.envs.filter((e) => e.key !== '' || e.value !== ''),
      log_dirs: c.log_dirs.map((d) => d.trim()).filter(Boolean),
      cpu_weight: num(c.cpu_weight),
      memory_weight: num(c.memory_weight),
      ssh_keys: c.ssh_keys,
      volume_info: stateful && usesVolumes(diskType) ? Object.fromEntries(c.volumes.map((v) => [String(v.volume_id ?? ''), v.mount_path])) : {},
      local_disk_info: stateful && usesLocal(diskType) ? c.local_disks.map((d) => ({ name: d.name, path: d.path, size: num(d.size) })) : [],
    })),
  };
}

/**
 * Every refused field of the form, by path in the body ('service_info.service_name',
 * 'service_container_infos.0.cpu_weight', …): the operation's own schema, plus the rules the
 * document states in words (stateful disks, distinct container names, weights' sum).
 */
export function createProblems(form: CreateForm): Map<string, string> {
  const params = createParams(form);
  const problems = issuePaths(neteaseOps.createService.params, params);
  if (form.space_id === undefined) problems.set('service_info.namespace_id', 'required');
  const stateful = form.stateful === 1;
  const names = new Set<string>();
  form.containers.forEach((c, i) => {
    const name = c.container_name.trim();
    if (names.has(name)) problems.set(`service_container_infos.${i}.container_name`, 'repeated');
    names.add(name);
    c.envs.forEach((e, j) => {
      if (e.key === '' && e.value !== '') problems.set(`service_container_infos.${i}.envs.${j}.key`, 'required');
    });
    if (!stateful) return;
    if (usesVolumes(form.disk_type)) {
      c.volumes.forEach((v, j) => {
        if (v.volume_id === undefined) problems.set(`service_container_infos.${i}.volumes.${j}.volume_id`, 'required');
        if (!v.mount_path.startsWith('/')) problems.set(`service_container_infos.${i}.volumes.${j}.mount_path`, 'absolute');
      });
    }
    if (usesLocal(form.disk_type)) {
      c.local_disks.forEach((d, j) => {
        if (!d.name.trim()) problems.set(`service_container_infos.${i}.local_disks.${j}.name`, 'required');
        if (!d.path.startsWith('/')) problems.set(`service_container_infos.${i}.local_disks.${j}.path`, 'absolute');
        if (!d.size || d.size < 1) problems.set(`service_container_infos.${i}.local_disks.${j}.size`, 'positive');
      });
    }
  });
  if (stateful && usesVolumes(form.disk_type) && !form.containers.some((c) => c.volumes.length > 0)) problems.set('disks.volumes', 'required');
  if (stateful && usesLocal(form.disk_type) && !form.containers.some((c) => c.local_disks.length > 0)) problems.set('disks.local', 'required');
  const picked = form.containers.flatMap((c) => c.volumes.map((v) => v.volume_id)).filter((v) => v !== undefined);
  if (new Set(picked).size !== picked.length) problems.set('disks.volumes', 'repeated');
  return problems;
}
