import type { IngressMessageKey } from '../ingresses/messages';

/**
 * The document's limits on an ingress (seed 003, CreateIngress/ModifyIngress, lines 5084–5334),
 * as pure checks: each returns the dictionary key of the rule that is broken, or undefined.
 */
type Check = IngressMessageKey | undefined;

/** A k8s object name (the document says only "Ingress 名称"; Kubernetes sets the rest). */
export const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const ingressNameError = (v: string | undefined): Check => (!v ? 'common.required' : v.length > 63 || !DNS_LABEL.test(v) ? 'rule.dnsLabel' : undefined);

/** url: 1–80; modifiers ~ ~* ^~ =; a non-regex path uses letters, digits and _ - . = ? / only. */
const URL_PLAIN = /^[A-Za-z0-9_\-.=?/]+$/;
export function urlError(v: string | undefined): Check {
  if (!v) return 'common.required';
  if (v.length > 80) return 'tc.rule.url';
  const m = /^(~\*|~|\^~|=)\s*(.*)$/.exec(v);
  const modifier = m?.[1];
  const body = m ? m[2] : v;
  if (!body) return 'tc.rule.url';
  // ~ and ~* introduce a regular expression: any non-blank text.
  if (modifier === '~' || modifier === '~*') return /\s/.test(body) ? 'tc.rule.url' : undefined;
  return URL_PLAIN.test(body) ? undefined : 'tc.rule.url';
}

/** domain: 1–80; plain (letters, digits, - .), wildcard (* only first or last), or a regex starting with ~. */
export function domainError(v: string | undefined): Check {
  if (!v) return 'common.required';
  if (v.length > 80) return 'tc.rule.domain';
  if (v.startsWith('~')) return v.length > 1 && !/\s/.test(v) ? undefined : 'tc.rule.domain';
  const core = v.replace(/^\*/, '').replace(/\*$/, '');
  if (core === '' || v === '**') return 'tc.rule.domain';
  return /^[A-Za-z0-9.-]+$/.test(core) ? undefined : 'tc.rule.domain';
}

export const isPort = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535;
export const portError = (v: unknown): Check => (v === undefined || v === null || v === '' ? 'common.required' : isPort(v) ? undefined : 'common.portRange');

/** internetMaxBandwidthOut: an Int, "必须大于 0"; optional. */
export const bandwidthError = (v: unknown): Check =>
  v === undefined || v === null || v === '' ? undefined : typeof v === 'number' && Number.isInteger(v) && v > 0 ? undefined : 'tc.bandwidthRule';

export const PROTOCOLS = ['http', 'https'] as const;
export const CHARGE_TYPES = ['TRAFFIC_POSTPAID_BY_HOUR', 'BANDWIDTH_POSTPAID_BY_HOUR'] as const;

export interface RuleInput {
  domain?: string;
  url?: string;
  protocol?: string;
  serviceName?: string;
  servicePort?: number;
  LoadBalancePort?: number;
}

/** Two rules on the same LB port, domain and path would shadow each other: the 1-based row of the first. */
export function duplicateOf(rules: readonly (RuleInput | undefined)[], index: number): number | undefined {
  const r = rules[index];
  if (!r?.domain || !r.url) return undefined;
  const key = (x: RuleInput | undefined) => `${x?.LoadBalancePort ?? ''} ${x?.domain ?? ''} ${x?.url ?? ''}`;
  const first = rules.findIndex((x) => key(x) === key(r));
  return first >= 0 && first < index ? first + 1 : undefined;
}

/** An https rule needs the SSL certificate. */
export const certError = (certId: string | undefined, rules: readonly (RuleInput | undefined)[]): Check =>
  !certId && rules.some((r) => r?.protocol === 'https') ? 'tc.rule.https' : undefined;

/** The rules as CreateIngress/ModifyIngress take them (the client encodes rules.n.field). */
export const toRuleParams = (rules: readonly RuleInput[]) =>
  rules.map((r) => ({
    url: r.url ?? '',
    domain: r.domain ?? '',
    protocol: r.protocol ?? 'http',
    serviceName: r.serviceName ?? '',
    servicePort: Number(r.servicePort),
    LoadBalancePort: Number(r.LoadBalancePort),
  }));
