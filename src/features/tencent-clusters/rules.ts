import type { TencentParams } from '../../providers/tencent/client';
import type { ClustersMessageKey } from './messages';

/**
 * The document's limits on the cluster and node forms (seed lines 776–1202), as pure checks that
 * answer with the message key shown beside the field, and the builders that turn form values
 * into the operations' parameters.
 */

/** A plain IPv4 CIDR "a.b.c.d/n". The service itself answers conflicts (CheckClusterCIDR). */
export function cidrProblem(text: string | undefined): ClustersMessageKey | undefined {
  const v = (text ?? '').trim();
  if (!v) return 'rule.required';
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(v);
  if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || Number(m[5]) > 32) return 'rule.cidrSyntax';
  const prefix = Number(m[5]);
  // The emulator's (and the console's) accepted masks: the document is silent.
  if (prefix < 8 || prefix > 28) return 'rule.cidrPrefix';
  const addr = ((Number(m[1]) << 24) | (Number(m[2]) << 16) | (Number(m[3]) << 8) | Number(m[4])) >>> 0;
  if (addr % 2 ** (32 - prefix) !== 0) return 'rule.cidrHostBits';
  return undefined;
}

/** The network address of a CIDR with host bits set ("10.1.2.3/16" → "10.1.0.0/16"). */
export function networkOf(text: string): string | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const prefix = Number(m[5]);
  const addr = ((Number(m[1]) << 24) | (Number(m[2]) << 16) | (Number(m[3]) << 8) | Number(m[4])) >>> 0;
  const size = 2 ** (32 - prefix);
  const net = addr - (addr % size);
  return `${[24, 16, 8, 0].map((s) => (net >>> s) & 255).join('.')}/${prefix}`;
}

/** Linux node passwords: 8–16 characters of at least two classes (lower+upper letters count as one). */
export function passwordProblem(pw: string | undefined): ClustersMessageKey | undefined {
  if (!pw) return 'rule.required';
  if (pw.length < 8 || pw.length > 16) return 'rule.passwordLength';
  if (!/^[A-Za-z0-9()`~!@#$%^&*\-+=|{}[\]:;'<>,.?/]+$/.test(pw)) return 'rule.passwordChars';
  const classes = [/[a-zA-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(pw)).length;
  return classes < 2 ? 'rule.passwordClasses' : undefined;
}

/** CVM configurations pair 1–8 GB of memory with each core (the emulator refuses other ratios). */
export function cpuMemProblem(cpu: number | undefined, mem: number | undefined): ClustersMessageKey | undefined {
  if (!cpu || !mem || cpu < 1 || mem < 1) return undefined;
  return mem < cpu || mem / cpu > 8 ? 'rule.cpuMemRatio' : undefined;
}

/** Monthly hosts pay bandwidth by month or traffic; hourly hosts by hour or traffic. */
export const bandwidthTypesFor = (cvmType: 'PayByHour' | 'PayByMonth'): ('PayByMonth' | 'PayByHour' | 'PayByTraffic')[] =>
  cvmType === 'PayByMonth' ? ['PayByMonth', 'PayByTraffic'] : ['PayByHour', 'PayByTraffic'];

/** Data disks grow in steps of 10 GB; 0 = no data disk. */
export const storageProblem = (size: number | undefined): ClustersMessageKey | undefined =>
  size === undefined || size === null ? 'rule.required' : size < 0 || size % 10 !== 0 ? 'rule.storageStep' : undefined;

/** Kubernetes label keys (optional DNS prefix) and values. */
export const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
export const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;
export function labelProblem(key: string, value: string): ClustersMessageKey | undefined {
  if (!key) return 'rule.required';
  if (key.length > 253 || !LABEL_KEY.test(key) || key.split('/').pop()!.length > 63) return 'rule.labelKey';
  if (value.length > 63 || !LABEL_VALUE.test(value)) return 'rule.labelValue';
  return undefined;
}

/** Namespace names: lower-case letters, digits and "-", at most 63 characters (Kubernetes' rule). */
export const namespaceProblem = (name: string | undefined): ClustersMessageKey | undefined =>
  !name ? 'rule.required' : name.length > 63 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) ? 'rule.namespaceName' : undefined;

/** Base64 of UTF-8 text (userScript is sent base64-encoded). */
export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export type OsName = 'centos7.2x86_64' | 'ubuntu16.04.1 LTSx86_64';
export type NodeOsName = OsName | 'centos7.2x86_64 GPU' | 'ubuntu16.04.1 LTSx86_64 GPU';
export type DiskType = 'LOCAL_BASIC' | 'LOCAL_SSD' | 'CLOUD_BASIC' | 'CLOUD_SSD';
export type DataDiskType = DiskType | 'CLOUD_PREMIUM';
export type RenewFlag = 'NOTIFY_AND_AUTO_RENEW' | 'NOTIFY_AND_MANUAL_RENEW' | 'DISABLE_NOTIFY_AND_MANUAL_RENEW';

/** What the node form holds (CreateCluster's node part and AddClusterInstances). */
export interface NodeSpecValues {
  zoneId: string;
  goodsNum: number;
  cpu: number;
  mem: number;
  instanceType: string;
  osName: NodeOsName;
  cvmType: 'PayByHour' | 'PayByMonth';
  renewFlag: RenewFlag;
  period?: number;
  bandwidthType: 'PayByMonth' | 'PayByHour' | 'PayByTraffic';
  bandwidth: number;
  wanIp: boolean;
  subnetId: string;
  isVpcGateway: boolean;
  rootSize: number;
  rootType: DiskType;
  storageSize: number;
  storageType: DataDiskType;
  login: 'random' | 'password' | 'key';
  password?: string;
  keyId?: string;
  sgId?: string;
  userScript?: string;
  mountTarget?: string;
  dockerGraphPath?: string;
  unschedulable?: boolean;
}

export const NODE_DEFAULTS: NodeSpecValues = {
  zoneId: '',
  goodsNum: 1,
  cpu: 2,
  mem: 4,
  instanceType: 'S3.MEDIUM4',
  osName: 'ubuntu16.04.1 LTSx86_64',
  cvmType: 'PayByHour',
  renewFlag: 'NOTIFY_AND_AUTO_RENEW',
  bandwidthType: 'PayByTraffic',
  bandwidth: 1,
  wanIp: true,
  subnetId: '',
  isVpcGateway: false,
  rootSize: 50,
  rootType: 'CLOUD_BASIC',
  storageSize: 0,
  storageType: 'CLOUD_BASIC',
  login: 'random',
};

const trimmed = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** The purchase fields the two buying operations share. */
function nodePurchase(v: NodeSpecValues) {
  const monthly = v.cvmType === 'PayByMonth';
  return {
    zoneId: v.zoneId,
    cpu: v.cpu,
    mem: v.mem,
    instanceType: trimmed(v.instanceType) ?? 'S1.SMALL1',
    cvmType: v.cvmType,
    ...(monthly ? { renewFlag: v.renewFlag, period: v.period } : {}),
    bandwidthType: v.bandwidthType,
    bandwidth: v.bandwidth,
    // No public IP without bandwidth (the document forces it); otherwise the user's choice.
    wanIp: (v.bandwidth > 0 && v.wanIp ? 1 : 0) as 0 | 1,
    subnetId: v.subnetId.trim(),
    isVpcGateway: (v.isVpcGateway ? 1 : 0) as 0 | 1,
    rootSize: v.rootSize,
    rootType: v.rootType,
    storageSize: v.storageSize,
    storageType: v.storageType,
    goodsNum: v.goodsNum,
    ...(v.login === 'password' ? { password: v.password } : {}),
    ...(v.login === 'key' ? { keyId: trimmed(v.keyId) } : {}),
    ...(trimmed(v.sgId) ? { sgId: trimmed(v.sgId) } : {}),
    ...(trimmed(v.userScript) ? { userScript: toBase64(v.userScript!) } : {}),
  };
}

export interface ClusterBasics {
  clusterName: string;
  clusterDesc?: string;
  vpcId: string;
  clusterCIDR: string;
  ignoreClusterCIDRConflict: boolean;
  masterSubnetId?: string;
}

export function buildCreateCluster(b: ClusterBasics, v: NodeSpecValues): TencentParams<'CreateCluster'> {
  return {
    clusterName: b.clusterName.trim(),
    ...(trimmed(b.clusterDesc) ? { clusterDesc: trimmed(b.clusterDesc) } : {}),
    clusterCIDR: b.clusterCIDR.trim(),
    ignoreClusterCIDRConflict: b.ignoreClusterCIDRConflict ? 1 : 0,
    vpcId: b.vpcId.trim(),
    ...(trimmed(b.masterSubnetId) ? { masterSubnetId: trimmed(b.masterSubnetId) } : {}),
    ...nodePurchase(v),
    // CreateCluster takes the two plain systems only.
    osName: v.osName.replace(/ GPU$/, '') as OsName,
  };
}

export interface EmptyClusterValues {
  clusterVersion?: string;
  osName?: OsName;
  projectId?: number;
}

/** CreateEmptyCluster: vpcId is not in the table but the example sends it (the cluster joins that VPC). */
export function buildCreateEmptyCluster(b: ClusterBasics, v: EmptyClusterValues): TencentParams<'CreateEmptyCluster'> & { vpcId: string } {
  return {
    clusterName: b.clusterName.trim(),
    clusterCIDR: b.clusterCIDR.trim(),
    ...(trimmed(b.clusterDesc) ? { clusterDesc: trimmed(b.clusterDesc) } : {}),
    ...(trimmed(v.clusterVersion) ? { clusterVersion: trimmed(v.clusterVersion) } : {}),
    ...(v.osName ? { osName: v.osName } : {}),
    ...(v.projectId !== undefined && v.projectId !== null ? { projectId: v.projectId } : {}),
    ignoreClusterCIDRConflict: b.ignoreClusterCIDRConflict ? 1 : 0,
    ...(trimmed(b.masterSubnetId) ? { masterSubnetId: trimmed(b.masterSubnetId) } : {}),
    vpcId: b.vpcId.trim(),
  };
}

export function buildAddInstances(clusterId: string, v: NodeSpecValues): TencentParams<'AddClusterInstances'> {
  return {
    clusterId,
    ...nodePurchase(v),
    osName: v.osName,
    ...(trimmed(v.mountTarget) ? { mountTarget: trimmed(v.mountTarget) } : {}),
    dockerGraphPath: trimmed(v.dockerGraphPath) ?? '/var/lib/docker',
    unschedulable: v.unschedulable ? 1 : 0,
  };
}

export interface ExistingCvmValues {
  login: 'random' | 'password' | 'key';
  password?: string;
  keyId?: string;
  sgId?: string;
  osName?: OsName;
  mountTarget?: string;
  dockerGraphPath?: string;
  unschedulable?: boolean;
  userScript?: string;
}

export function buildAddExisting(clusterId: string, instanceIds: string[], v: ExistingCvmValues): TencentParams<'AddClusterInstancesFromExistedCvm'> {
  return {
    clusterId,
    instanceIds,
    ...(v.login === 'password' ? { password: v.password } : {}),
    ...(v.login === 'key' ? { keyId: trimmed(v.keyId) } : {}),
    ...(trimmed(v.sgId) ? { sgId: trimmed(v.sgId) } : {}),
    ...(v.osName ? { osName: v.osName } : {}),
    ...(trimmed(v.mountTarget) ? { mountTarget: trimmed(v.mountTarget) } : {}),
    dockerGraphPath: trimmed(v.dockerGraphPath) ?? '/var/lib/docker',
    unschedulable: v.unschedulable ? 1 : 0,
    ...(trimmed(v.userScript) ? { userScript: toBase64(v.userScript!) } : {}),
  };
}

/** "k=v" lines (or comma-separated) as a label map; the problem of the first bad entry. */
export function parseLabels(text: string): { labels: Record<string, string>; problem?: ClustersMessageKey; at?: string } {
  const labels: Record<string, string> = {};
  for (const raw of text.split(/[\n,]/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const eq = entry.indexOf('=');
    const key = (eq < 0 ? entry : entry.slice(0, eq)).trim();
    const value = eq < 0 ? '' : entry.slice(eq + 1).trim();
    const problem = labelProblem(key, value);
    if (problem) return { labels, problem, at: entry };
    labels[key] = value;
  }
  return { labels };
}

export const formatLabels = (labels: Record<string, unknown> | undefined) =>
  Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${String(v ?? '')}`)
    .join('\n');

/** ModifyClusterAsgScaleDown's form; minutes and percentages as the document gives them. */
export interface ScaleDownValues {
  scaleDownEnabled: boolean;
  expander?: 'random' | 'most-pods' | 'least-waste';
  maxEmptyBulkDelete?: number;
  maxTotalUnreadyPercentage?: number;
  okTotalUnreadyCount?: number;
  scaleDownDelay?: number;
  scaleDownUnneededTime?: number;
  scaleDownUnreadyTime?: number;
  skipNodesWithLocalStorage: boolean;
  skipNodesWithSystemPods: boolean;
  unregisteredNodeRemovalTime?: number;
  scaleDownUtilizationThreshold?: number;
}

export const SCALE_DOWN_DEFAULTS: ScaleDownValues = {
  scaleDownEnabled: true,
  maxEmptyBulkDelete: 10,
  scaleDownDelay: 10,
  scaleDownUnneededTime: 10,
  scaleDownUnreadyTime: 20,
  unregisteredNodeRemovalTime: 15,
  skipNodesWithLocalStorage: true,
  skipNodesWithSystemPods: true,
};

export function buildScaleDown(clusterId: string, v: ScaleDownValues): TencentParams<'ModifyClusterAsgScaleDown'> {
  const num = (n: number | undefined | null) => (n === undefined || n === null ? undefined : n);
  const out: Record<string, unknown> = {
    clusterId,
    scaleDownEnabled: v.scaleDownEnabled ? 1 : 0,
    expander: v.expander,
    maxEmptyBulkDelete: num(v.maxEmptyBulkDelete) ?? 10,
    maxTotalUnreadyPercentage: num(v.maxTotalUnreadyPercentage),
    okTotalUnreadyCount: num(v.okTotalUnreadyCount),
    scaleDownDelay: num(v.scaleDownDelay) ?? 10,
    scaleDownUnneededTime: num(v.scaleDownUnneededTime) ?? 10,
    scaleDownUnreadyTime: num(v.scaleDownUnreadyTime) ?? 20,
    skipNodesWithLocalStorage: v.skipNodesWithLocalStorage ? 1 : 0,
    skipNodesWithSystemPods: v.skipNodesWithSystemPods ? 1 : 0,
    unregisteredNodeRemovalTime: num(v.unregisteredNodeRemovalTime) ?? 15,
    scaleDownUtilizationThreshold: num(v.scaleDownUtilizationThreshold),
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as TencentParams<'ModifyClusterAsgScaleDown'>;
}

/** Scaling-group sizes: 0 ≤ min ≤ max ≤ 20 (a cluster holds at most 20 nodes). */
export const NODES_PER_CLUSTER = 20;
export function rangeProblem(min: number | undefined, max: number | undefined): ClustersMessageKey | undefined {
  if (min === undefined || min === null || max === undefined || max === null) return 'rule.required';
  if (min < 0 || max < min) return 'rule.asgRange';
  if (max > NODES_PER_CLUSTER) return 'rule.asgMax';
  return undefined;
}
