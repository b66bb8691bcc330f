import type { TencentParams, TencentResult } from '../../providers/tencent/client';

/**
 * The service form (CreateClusterService / ModifyClusterService, seed lines 3096–4131): the form's
 * values, the document's limits on each field, and the nested params object the client sends
 * (the client turns arrays into Tencent's `a.n.b` names).
 */

export const ACCESS_TYPES = ['ClusterIP', 'LoadBalancer', 'SvcLBTypeInner', 'None'] as const;
export const PROTOCOLS = ['TCP', 'UDP'] as const;
export const VOLUME_TYPES = ['hostPath', 'cbsDisk', 'configMap', 'nfsDisk'] as const;
export const CHECK_METHODS = ['methodTcp', 'methodHttp', 'methodCmd'] as const;
export const STRATEGIES = ['RollingUpdate', 'Recreate'] as const;
export const MOUNT_MODES = ['rw', 'ro'] as const;

export type AccessType = (typeof ACCESS_TYPES)[number];
export type CheckMethod = (typeof CHECK_METHODS)[number];

export interface ProbeForm {
  enabled: boolean;
  checkMethod: CheckMethod;
  port?: number;
  protocol?: 'HTTP' | 'HTTPS';
  path?: string;
  cmd?: string;
  healthNum?: number;
  unhealthNum?: number;
  intervalTime?: number;
  timeOut?: number;
  delayTime?: number;
}

export interface ContainerForm {
  containerName: string;
  image: string;
  cpu?: number;
  cpuLimits?: number;
  memory?: number;
  memoryLimits?: number;
  envs: { name: string; value?: string }[];
  volumeMounts: { volumeName: string; mountPath: string; mode: 'rw' | 'ro' }[];
  command?: string;
  /** One argument a line (arguments.n). */
  arguments?: string;
  workingDir?: string;
  privileged?: boolean;
  live: ProbeForm;
  ready: ProbeForm;
}

export interface VolumeForm {
  name: string;
  volumeType: (typeof VOLUME_TYPES)[number];
  hostPath?: string;
  cbsDiskId?: string;
  nfsPath?: string;
  configId?: string;
  configVersion?: string;
  /** configKeys.n as `key=path` lines. */
  configKeys?: string;
}

export interface ServiceForm {
  serviceName: string;
  serviceDesc?: string;
  replicas: number;
  accessType: AccessType;
  subnetId?: string;
  portMappings: { lbPort?: number; containerPort?: number; nodePort?: number; protocol: 'TCP' | 'UDP' }[];
  volumes: VolumeForm[];
  containers: ContainerForm[];
  /** ModifyClusterService only. */
  strategy: (typeof STRATEGIES)[number];
  minReadySeconds?: number;
  nodeAffinity: { key: string; operator: string; values?: string }[];
}

export const emptyProbe = (): ProbeForm => ({ enabled: false, checkMethod: 'methodTcp', protocol: 'HTTP', path: '/', healthNum: 1, unhealthNum: 3, intervalTime: 10, timeOut: 2, delayTime: 0 });

export const emptyContainer = (name = ''): ContainerForm => ({ containerName: name, image: '', cpu: 250, memory: 256, envs: [], volumeMounts: [], live: emptyProbe(), ready: emptyProbe() });

export const emptyForm = (): ServiceForm => ({
  serviceName: '',
  replicas: 1,
  accessType: 'ClusterIP',
  portMappings: [{ lbPort: 80, containerPort: 80, protocol: 'TCP' }],
  volumes: [],
  containers: [emptyContainer()],
  strategy: 'RollingUpdate',
  minReadySeconds: 0,
  nodeAffinity: [],
});

// ---- field rules: each returns a message key (with vars) or undefined -------------------------

export type RuleError = { key: RuleKey; vars?: Record<string, string | number> };
export type RuleKey =
  | 'rule.required'
  | 'rule.serviceName'
  | 'rule.maxLength'
  | 'rule.range'
  | 'rule.min'
  | 'rule.integer'
  | 'rule.cpu'
  | 'rule.cpuLimits'
  | 'rule.memoryLimitsMin'
  | 'rule.memoryLimits'
  | 'rule.envName'
  | 'rule.duplicate'
  | 'rule.liveHealthNum'
  | 'rule.subnetRequired'
  | 'rule.portsRequired'
  | 'rule.noPortsForNone'
  | 'rule.cbsReplicas'
  | 'rule.unknownVolume'
  | 'rule.mountsWithoutVolumes'
  | 'rule.nodePort'
  | 'rule.labelKey'
  | 'rule.configKeys';

export const SERVICE_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Kubernetes label keys (optional DNS prefix, then a name); the emulator checks the same. */
export const LABEL_KEY = /^([a-z0-9.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

const blank = (v: unknown) => v === undefined || v === null || v === '';

export function serviceNameRule(v: string | undefined): RuleError | undefined {
  if (blank(v)) return { key: 'rule.required' };
  if (v!.length > 63) return { key: 'rule.maxLength', vars: { max: 63 } };
  if (!SERVICE_NAME.test(v!)) return { key: 'rule.serviceName' };
  return undefined;
}

export function rangeRule(v: number | undefined | null, min: number, max: number, required = false): RuleError | undefined {
  if (blank(v)) return required ? { key: 'rule.required' } : undefined;
  if (!Number.isInteger(v)) return { key: 'rule.integer' };
  if (v! < min || v! > max) return { key: 'rule.range', vars: { min, max } };
  return undefined;
}

export function replicasRule(v: number | undefined | null, volumes: readonly Pick<VolumeForm, 'volumeType'>[] = []): RuleError | undefined {
  if (blank(v)) return { key: 'rule.required' };
  if (!Number.isInteger(v)) return { key: 'rule.integer' };
  if (v! < 0) return { key: 'rule.min', vars: { min: 0 } };
  if (v! > 1 && volumes.some((x) => x.volumeType === 'cbsDisk')) return { key: 'rule.cbsReplicas' };
  return undefined;
}

/** cpu / cpuLimits: millicores, 0 or absent = no limit, else at least 100; cpuLimits ≥ cpu. */
export function cpuRule(v: number | undefined | null): RuleError | undefined {
  if (blank(v) || v === 0) return undefined;
  if (!Number.isInteger(v)) return { key: 'rule.integer' };
  return v! < 100 ? { key: 'rule.cpu' } : undefined;
}
export function cpuLimitsRule(limit: number | undefined | null, request: number | undefined | null): RuleError | undefined {
  const own = cpuRule(limit);
  if (own || blank(limit) || limit === 0) return own;
  return request && limit! < request ? { key: 'rule.cpuLimits' } : undefined;
}
/** memory (MiB): 0 or absent = no limit. memoryLimits: at least 4 MiB, ≥ memory. */
export function memoryRule(v: number | undefined | null): RuleError | undefined {
  if (blank(v) || v === 0) return undefined;
  if (!Number.isInteger(v)) return { key: 'rule.integer' };
  return v! < 0 ? { key: 'rule.min', vars: { min: 0 } } : undefined;
}
export function memoryLimitsRule(limit: number | undefined | null, request: number | undefined | null): RuleError | undefined {
  if (blank(limit) || limit === 0) return undefined;
  if (!Number.isInteger(limit)) return { key: 'rule.integer' };
  if (limit! < 4) return { key: 'rule.memoryLimitsMin' };
  return request && limit! < request ? { key: 'rule.memoryLimits' } : undefined;
}

export function envNameRule(v: string | undefined): RuleError | undefined {
  if (blank(v)) return { key: 'rule.required' };
  return ENV_NAME.test(v!) ? undefined : { key: 'rule.envName' };
}

export function containerNameRule(v: string | undefined, all: readonly string[]): RuleError | undefined {
  if (blank(v)) return { key: 'rule.required' };
  if (v!.length > 63) return { key: 'rule.maxLength', vars: { max: 63 } };
  return all.filter((n) => n === v).length > 1 ? { key: 'rule.duplicate' } : undefined;
}

export function healthNumRule(v: number | undefined | null, kind: 'live' | 'ready'): RuleError | undefined {
  const r = rangeRule(v, 1, 10, true);
  if (r) return r;
  return kind === 'live' && v !== 1 ? { key: 'rule.liveHealthNum' } : undefined;
}

export const PROBE_LIMITS = {
  unhealthNum: [1, 10],
  intervalTime: [2, 300],
  timeOut: [2, 60],
  delayTime: [0, 60],
} as const;

export function nodePortRule(v: number | undefined | null): RuleError | undefined {
  if (blank(v) || v === 0) return undefined;
  if (!Number.isInteger(v) || v! < 30000 || v! > 32767) return { key: 'rule.nodePort' };
  return undefined;
}

/** The rules across fields of a whole form (beside the section they belong to). */
export function formRules(f: ServiceForm): { field: (string | number)[]; error: RuleError }[] {
  const out: { field: (string | number)[]; error: RuleError }[] = [];
  if (f.accessType === 'SvcLBTypeInner' && blank(f.subnetId)) out.push({ field: ['subnetId'], error: { key: 'rule.subnetRequired' } });
  if ((f.accessType === 'LoadBalancer' || f.accessType === 'SvcLBTypeInner') && f.portMappings.length === 0) out.push({ field: ['portMappings'], error: { key: 'rule.portsRequired' } });
  const volumeNames = new Set(f.volumes.map((v) => v.name));
  f.volumes.forEach((v, i) => {
    if (f.volumes.filter((x) => x.name === v.name).length > 1) out.push({ field: ['volumes', i, 'name'], error: { key: 'rule.duplicate' } });
  });
  f.containers.forEach((k, i) =>
    k.volumeMounts.forEach((m, j) => {
      if (f.volumes.length === 0) out.push({ field: ['containers', i, 'volumeMounts', j, 'volumeName'], error: { key: 'rule.mountsWithoutVolumes' } });
      else if (m.volumeName && !volumeNames.has(m.volumeName)) out.push({ field: ['containers', i, 'volumeMounts', j, 'volumeName'], error: { key: 'rule.unknownVolume', vars: { name: m.volumeName } } });
    }),
  );
  return out;
}

export function labelKeyRule(v: string | undefined): RuleError | undefined {
  if (blank(v)) return { key: 'rule.required' };
  return LABEL_KEY.test(v!) && v!.length <= 253 ? undefined : { key: 'rule.labelKey' };
}

export function configKeysRule(v: string | undefined): RuleError | undefined {
  if (blank(v)) return { key: 'rule.required' };
  return lines(v).every((l) => /^[^=\s]+=[^=\s]+$/.test(l)) ? undefined : { key: 'rule.configKeys' };
}

// ---- encoding ----------------------------------------------------------------------------------

const lines = (v: string | undefined) =>
  (v ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const num = (v: number | undefined | null) => (v === undefined || v === null || Number.isNaN(v) ? undefined : v);
const text = (v: string | undefined | null) => (v === undefined || v === null || v.trim() === '' ? undefined : v.trim());
/** Drops undefined members so the request carries only what the user set. */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

type CreateParams = TencentParams<'CreateClusterService'>;
type ModifyParams = TencentParams<'ModifyClusterService'>;
type HealthCheck = NonNullable<CreateParams['containers'][number]['healthCheck']>[number];

function healthCheck(p: ProbeForm, type: 'liveCheck' | 'readyCheck'): HealthCheck {
  return compact({
    type,
    checkMethod: p.checkMethod,
    healthNum: type === 'liveCheck' ? 1 : num(p.healthNum),
    unhealthNum: num(p.unhealthNum),
    intervalTime: num(p.intervalTime),
    timeOut: num(p.timeOut),
    delayTime: num(p.delayTime) ?? 0,
    port: p.checkMethod === 'methodCmd' ? undefined : num(p.port),
    protocol: p.checkMethod === 'methodHttp' ? p.protocol ?? 'HTTP' : undefined,
    path: p.checkMethod === 'methodHttp' ? text(p.path) ?? '/' : undefined,
    cmd: p.checkMethod === 'methodCmd' ? text(p.cmd) : undefined,
  }) as HealthCheck;
}

/** The nested params of CreateClusterService for a form in (cluster, namespace). */
export function toCreateParams(f: ServiceForm, clusterId: string, namespace: string): CreateParams {
  const ports = f.accessType === 'None' ? [] : f.portMappings;
  return compact({
    clusterId,
    namespace,
    serviceName: f.serviceName.trim(),
    serviceDesc: text(f.serviceDesc),
    replicas: f.replicas,
    accessType: f.accessType,
    subnetId: f.accessType === 'SvcLBTypeInner' ? text(f.subnetId) : undefined,
    portMappings: ports.length ? ports.map((m) => compact({ lbPort: m.lbPort!, containerPort: m.containerPort!, nodePort: num(m.nodePort) || undefined, protocol: m.protocol })) : undefined,
    volumes: f.volumes.length
      ? f.volumes.map((v) =>
          compact({
            name: v.name.trim(),
            volumeType: v.volumeType,
            hostPath: v.volumeType === 'hostPath' ? text(v.hostPath) : undefined,
            cbsDiskId: v.volumeType === 'cbsDisk' ? text(v.cbsDiskId) : undefined,
            nfsPath: v.volumeType === 'nfsDisk' ? text(v.nfsPath) : undefined,
            configId: v.volumeType === 'configMap' ? text(v.configId) : undefined,
            configVersion: v.volumeType === 'configMap' ? text(v.configVersion) : undefined,
            configKeys:
              v.volumeType === 'configMap'
                ? lines(v.configKeys).map((l) => {
                    const [key, path] = l.split('=');
                    return { key, path };
                  })
                : undefined,
          }),
        )
      : undefined,
    containers: f.containers.map((k) => {
      const checks = [...(k.live.enabled ? [healthCheck(k.live, 'liveCheck')] : []), ...(k.ready.enabled ? [healthCheck(k.ready, 'readyCheck')] : [])];
      const args = lines(k.arguments);
      return compact({
        containerName: k.containerName.trim(),
        image: k.image.trim(),
        envs: k.envs.length ? k.envs.map((e) => ({ name: e.name, value: e.value ?? '' })) : undefined,
        volumeMounts: k.volumeMounts.length ? k.volumeMounts.map((m) => ({ volumeName: m.volumeName, mountPath: m.mountPath, mode: m.mode })) : undefined,
        healthCheck: checks.length ? checks : undefined,
        cpu: num(k.cpu),
        cpuLimits: num(k.cpuLimits),
        memory: num(k.memory),
        memoryLimits: num(k.memoryLimits),
        command: text(k.command),
        arguments: args.length ? args : undefined,
        privileged: k.privileged ? true : undefined,
        workingDir: text(k.workingDir),
      });
    }),
    nodeAffinity: f.nodeAffinity.length
      ? f.nodeAffinity.map((a) => compact({ key: a.key, operator: a.operator as 'In', values: lines((a.values ?? '').replace(/,/g, '\n')).length ? lines((a.values ?? '').replace(/,/g, '\n')) : undefined }))
      : undefined,
  }) as CreateParams;
}

/** ModifyClusterService is a full replacement: every field again, plus strategy and minReadySeconds. */
export function toModifyParams(f: ServiceForm, clusterId: string, namespace: string): ModifyParams {
  return compact({ ...toCreateParams(f, clusterId, namespace), strategy: f.strategy, minReadySeconds: num(f.minReadySeconds) }) as ModifyParams;
}

// ---- prefill from DescribeClusterServiceInfo ---------------------------------------------------

export type ServiceInfo = Extract<NonNullable<TencentResult<'DescribeClusterServiceInfo'>['service']>, { serviceName?: string; containers?: unknown }> & Record<string, unknown>;
type Probe = NonNullable<NonNullable<ServiceInfo['containers']>[number]['liveProbe']>;

/** The answer's `service` is an object (an array in one example of the document): take the first. */
export function serviceOf(data: TencentResult<'DescribeClusterServiceInfo'> | undefined): ServiceInfo | undefined {
  const s = data?.service;
  return (Array.isArray(s) ? s[0] : s) as ServiceInfo | undefined;
}

function probeForm(p: Probe | null | undefined): ProbeForm {
  if (!p) return emptyProbe();
  const method = (CHECK_METHODS as readonly string[]).includes(p.checkMethod ?? '') ? (p.checkMethod as CheckMethod) : 'methodTcp';
  const cmd = p.methodCmd?.cmd;
  return {
    enabled: true,
    checkMethod: method,
    port: p.methodTcp?.port ?? p.methodHttp?.port,
    protocol: (p.methodHttp?.protocol as 'HTTP' | 'HTTPS' | undefined) ?? 'HTTP',
    path: p.methodHttp?.path ?? '/',
    cmd: Array.isArray(cmd) ? cmd.join(' ') : typeof cmd === 'string' ? cmd : undefined,
    healthNum: p.healthNum,
    unhealthNum: p.unhealthNum,
    intervalTime: p.intervalTime,
    timeOut: p.timeOut,
    delayTime: p.delayTime,
  };
}

const zeroToUndefined = (v: number | undefined) => (v ? v : undefined);

/** The full form prefilled from the service's current definition (for ModifyClusterService). */
export function formFromInfo(s: ServiceInfo): ServiceForm {
  const vols = (s.volumes ?? []) as Array<Record<string, unknown>>;
  const access = (ACCESS_TYPES as readonly string[]).includes(s.accessType ?? '') ? (s.accessType as AccessType) : 'ClusterIP';
  return {
    serviceName: s.serviceName ?? '',
    serviceDesc: s.serviceDesc ?? '',
    replicas: s.desiredReplicas ?? 1,
    accessType: access,
    subnetId: s.subnetId || undefined,
    portMappings: (s.portMappings ?? []).map((m) => ({ lbPort: m.lbPort, containerPort: m.containerPort, nodePort: m.nodePort || undefined, protocol: m.protocol === 'UDP' ? 'UDP' : 'TCP' })),
    volumes: vols.map((v) => ({
      name: String(v.name ?? ''),
      volumeType: ((VOLUME_TYPES as readonly string[]).includes(String(v.volumeType)) ? v.volumeType : 'hostPath') as VolumeForm['volumeType'],
      hostPath: (v.hostPath as string) || undefined,
      cbsDiskId: (v.cbsDiskId as string) || undefined,
      nfsPath: (v.nfsPath as string) || undefined,
      configId: (v.configId as string) || undefined,
      configVersion: (v.configVersion as string) || undefined,
      configKeys: Array.isArray(v.configKeys) ? (v.configKeys as { key?: string; path?: string }[]).map((k) => `${k.key}=${k.path}`).join('\n') : undefined,
    })),
    containers: (s.containers ?? []).map((k) => ({
      containerName: k.containerName ?? '',
      image: k.image ?? '',
      cpu: zeroToUndefined(k.cpu),
      cpuLimits: zeroToUndefined(k.cpuLimits),
      memory: zeroToUndefined(k.memory),
      memoryLimits: zeroToUndefined(k.memoryLimits),
      envs: (k.envs ?? []).map((e) => ({ name: e.name ?? '', value: e.value ?? '' })),
      volumeMounts: (k.volumeMounts ?? []).map((m) => ({ volumeName: m.volumeName ?? '', mountPath: m.mountPath ?? '', mode: m.mode === 'ro' ? 'ro' : 'rw' })),
      command: k.command || undefined,
      arguments: (k.arguments ?? []).map(String).join('\n') || undefined,
      workingDir: (k as Record<string, unknown>).workingDir ? String((k as Record<string, unknown>).workingDir) : undefined,
      privileged: (k as Record<string, unknown>).privileged === true,
      live: probeForm(k.liveProbe),
      ready: probeForm(k.readyProbe),
    })),
    strategy: s.strategy === 'Recreate' ? 'Recreate' : 'RollingUpdate',
    minReadySeconds: typeof s.minReadySeconds === 'number' ? s.minReadySeconds : 0,
    nodeAffinity: [],
  };
}

// ---- rollout -------------------------------------------------------------------------------------

/** The document's transitional service states (Waiting, Updating, RollingBack). */
const MOVING = new Set(['Waiting', 'Updating', 'RollingBack']);

export interface InstanceLike {
  status?: string;
}

/** True while a rollout runs: a moving status, replicas not yet ready, or pods not Running. */
export function isSettling(s: Pick<ServiceInfo, 'status' | 'currentReplicas' | 'desiredReplicas'> | undefined, pods?: readonly InstanceLike[]): boolean {
  if (!s) return false;
  if (s.status === 'Paused') return false;
  if (MOVING.has(s.status ?? '')) return true;
  if ((s.currentReplicas ?? 0) !== (s.desiredReplicas ?? 0)) return true;
  return !!pods && pods.some((p) => p.status !== 'Running');
}

/** The image string of a registry tag: `server/namespace/name:tag`. */
export const imageOf = (server: string | undefined, reponame: string, tag: string) => `${server ? `${server.replace(/\/+$/, '')}/` : ''}${reponame}:${tag}`;

/** Parses `key=value` lines into labels (blank lines ignored). */
export function parseLabels(v: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines(v)) {
    const at = l.indexOf('=');
    if (at < 0) out[l] = '';
    else out[l.slice(0, at).trim()] = l.slice(at + 1).trim();
  }
  return out;
}
