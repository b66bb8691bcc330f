import { detectLevel } from './level';
import type { LogLevel, LogLine } from './types';

export interface LogFilter {
  /** Levels to show; empty shows all. */
  levels: readonly LogLevel[];
  /** Keyword the line (text or source) must contain, case-insensitive; empty shows all. */
  keyword: string;
}

export const NO_FILTER: LogFilter = { levels: [], keyword: '' };

export const isFilterActive = (f: LogFilter) => f.levels.length > 0 || f.keyword.trim() !== '';

export const levelOf = (line: LogLine): LogLevel => line.level ?? detectLevel(line.text);

/** Indices into `lines` (from `start`) that pass the filter; `null` when nothing is filtered. */
export function filterRows(lines: readonly LogLine[], start: number, filter: LogFilter): Int32Array | null {
  if (!isFilterActive(filter)) return null;
  const levels = filter.levels.length > 0 ? new Set(filter.levels) : null;
  const keyword = filter.keyword.trim().toLowerCase();
  const out = new Int32Array(lines.length - start);
  let n = 0;
  for (let i = start; i < lines.length; i++) if (passesFilter(lines[i], levels, keyword)) out[n++] = i;
  return out.slice(0, n);
}

/** One line against a filter's levels (null: all) and lower-cased keyword (empty: all). */
export function passesFilter(line: LogLine, levels: ReadonlySet<LogLevel> | null, keyword: string): boolean {
  if (levels && !levels.has(levelOf(line))) return false;
  if (keyword && !line.text.toLowerCase().includes(keyword) && !(line.source ?? '').toLowerCase().includes(keyword)) return false;
  return true;
}
