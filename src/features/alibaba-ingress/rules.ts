import type { AlibabaParams } from '../../providers/alibaba/client';
import type { IngressMessageKey } from '../ingresses/messages';

/**
 * The document's limits on SLB access points (seed 004 §3.1, CreateSlbAP/ModifySlbAP) and k8s
 * services (§3.2, CreateService/ModifyService), as pure checks returning the broken rule's key.
 */
type Check = IngressMessageKey | undefined;

export const PROTOCOLS = ['TCP', 'UDP', 'HTTP', 'HTTPS'] as const;
export type SlbProtocol = (typeof PROTOCOLS)[number];
export const SERVICE_TYPES = ['ClusterIP', 'NodePort'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export const PORT_PROTOCOLS = ['TCP', 'UDP'] as const;

const blank = (v: unknown) => v === undefined || v === null || v === '';
const intIn = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export const requiredError = (v: unknown): Check => (blank(v) || (typeof v === 'string' && v.trim() === '') ? 'common.required' : undefined);
export const portError = (v: unknown): Check => (blank(v) ? 'common.required' : intIn(v, 1, 65535) ? undefined : 'common.portRange');
/** EstablishedTimeout: TCP only, 10–900 seconds. */
export const timeoutError = (v: unknown): Check => (blank(v) ? undefined : intIn(v, 10, 900) ? undefined : 'ali.rule.timeout');
/** CookieTimeout: HTTP/HTTPS only, 1–86400 seconds. */
export const cookieError = (v: unknown): Check => (blank(v) ? undefined : intIn(v, 1, 86400) ? undefined : 'ali.rule.cookie');
/** HTTPS listeners need a certificate (the emulator refuses one without, as SLB does). */
export const certError = (protocol: string | undefined, cert: string | undefined): Check => (protocol === 'HTTPS' && !cert?.trim() ? 'ali.rule.https' : undefined);

export const isHttp = (p: string | undefined) => p === 'HTTP' || p === 'HTTPS';

export interface SlbApValues {
  Name?: string;
  SlbId?: string;
  ListenerPort?: number;
  RealServerPort?: number;
  Protocol?: SlbProtocol;
  EstablishedTimeout?: number;
  StickySession?: boolean;
  CookieTimeout?: number;
  SslCertId?: string;
}

/** The protocol's own options only: timeouts for TCP, sessions for HTTP/HTTPS, certificates for HTTPS. */
function listenerOptions(protocol: string | undefined, v: SlbApValues) {
  const http = isHttp(protocol);
  return {
    EstablishedTimeout: protocol === 'TCP' && !blank(v.EstablishedTimeout) ? v.EstablishedTimeout : undefined,
    StickySession: http ? (v.StickySession ? 1 : 0) : undefined,
    CookieTimeout: http && v.StickySession && !blank(v.CookieTimeout) ? v.CookieTimeout : undefined,
    SslCertId: protocol === 'HTTPS' ? v.SslCertId?.trim() || undefined : undefined,
  } as const;
}

export function createSlbApParams(envId: number, v: SlbApValues): AlibabaParams<'CreateSlbAP'> {
  return {
    EnvId: envId,
    Name: (v.Name ?? '').trim(),
    SlbId: (v.SlbId ?? '').trim(),
    ListenerPort: v.ListenerPort!,
    RealServerPort: v.RealServerPort!,
    Protocol: v.Protocol!,
    ...listenerOptions(v.Protocol, v),
  };
}

/** ModifySlbAP cannot change the protocol, SLB or listener port. */
export function modifySlbApParams(id: number, protocol: string, v: SlbApValues): AlibabaParams<'ModifySlbAP'> {
  return { SlbAPId: id, Name: v.Name?.trim() || undefined, RealServerPort: v.RealServerPort, ...listenerOptions(protocol, v) };
}

// ------------------------------------------------------------------ k8s services

export const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const k8sNameError = (v: unknown): Check => (blank(v) ? 'common.required' : typeof v === 'string' && v.length <= 63 && DNS_LABEL.test(v) ? undefined : 'rule.dnsLabel');
/** TargetPort is a String: a port number, or a named container port (IANA name, ≤ 15). */
export const targetPortError = (v: unknown): Check => {
  if (blank(v)) return 'common.required';
  const s = String(v);
  if (/^\d+$/.test(s)) return intIn(Number(s), 1, 65535) ? undefined : 'ali.rule.targetPort';
  return s.length <= 15 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(s) && /[a-z]/.test(s) ? undefined : 'ali.rule.targetPort';
};
/** NodePort: only for NodePort services, in the k8s node-port range. */
export const nodePortError = (type: string | undefined, v: unknown): Check => (blank(v) ? undefined : type === 'NodePort' && intIn(v, 30000, 32767) ? undefined : 'ali.rule.nodePort');

export interface PortMappingValues {
  Name?: string;
  Protocol?: 'TCP' | 'UDP';
  Port?: number;
  TargetPort?: string;
  NodePort?: number;
}

/** The 1-based row an earlier mapping already uses this name, or this port and protocol. */
export function duplicatePortOf(ports: readonly (PortMappingValues | undefined)[], index: number): number | undefined {
  const p = ports[index];
  if (!p) return undefined;
  const i = ports.findIndex((q, j) => j < index && !!q && ((!!p.Name && q.Name === p.Name) || (p.Port !== undefined && q.Port === p.Port && (q.Protocol ?? 'TCP') === (p.Protocol ?? 'TCP'))));
  return i >= 0 ? i + 1 : undefined;
}

export interface ServiceValues {
  Name?: string;
  K8sServiceId?: string;
  ServiceType?: ServiceType;
  Headless?: boolean;
  PortMappings?: PortMappingValues[];
}

const mappings = (type: string | undefined, ports: readonly PortMappingValues[]) =>
  ports.map((m) => ({
    Name: (m.Name ?? '').trim(),
    Protocol: m.Protocol ?? 'TCP',
    Port: m.Port!,
    TargetPort: String(m.TargetPort ?? '').trim(),
    NodePort: type === 'NodePort' && !blank(m.NodePort) ? m.NodePort : undefined,
  }));

export function createServiceParams(envId: number, v: ServiceValues): AlibabaParams<'CreateService'> {
  return {
    EnvId: envId,
    Name: (v.Name ?? '').trim(),
    ServiceType: v.ServiceType ?? 'ClusterIP',
    K8sServiceId: (v.K8sServiceId ?? '').trim(),
    // Headless is for ClusterIP services only.
    Headless: v.ServiceType === 'ClusterIP' ? !!v.Headless : undefined,
    PortMappings: mappings(v.ServiceType, v.PortMappings ?? []),
  };
}

/** ModifyService changes the name and the port mappings (the whole set); the type stays. */
export function modifyServiceParams(id: number, type: string, v: ServiceValues): AlibabaParams<'ModifyService'> {
  return { ServiceId: id, Name: v.Name?.trim() || undefined, PortMappings: mappings(type, v.PortMappings ?? []) };
}
