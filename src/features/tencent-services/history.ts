import type { ServiceRef } from './api';
import type { ServiceInfo } from './rules';

/**
 * The document keeps exactly one previous configuration (RollBackClusterService, seed 4339–4388)
 * and has no operation listing revisions. The console records, in this browser, the service's
 * configuration before each change it makes: the History tab shows them and marks the one a
 * rollback returns to.
 */
export interface Revision {
  at: number;
  /** The operation that replaced this configuration. */
  change: string;
  images: string[];
  replicas?: number;
  strategy?: string;
}

const MAX = 20;
const storageKey = (r: ServiceRef) => `tricloud.tsvc.history:${r.accountId}/${r.region}/${r.clusterId}/${r.namespace}/${r.serviceName}`;

export function snapshot(info: ServiceInfo, change: string, at: number): Revision {
  return {
    at,
    change,
    images: (info.containers ?? []).map((k) => `${k.containerName ?? ''}: ${k.image ?? ''}`),
    replicas: info.desiredReplicas,
    strategy: typeof info.strategy === 'string' ? info.strategy : undefined,
  };
}

/** Newest first, at most MAX. */
export const pushRevision = (list: readonly Revision[], rev: Revision): Revision[] => [rev, ...list].slice(0, MAX);

/** Operations that replace the pod template: the provider keeps the old one for a rollback. */
export const TEMPLATE_CHANGES = new Set(['CreateClusterService', 'ModifyClusterService', 'ModifyClusterServiceImage', 'RollBackClusterService']);

export function readHistory(ref: ServiceRef): Revision[] {
  try {
    const raw = globalThis.localStorage?.getItem(storageKey(ref));
    return raw ? (JSON.parse(raw) as Revision[]) : [];
  } catch {
    return [];
  }
}

export function recordRevision(ref: ServiceRef, info: ServiceInfo | undefined, change: string, at = Date.now()) {
  if (!info) return;
  try {
    globalThis.localStorage?.setItem(storageKey(ref), JSON.stringify(pushRevision(readHistory(ref), snapshot(info, change, at))));
  } catch {
    // Storage full or disabled: the history is a convenience, the change itself went through.
  }
}

export function clearHistory(ref: ServiceRef) {
  try {
    globalThis.localStorage?.removeItem(storageKey(ref));
  } catch {
    /* ignore */
  }
}
