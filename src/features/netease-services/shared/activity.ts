import { useSyncExternalStore } from 'react';
import type { ChangeAnswer } from './api';

/**
 * 9.x keeps no history of a service's changes, so the console keeps its own for this browser
 * session: each change the user made here with the provider's answer, and each status the
 * service was seen in while it rolled out.
 */
export type Activity =
  | (ChangeAnswer & { kind?: undefined; ok: boolean; error?: unknown })
  | { kind: 'status'; status: string; at: number };

const log = new Map<string, Activity[]>();
const listeners = new Set<() => void>();
const EMPTY: Activity[] = [];
const key = (accountId: string, subject: string) => `${accountId}/${subject}`;
/** A long session must not grow without end. */
const CAP = 200;

export function recordActivity(accountId: string, subject: string, entry: Activity): void {
  const k = key(accountId, subject);
  const entries = log.get(k) ?? [];
  log.set(k, [entry, ...entries].slice(0, CAP));
  listeners.forEach((l) => l());
}

/** Records a status only when it differs from the last one seen. */
export function recordStatus(accountId: string, subject: string, status: string, at = Date.now()): void {
  const last = (log.get(key(accountId, subject)) ?? []).find((e) => e.kind === 'status');
  if (last?.kind === 'status' && last.status === status) return;
  recordActivity(accountId, subject, { kind: 'status', status, at });
}

export function useActivity(accountId: string, subject: string): Activity[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => log.get(key(accountId, subject)) ?? EMPTY,
  );
}

/** Tests only. */
export const clearActivity = () => log.clear();
