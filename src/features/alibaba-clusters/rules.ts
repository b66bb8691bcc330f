import { alibabaOperations } from '../../providers/alibaba/operations';

/** 5.4.7 CreateCluster's enums, in the document's order. */
export const BUSINESS_CODES = ['JST', 'NEW_RETAIL', 'MINI_APP', 'SUPPLY', 'MESSAGE'] as const;
export const ENV_TYPES = ['TEST', 'PRO'] as const;
export const CLUSTER_TYPES = ['Standard', 'Serverless', 'Windows'] as const;
export const LABEL_PREFIX = 'label.jst.com/';

export interface CreateClusterForm {
  ClusterTitle?: string;
  BusinessCode?: string;
  ClusterEnvType?: string;
  ClusterType?: string;
  RegionId?: string;
  RegionName?: string;
  VpcId?: string;
  Vswitchids?: string[];
  /** KeyPair and Password: one of the two (document, KeyPair/Password rows). */
  login?: 'KeyPair' | 'Password';
  KeyPair?: string;
  Password?: string;
  PodCIDR?: string;
  ServiceCIDR?: string;
  CloudMonitorFlags?: boolean;
  SnatEntry?: boolean;
  PublicSlb?: boolean;
  CreateWithLogIntegration?: boolean;
}

/** Why a field is refused: a dictionary key suffix (`create.rule.<reason>`). */
export type Refusal = 'required' | 'password' | 'cidr' | 'cidrOverlap' | 'enum';

/** IPv4 CIDR as [first, last] address; undefined when malformed. */
export function cidrRange(cidr: string): [number, number] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const bits = Number(m[5]);
  if (octets.some((o) => o > 255) || bits > 32) return undefined;
  const ip = octets.reduce((n, o) => n * 256 + o, 0);
  const size = 2 ** (32 - bits);
  const first = Math.floor(ip / size) * size;
  return [first, first + size - 1];
}

/** Pod and service CIDRs are required for Windows and Standard clusters (PodCIDR/ServiceCIDR rows). */
export const needsCidr = (type: string | undefined) => type === 'Windows' || type === 'Standard';

const trim = (v: string | undefined) => (v ?? '').trim();

/** The call's parameters from the form: blanks left out, switches as the document's 0/1 and booleans. */
export function createParams(f: CreateClusterForm): Record<string, unknown> {
  const p: Record<string, unknown> = {
    ClusterTitle: trim(f.ClusterTitle),
    BusinessCode: f.BusinessCode,
    ClusterEnvType: f.ClusterEnvType,
    ClusterType: f.ClusterType,
    RegionId: trim(f.RegionId),
    VpcId: trim(f.VpcId),
    Vswitchids: (f.Vswitchids ?? []).map((v) => v.trim()).filter(Boolean),
    CloudMonitorFlags: f.CloudMonitorFlags === false ? 0 : 1,
    SnatEntry: f.SnatEntry === false ? 0 : 1,
    PublicSlb: f.PublicSlb ? 1 : 0,
  };
  if (trim(f.RegionName)) p.RegionName = trim(f.RegionName);
  if (f.login === 'Password') {
    if (f.Password) p.Password = f.Password;
  } else if (trim(f.KeyPair)) p.KeyPair = trim(f.KeyPair);
  if (needsCidr(f.ClusterType)) {
    if (trim(f.PodCIDR)) p.PodCIDR = trim(f.PodCIDR);
    if (trim(f.ServiceCIDR)) p.ServiceCIDR = trim(f.ServiceCIDR);
  }
  // Log integration applies only to Standard clusters (CreateWithLogIntegration row).
  if (f.ClusterType === 'Standard') p.CreateWithLogIntegration = !!f.CreateWithLogIntegration;
  for (const k of Object.keys(p)) if (p[k] === '' || p[k] === undefined) delete p[k];
  if ((p.Vswitchids as string[]).length === 0) delete p.Vswitchids;
  return p;
}

/**
 * Every refused field of the create form, with its reason: the operation's schema (required,
 * enums, the password pattern) plus the document's prose rules the schema cannot hold (KeyPair
 * or Password, CIDRs by cluster type, pod and service ranges apart).
 */
export function validateCreate(f: CreateClusterForm): Record<string, Refusal> {
  const params = createParams(f);
  const out: Record<string, Refusal> = {};
  const parsed = alibabaOperations.CreateCluster.params.safeParse(params);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (out[field]) continue;
      out[field] = params[field] === undefined ? 'required' : field === 'Password' ? 'password' : issue.code === 'invalid_value' ? 'enum' : 'required';
    }
  if (f.login === 'Password' ? !f.Password : !trim(f.KeyPair)) out[f.login === 'Password' ? 'Password' : 'KeyPair'] ??= 'required';
  if (needsCidr(f.ClusterType)) {
    const pod = trim(f.PodCIDR);
    const svc = trim(f.ServiceCIDR);
    if (!pod) out.PodCIDR = 'required';
    else if (!cidrRange(pod)) out.PodCIDR = 'cidr';
    if (!svc) out.ServiceCIDR = 'required';
    else if (!cidrRange(svc)) out.ServiceCIDR = 'cidr';
    const a = cidrRange(pod);
    const b = cidrRange(svc);
    if (a && b && a[0] <= b[1] && b[0] <= a[1]) out.ServiceCIDR = 'cidrOverlap';
  }
  return out;
}

/** A label key must start with label.jst.com/ (CreateNodeLabel/BindNodeLabel LabelKey rows). */
export function labelRefusals(key: string | undefined, value: string | undefined): { LabelKey?: 'required' | 'prefix'; LabelValue?: 'required' } {
  const out: { LabelKey?: 'required' | 'prefix'; LabelValue?: 'required' } = {};
  const k = trim(key);
  if (!k) out.LabelKey = 'required';
  else {
    const parsed = alibabaOperations.CreateNodeLabel.params.safeParse({ ClusterId: 'c', LabelKey: k, LabelValue: 'v' });
    if (!parsed.success && parsed.error.issues.some((i) => i.path[0] === 'LabelKey')) out.LabelKey = 'prefix';
  }
  if (!trim(value)) out.LabelValue = 'required';
  return out;
}

/** "35%", "0.35", 35 → 35 (percent, 0–100); undefined when absent. */
export function percentOf(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const s = String(value).trim();
  const n = Number(s.endsWith('%') ? s.slice(0, -1) : s);
  if (!Number.isFinite(n)) return undefined;
  const pct = s.endsWith('%') ? n : n <= 1 ? n * 100 : n;
  return Math.max(0, Math.min(100, Math.round(pct * 10) / 10));
}

/** The fraction used/total from two capacity strings ("12", "24Gi"); undefined when unreadable. */
export function ratioPercent(used: unknown, total: unknown): number | undefined {
  const num = (v: unknown) => {
    const m = /^\s*(-?\d+(?:\.\d+)?)/.exec(String(v ?? ''));
    return m ? Number(m[1]) : undefined;
  };
  const u = num(used);
  const t = num(total);
  if (u === undefined || t === undefined || t <= 0) return undefined;
  return Math.max(0, Math.min(100, Math.round((u / t) * 1000) / 10));
}
