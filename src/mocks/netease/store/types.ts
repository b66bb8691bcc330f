/** The emulator's records: the service's fields, plus the hidden state that drives them. Times in ms. */
export interface SecretKeyRec {
  id: number;
  name: string;
  fingerprint: string;
  privateKey: string;
  createdMs: number;
}

export type BuildStatus = 0 | 1 | 2 | 3;
export interface TagRec {
  name: string;
  size: number;
  status: BuildStatus;
  /** Set while a 5.1 build runs: when it started and whether the Dockerfile lets it succeed. */
  build?: { startedMs: number; succeeds: boolean; size: number };
}
export interface RepoRec {
  repo_id: number;
  repo_name: string;
  open_level: 0 | 1;
  base_desc: string;
  detail_desc: string;
  createdMs: number;
  updatedMs: number;
  tags: TagRec[];
}

export interface CookiePolicyRec {
  mode: 'insert' | 'rewrite';
  expire?: number;
  cookieName?: string;
}
export interface ClusterRec {
  name: string;
  serverName: string;
  path: string;
  serviceName: string;
  servicePort: number;
  certId?: string;
  policy?: CookiePolicyRec;
}
export interface ListenerRec {
  name: string;
  listenPort: number;
  protocol: 'http' | 'https';
  createdMs: number;
  updatedMs: number;
  clusters: ClusterRec[];
}
export interface LoadBalancerRec {
  name: string;
  namespace: string;
  description: string;
  ipId: string;
  chargeMode: 'netflow' | 'bandwidth';
  bandwidthLimit: number;
  createdMs: number;
  updatedMs: number;
  /** CREATING until then, WORKING after. */
  readyMs: number;
  listeners: ListenerRec[];
}
export interface CertificateRec {
  id: string;
  name: string;
  fingerPrint: string;
  pubCert: string;
  priKey: string;
  createdMs: number;
  updatedMs: number;
}

export interface VolumeRec {
  id: number;
  name: string;
  size: number;
  volume_uuid: string;
  createdMs: number;
  updatedMs: number;
  /** Set while mounted into a service container. */
  mount?: { serviceId: number; serviceName: string; containerId: number; mountPath: string };
}

export type IpStatus = 'available' | 'disabled' | 'binding' | 'binded';
export interface IpRec {
  id: string;
  ip: string;
  type: 'nce' | 'nlb';
  status: IpStatus;
  /** What it is bound to (a load balancer's name or a service's id) and since when the bind settles. */
  boundTo?: { id: string; name: string; bindingUntilMs: number };
  createdMs: number;
  updatedMs: number;
}

export interface NamespaceRec {
  id: number;
  display_name: string;
  namespace: string;
  isDefault: boolean;
}

export interface ContainerRec {
  container_id: number;
  container_name: string;
  image_path: string;
  command: string | null;
  envs: Array<{ key: string; value: string }>;
  log_dirs: string[];
  ssh_keys: string[];
  cpu_weight: number;
  memory_weight: number;
  volumes: Array<{ volumeId: number; name: string; mount_path: string }>;
  local_disk_info: Array<{ name: string; path: string; size: number }>;
  docker_container_ids: string[];
}
export interface PortMapRec {
  protocol: 'TCP' | 'UDP';
  source_port: number;
  dest_port: number;
}
export interface ServiceRec {
  id: number;
  namespaceId: number;
  service_name: string;
  stateful: 0 | 1;
  replicas: number;
  spec_id: number;
  disk_type: number;
  port_maps: PortMapRec[];
  state_public_net: { used: boolean; type: 'flow' | 'bandwidth'; bandwidth: number };
  ipId?: string;
  /** Settled status, and the in-progress one shown until `busyUntilMs`. */
  status: string;
  busy?: { status: string; untilMs: number; then: string };
  containers: ContainerRec[];
}

export interface AccountWorld {
  username: string;
  nextId: number;
  random: () => number;
  secretKeys: SecretKeyRec[];
  repos: RepoRec[];
  loadBalancers: LoadBalancerRec[];
  certificates: CertificateRec[];
  volumes: VolumeRec[];
  ips: IpRec[];
  namespaces: NamespaceRec[];
  services: ServiceRec[];
  ipQuota: { nce: number; nlb: number };
  /** 4.3's own limit: 300 downloads per second per user. */
  keyDownloads: { second: number; count: number };
}
