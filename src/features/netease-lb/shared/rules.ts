import { neteaseOps } from '../../../providers/netease/operations';
import { COOKIE_MODES, LB_CHARGE_MODES, LISTENER_PROTOCOLS } from '../../../providers/netease/operations/enums';
import { listenPortAllowed } from '../../../providers/netease/operations/listeners';

export type Protocol = (typeof LISTENER_PROTOCOLS)[number];
export type ChargeMode = (typeof LB_CHARGE_MODES)[number];
export type CookieMode = (typeof COOKIE_MODES)[number];

/** One forwarding rule as the form holds it (6.6's `clusters` item, session persistence flattened). */
export interface RuleForm {
  serverName?: string;
  path?: string;
  serviceName?: string;
  servicePort?: number | null;
  certId?: string;
  sticky?: boolean;
  mode?: CookieMode;
  expire?: number | null;
  cookieName?: string;
}

export interface ListenerForm {
  name?: string;
  protocol?: Protocol;
  listenPort?: number | null;
  clusters?: RuleForm[];
}

export interface LbForm {
  name?: string;
  chargeMode?: ChargeMode;
  bandwidthLimit?: number | null;
  description?: string;
  address?: string;
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
const num = (n: number | null | undefined) => (n === null || n === undefined ? undefined : n);

/** The rule as 6.6/6.8 send it: empty optional fields left out, certId only for https. */
export function toCluster(rule: RuleForm, protocol: Protocol | undefined) {
  return {
    serverName: blank(rule.serverName),
    path: blank(rule.path),
    serviceName: rule.serviceName?.trim() ?? '',
    servicePort: num(rule.servicePort) as number,
    certId: protocol === 'https' ? blank(rule.certId) : undefined,
    policy: rule.sticky
      ? { mode: rule.mode ?? 'insert', expire: rule.mode === 'rewrite' ? undefined : num(rule.expire), cookieName: rule.mode === 'rewrite' ? blank(rule.cookieName) : undefined }
      : undefined,
  };
}

/** A form path: `name`, `clusters.0.servicePort`, … (the policy's fields sit flat on the rule). */
export type FieldPath = string;

function pathOf(path: readonly PropertyKey[]): FieldPath {
  // ['clusters', 0, 'policy', 'expire'] → 'clusters.0.expire'
  return path.filter((p) => p !== 'policy').map(String).join('.');
}

/**
 * Which listener fields 6.6 refuses, checked with the operation's own schema (names 1–24
 * lowercase letters, digits or "-"; http 80 or 1025–65535, https 443 or 1025–65535; https rules
 * need a certificate; serviceName and servicePort required; path starts with "/"; cookie expiry
 * 1–86400 s; rewrite needs a cookie name). Plus: the document's `serverName + path` must be
 * unique within the listener (a second identical rule could never match).
 */
export function listenerIssues(form: ListenerForm, lb: { lb_name: string; namespace: string }, mode: 'create' | 'update'): Set<FieldPath> {
  const clusters = (form.clusters ?? []).map((r) => toCluster(r, form.protocol));
  const bad = new Set<FieldPath>();
  if (mode === 'create') {
    const parsed = neteaseOps.createListener.params.safeParse({ ...lb, name: form.name?.trim() ?? '', listenPort: num(form.listenPort), protocol: form.protocol, clusters });
    if (!parsed.success) for (const issue of parsed.error.issues) bad.add(pathOf(issue.path));
  } else {
    const parsed = neteaseOps.updateListener.params.safeParse({ ...lb, listener_name: form.name ?? '', clusters });
    if (!parsed.success) for (const issue of parsed.error.issues) bad.add(pathOf(issue.path));
    // The listener's protocol stays; https rules still need their certificate.
    if (form.protocol === 'https') clusters.forEach((c, i) => !c.certId && bad.add(`clusters.${i}.certId`));
  }
  const seen = new Map<string, number>();
  clusters.forEach((c, i) => {
    const key = `${c.serverName ?? '*'}${c.path ?? '/'}`;
    if (seen.has(key)) bad.add(`clusters.${i}.path`);
    seen.set(key, i);
  });
  return bad;
}

/** 6.1/6.4: name 1–64 (create only), bandwidth 1–100 Mbps, description at most 256 characters. */
export function lbIssues(form: LbForm, namespace: string | undefined, mode: 'create' | 'update'): Set<FieldPath> {
  const bad = new Set<FieldPath>();
  const common = { namespace: namespace ?? '', chargeMode: form.chargeMode, bandwidthLimit: num(form.bandwidthLimit), description: form.description ?? undefined };
  const parsed =
    mode === 'create'
      ? neteaseOps.createLoadBalancer.params.safeParse({ ...common, name: form.name?.trim() ?? '', address: blank(form.address) })
      : neteaseOps.updateLoadBalancer.params.safeParse({ ...common, lb_name: form.name ?? '' });
  if (!parsed.success) for (const issue of parsed.error.issues) bad.add(pathOf(issue.path));
  if (form.address?.trim() && !/^\d{1,3}(\.\d{1,3}){3}$/.test(form.address.trim())) bad.add('address');
  return bad;
}

/** 6.10/6.12: a name (1–64) and the PEM certificate and private key, all required. */
export function certificateIssues(form: { name?: string; pubCert?: string; priKey?: string }): Set<FieldPath> {
  const parsed = neteaseOps.uploadCertificate.params.safeParse({ name: form.name?.trim() ?? '', pubCert: form.pubCert?.trim() ?? '', priKey: form.priKey?.trim() ?? '' });
  return parsed.success ? new Set() : new Set(parsed.error.issues.map((i) => pathOf(i.path)));
}

export { listenPortAllowed };

/** The neutral status of 6.1's CREATING / WORKING. */
export const lbNeutral = (status: string) => (status === 'WORKING' ? 'running' : status === 'CREATING' ? 'pending' : 'unknown') as 'running' | 'pending' | 'unknown';
