import type { RegionCode } from './regions';

/** The emulator's in-memory world for one account. Times are ms since the epoch. */
export interface ClusterNode {
  instanceId: string;
  instanceName: string;
  instanceType: string;
  zone: string;
  zoneId: number;
  cpu: number;
  mem: number;
  gpu: number;
  lanIp: string;
  wanIp: string;
  osImage: string;
  kernelVersion: string;
  podCidr: string;
  abnormalReason: string;
  cvmPayMode: number;
  networkPayMode: number;
  createdAt: number;
  /** Joins the cluster as a normal node at this time (scaling). */
  readyAt: number;
  labels: Record<string, string>;
  unschedulable: boolean;
  drainStatus: string;
  autoScalingGroupId: string;
  projectId: number;
  /** Leaves the cluster at this time (DeleteClusterInstances is asynchronous). */
  removeAt?: number;
  /** The purchase fails at this time: the node is listed (not normal) until then, then gone. */
  failsAt?: number;
}

export interface Container {
  containerName: string;
  image: string;
  envs?: Array<{ name?: string; value?: string }>;
  volumeMounts?: Array<{ volumeName?: string; mountPath?: string; mode?: string }>;
  healthCheck?: Array<Record<string, unknown>>;
  cpu?: number;
  cpuLimits?: number;
  memory?: number;
  memoryLimits?: number;
  command?: string;
  arguments?: string[];
  privileged?: boolean;
  workingDir?: string;
}

export interface PortMapping {
  lbPort: number;
  containerPort: number;
  nodePort?: number;
  protocol: string;
}

/** The parts of a service a modification replaces, kept for an exact rollback. */
export interface ServiceSpec {
  replicas: number;
  accessType: string;
  strategy: string;
  minReadySeconds: number;
  portMappings: PortMapping[];
  volumes: Array<Record<string, unknown>>;
  containers: Container[];
  nodeAffinity: Array<Record<string, unknown>>;
  podAffinity: Array<Record<string, unknown>>;
  subnetId: string;
}

export interface Pod {
  name: string;
  createdAt: number;
  nodeIp: string;
  ip: string;
  restartCount: number;
  /** Docker ids per container, in container order. */
  containerIds: string[];
}

export interface ServiceEvent {
  firstSeen: number;
  lastSeen: number;
  count: number;
  level: 'Normal' | 'Warning';
  objType: string;
  objName: string;
  reason: string;
  message: string;
}

export interface Service {
  serviceName: string;
  namespace: string;
  description: string;
  spec: ServiceSpec;
  /** Spec before the last change, for RollBackClusterService (exactly one step back). */
  previous?: ServiceSpec;
  /** Updating / RollingBack until this time, then Normal (unless paused). */
  settleAt: number;
  transition?: 'Updating' | 'RollingBack' | 'Waiting';
  paused: boolean;
  userLabels: Record<string, string>;
  createdAt: number;
  serviceIp: string;
  externalIp: string;
  lbId: string;
  pods: Pod[];
  podSeq: number;
  events: ServiceEvent[];
}

export interface Ingress {
  ingressName: string;
  ingressDesc: string;
  namespace: string;
  certId: string;
  unSubnetId: string;
  internetChargeType: string;
  internetMaxBandwidthOut: number;
  lbId: string;
  ingressIp: string;
  rules: Array<Record<string, unknown>>;
  createdAt: number;
}

export interface LogCollector {
  name: string;
  description: string;
  inputType: string;
  outputType: string;
  inputOption: Record<string, unknown>;
  outputOption: Record<string, unknown>;
  createdAt: number;
}

export interface ScalingGroup {
  autoScalingGroupId: string;
  autoScalingGroupName: string;
  launchConfigurationId: string;
  launchConfigurationName: string;
  status: 'enabled' | 'disabled' | 'enabling' | 'disabling' | 'updating';
  minSize: number;
  maxSize: number;
  desiredCapacity: number;
  label: Record<string, string>;
  /** enabling/disabling/updating settle at this time. */
  settleAt: number;
  settleTo?: 'enabled' | 'disabled';
}

export interface Hub {
  unHubId: string;
  domain: string;
  username: string;
  namespaces: string[];
  createdAt: number;
}

export interface K8sNamespace {
  name: string;
  description: string;
  createdAt: number;
}

export interface Cluster {
  clusterId: string;
  clusterName: string;
  description: string;
  clusterCIDR: string;
  unVpcId: string;
  vpcNumId: number;
  region: RegionCode;
  os: string;
  k8sVersion: string;
  projectId: number;
  /** Creating until readyAt; then Running (or Abnormal when `broken`). */
  createdAt: number;
  updatedAt: number;
  readyAt: number;
  broken?: boolean;
  /** Deleting until this time, then gone. */
  deleteAt?: number;
  /** Scaling until this time (nodes being added or removed). */
  scalingUntil?: number;
  vip: boolean;
  adminPassword: string;
  nodes: Map<string, ClusterNode>;
  namespaces: Map<string, K8sNamespace>;
  services: Map<string, Service>;
  ingresses: Map<string, Ingress>;
  logCollectors: Map<string, LogCollector>;
  scalingGroups: Map<string, ScalingGroup>;
  scaleDown: Record<string, number>;
  hubs: Hub[];
  logDaemonEnabled: boolean;
}

/** A CVM of the account that is not (yet) a cluster node. */
export interface Cvm {
  instanceId: string;
  instanceName: string;
  region: RegionCode;
  lanIp: string;
  wanIp: string;
  createdAt: number;
  inCluster?: string;
}

export interface Task {
  requestId: number;
  doneAt: number;
  result: 'succ' | 'fail';
}

export interface ImageTagRecord {
  tagName: string;
  tagId: string;
  imageId: string;
  sizeByte: number;
  createdAt: number;
  pushedAt: number;
  dockerVersion: string;
  architecture: string;
  os: string;
  author: string;
}

export interface RepositoryRecord {
  reponame: string;
  public: 0 | 1;
  description: string;
  createdAt: number;
  updatedAt: number;
  pullCount: number;
  favorCount: number;
  official: boolean;
  /** Newest push first. */
  tags: ImageTagRecord[];
}

export interface Trigger {
  triggerName: string;
  reponame: string;
  invokeMethod: string;
  invokeExpr: string;
  serviceName: string;
  clusterId: string;
  namespace: string;
  containerName: string;
  clusterRegion: number;
  createdAt: number;
  updatedAt: number;
}

export interface TriggerLog {
  repoName: string;
  tagName: string;
  triggerName: string;
  invokeTime: number;
  invokeMethod: string;
  invokeExpr: string;
  para: Pick<Trigger, 'clusterId' | 'namespace' | 'serviceName' | 'containerName' | 'clusterRegion'>;
  returnCode: number;
  returnMsg: string;
}

export interface Registry {
  registered: boolean;
  password: string;
  namespaces: Map<string, { createdAt: number }>;
  repositories: Map<string, RepositoryRecord>;
  /** `reponame|reptype` of the user's favourites. */
  favors: Set<string>;
  triggers: Map<string, Trigger>;
  triggerLogs: TriggerLog[];
  strategies: Map<string, { type: string; value: number; valid: number; createdAt: number }>;
}

export interface AccountWorld {
  /** The account's numeric AppId/uin as the registry examples show them. */
  appId: string;
  uin: string;
  clusters: Map<string, Cluster>;
  cvms: Cvm[];
  tasks: Map<number, Task>;
  registry: Registry;
  /** Public Tencent Hub repositories (official and other users' public ones), shared read-only. */
  hub: RepositoryRecord[];
  seq: number;
  /** Seeded generator for ids and addresses of new resources: the same calls give the same world. */
  rand: () => number;
}
