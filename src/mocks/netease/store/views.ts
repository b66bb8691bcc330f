import { specInfoJson, SERVICE_SPECS } from '../../../providers/netease/operations/specs';
import { isoMillis, isoSeconds } from '../respond';
import type { AccountWorld, IpRec, LoadBalancerRec, ListenerRec, RepoRec, SecretKeyRec, ServiceRec, VolumeRec } from './types';

/** Records → the service's answers, field names and timestamp spellings exactly as the document prints them. */
export const HUB = 'hub.c.163.com';

export const secretKeyView = (k: SecretKeyRec) => ({ id: k.id, name: k.name, fingerprint: k.fingerprint, created_at: isoSeconds(k.createdMs) });

export const repoSummaryView = (w: AccountWorld, r: RepoRec) => ({
  repo_id: r.repo_id,
  user_name: w.username,
  repo_name: r.repo_name,
  open_level: r.open_level,
  base_desc: r.base_desc,
  detail_desc: r.detail_desc,
  tag_count: r.tags.length,
  created_at: isoSeconds(r.createdMs),
  updated_at: isoSeconds(r.updatedMs),
});

export function repoDetailView(w: AccountWorld, r: RepoRec) {
  const latest = [...r.tags].reverse().find((t) => t.status === 2);
  return {
    tags: r.tags.map((t) => ({ name: t.name, size: t.size, status: t.status })),
    ...repoSummaryView(w, r),
    download_url: latest ? `${HUB}/${w.username}/${r.repo_name}:${latest.name}` : `${HUB}/${w.username}/${r.repo_name}`,
  };
}

export const lbStatus = (lb: LoadBalancerRec, now: number) => (now < lb.readyMs ? 'CREATING' : 'WORKING');

/** DOWN when a rule forwards to a service or port that is not there. */
export function lbInstanceStatus(w: AccountWorld, lb: LoadBalancerRec): 'UP' | 'DOWN' {
  const ns = w.namespaces.find((n) => n.namespace === lb.namespace);
  const services = w.services.filter((s) => s.namespaceId === ns?.id);
  const up = lb.listeners.every((l) => l.clusters.every((c) => services.some((s) => s.service_name === c.serviceName && s.port_maps.some((p) => p.dest_port === c.servicePort))));
  return up ? 'UP' : 'DOWN';
}

const address = (w: AccountWorld, lb: LoadBalancerRec) => w.ips.find((i) => i.id === lb.ipId)?.ip ?? '';

export const lbCreatedView = (w: AccountWorld, lb: LoadBalancerRec, now: number) => ({
  name: lb.name,
  description: lb.description,
  address: address(w, lb),
  status: lbStatus(lb, now),
  chargeMode: lb.chargeMode,
  bandwidthLimit: lb.bandwidthLimit,
  createtime: isoMillis(lb.createdMs),
  updatetime: isoMillis(lb.updatedMs),
});

export const lbView = (w: AccountWorld, lb: LoadBalancerRec, now: number) => ({
  ...lbCreatedView(w, lb, now),
  instanceStatus: lbInstanceStatus(w, lb),
  namespace: lb.namespace,
});

/** 6.3 prints the rule `name`; 6.7 does not. */
export const listenerView = (l: ListenerRec, withRuleNames: boolean) => ({
  name: l.name,
  listenPort: l.listenPort,
  protocol: l.protocol,
  createtime: isoMillis(l.createdMs),
  updatetime: isoMillis(l.updatedMs),
  clusters: l.clusters.map(({ name, ...rest }) => (withRuleNames ? { name, ...rest } : rest)),
});

export function volumeView(v: VolumeRec) {
  const updated = isoSeconds(v.updatedMs);
  return {
    created_at: isoSeconds(v.createdMs),
    file_system_type: 'Ext4',
    from_snapshot_id: 0,
    id: v.id,
    name: v.name,
    service_name: v.mount?.serviceName ?? '',
    size: v.size,
    status: v.mount ? 'mount_succ' : 'create_succ',
    // Sic `upated_at`, as 7.2's example; `updated_at` (the table's spelling) beside it.
    upated_at: updated,
    updated_at: updated,
    volume_mappings: v.mount ? [{ mount_path: v.mount.mountPath, service_container_id: v.mount.containerId }] : [],
    volume_uuid: v.volume_uuid,
  };
}

export const ipView = (i: IpRec) => ({
  id: i.id,
  ip: i.ip,
  status: i.status,
  type: i.type,
  service_id: i.boundTo?.id ?? '',
  service_name: i.boundTo?.name ?? '',
  create_at: isoSeconds(i.createdMs),
  update_at: isoSeconds(i.updatedMs),
});

export const serviceStatus = (s: ServiceRec) => s.busy?.status ?? s.status;

export const serviceSummaryView = (s: ServiceRec) => ({
  id: s.id,
  status: serviceStatus(s),
  service_name: s.service_name,
  replicas: s.replicas,
  stateful: s.stateful,
  port_maps: s.port_maps.map((p) => ({ protocol: p.protocol, source_port: p.source_port, dest_port: p.dest_port })),
  spec_id: s.spec_id,
  // 0 in every running example, although 9.7's table says 0 = stopped; the examples win.
  stop_service: 0,
});

export function serviceDetailView(w: AccountWorld, s: ServiceRec) {
  const spec = SERVICE_SPECS.find((x) => x.id === s.spec_id) ?? SERVICE_SPECS[0];
  const ns = w.namespaces.find((n) => n.id === s.namespaceId);
  return {
    service_info: {
      id: s.id,
      namespace: ns?.namespace ?? '',
      replicas: s.replicas,
      status: serviceStatus(s),
      service_name: s.service_name,
      // Three JSON-encoded strings with camelCase keys, as 9.7 prints them.
      spec_info: specInfoJson(spec),
      port_maps: JSON.stringify(s.port_maps.map((p) => ({ destPort: p.dest_port, protocol: p.protocol, sourcePort: p.source_port }))),
      stateful: s.stateful,
      state_public_net: JSON.stringify(s.state_public_net),
      extends_disk_size: s.containers.reduce((sum, c) => sum + c.local_disk_info.reduce((a, d) => a + d.size, 0), 0),
      pub_ip: w.ips.find((i) => i.id === s.ipId)?.ip ?? '',
      stop_service: 0,
    },
    service_container_infos: s.containers.map((c) => {
      const [repoPath, tag] = splitImage(c.image_path);
      return {
        envs: c.envs,
        command: c.command,
        volumes: c.volumes.map((v) => ({ name: v.name, mount_path: v.mount_path })),
        container_id: c.container_id,
        container_name: c.container_name,
        ssh_keys: c.ssh_keys,
        log_dirs: c.log_dirs,
        image_path: c.image_path,
        repo_name: repoPath.split('/').pop() ?? '',
        image_tag: tag,
        local_disk_info: c.local_disk_info,
        cpu_weight: c.cpu_weight,
        memory_weight: c.memory_weight,
        docker_container_ids: c.docker_container_ids,
      };
    }),
  };
}

/** `hub.c.163.com/user/repo:tag` → [`hub.c.163.com/user/repo`, `tag`]. */
export function splitImage(path: string): [string, string] {
  const at = path.lastIndexOf(':');
  return at > path.lastIndexOf('/') ? [path.slice(0, at), path.slice(at + 1)] : [path, 'latest'];
}
