import type { LogLine } from './types';

/** Default buffer cap: a day of following at a few lines per second stays well inside memory. */
export const DEFAULT_MAX_LINES = 100_000;

/** New lines at the end (following); the oldest are dropped beyond `max`. */
export function appendCapped(lines: readonly LogLine[], incoming: readonly LogLine[], max = DEFAULT_MAX_LINES): LogLine[] {
  if (max <= 0) return [];
  if (incoming.length >= max) return incoming.slice(incoming.length - max);
  const drop = Math.max(0, lines.length + incoming.length - max);
  // One copy of the kept lines, then the new ones pushed (a slice and a concat copied twice per batch).
  const out = lines.slice(drop);
  for (let i = 0; i < incoming.length; i++) out.push(incoming[i]);
  return out;
}

/**
 * Older lines at the start (`onLoadOlder`). The user asked to read back, so beyond `max` the
 * newest lines are dropped, not the ones just loaded; following then refills from the source.
 */
export function prependCapped(lines: readonly LogLine[], older: readonly LogLine[], max = DEFAULT_MAX_LINES): LogLine[] {
  if (max <= 0) return [];
  if (older.length >= max) return older.slice(0, max);
  const keep = Math.min(lines.length, max - older.length);
  return older.concat(keep < lines.length ? lines.slice(0, keep) : lines);
}

/** The part of `lines` the viewer shows under its cap (the tail): a start index, no copy. */
export function capStart(length: number, max = DEFAULT_MAX_LINES): number {
  return Math.max(0, length - Math.max(0, max));
}
