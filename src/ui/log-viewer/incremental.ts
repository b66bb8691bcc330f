import { isFilterActive, passesFilter, filterRows, type LogFilter } from './filter';
import type { RowModel } from './rows';
import type { LogLine } from './types';

/**
 * Following appends a batch and (at the cap) drops as many from the front: `next` is then `prev`
 * without its first `drop` lines, plus new ones. Recognised by identity (the first line of `next`
 * found near the start of `prev`, the last line of `prev` in place), so filter and search results
 * are extended with the new lines instead of scanning 100,000 lines per batch. `null` otherwise.
 */
export function appendedTo(prev: readonly LogLine[], next: readonly LogLine[], maxDrop = 50_000): { drop: number; kept: number } | null {
  if (prev.length === 0 || next.length === 0 || prev === next) return null;
  const first = next[0];
  const limit = Math.min(prev.length, maxDrop + 1);
  let drop = -1;
  for (let i = 0; i < limit; i++)
    if (prev[i] === first) {
      drop = i;
      break;
    }
  if (drop < 0) return null;
  const kept = prev.length - drop;
  if (kept > next.length || prev[prev.length - 1] !== next[kept - 1]) return null;
  return { drop, kept };
}

/** `filterRows` of `next`, from the result for `prev` and a scan of the new lines only. */
export function extendFilter(prevRows: Int32Array, relation: { drop: number; kept: number }, next: readonly LogLine[], start: number, filter: LogFilter): Int32Array {
  const out = new Int32Array(prevRows.length + (next.length - relation.kept));
  let n = 0;
  for (let k = 0; k < prevRows.length; k++) {
    const index = prevRows[k] - relation.drop;
    if (index >= start) out[n++] = index;
  }
  const levels = filter.levels.length > 0 ? new Set(filter.levels) : null;
  const keyword = filter.keyword.trim().toLowerCase();
  for (let i = Math.max(relation.kept, start); i < next.length; i++) if (passesFilter(next[i], levels, keyword)) out[n++] = i;
  return out.slice(0, n);
}

export interface FilterCache {
  lines: readonly LogLine[];
  start: number;
  filter: LogFilter;
  result: Int32Array | null;
}

/** The filtered line indices, reusing `cache` when only lines were appended (and trimmed). */
export function filterWithCache(cache: FilterCache | null, lines: readonly LogLine[], start: number, filter: LogFilter): FilterCache {
  if (!isFilterActive(filter)) return { lines, start, filter, result: null };
  if (cache && cache.filter === filter && cache.result) {
    const relation = appendedTo(cache.lines, lines);
    if (relation) return { lines, start, filter, result: extendFilter(cache.result, relation, lines, start, filter) };
  }
  return { lines, start, filter, result: filterRows(lines, start, filter) };
}

export interface SearchCache {
  lines: readonly LogLine[];
  start: number;
  filter: LogFilter;
  pattern: RegExp;
  /** Indices into `lines` of the shown lines that match, ascending. */
  matchingLines: Int32Array;
}

/**
 * The lines (of those shown in `rows`) whose text matches `pattern`, reusing `cache` when only
 * lines were appended under the same filter and pattern; plus the rows they are shown in.
 */
export function searchWithCache(cache: SearchCache | null, lines: readonly LogLine[], start: number, filter: LogFilter, rows: RowModel, pattern: RegExp): { cache: SearchCache; matches: Int32Array } {
  const sticky = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  let matchingLines: Int32Array | undefined;
  const relation = cache && cache.pattern === pattern && cache.filter === filter ? appendedTo(cache.lines, lines) : null;
  if (cache && relation) {
    const out = new Int32Array(cache.matchingLines.length + (lines.length - relation.kept));
    let n = 0;
    for (let k = 0; k < cache.matchingLines.length; k++) {
      const index = cache.matchingLines[k] - relation.drop;
      if (index >= start) out[n++] = index;
    }
    for (let i = Math.max(relation.kept, start); i < lines.length; i++) if (rows.rowOfLine(i) >= 0 && sticky.test(lines[i].text)) out[n++] = i;
    matchingLines = out.slice(0, n);
  } else {
    const out = new Int32Array(rows.count);
    let n = 0;
    for (let row = 0; row < rows.count; row++) {
      const index = rows.lineIndex(row);
      if (sticky.test(lines[index].text)) out[n++] = index;
    }
    matchingLines = out.slice(0, n);
  }
  const matches = new Int32Array(matchingLines.length);
  for (let k = 0; k < matchingLines.length; k++) matches[k] = rows.rowOfLine(matchingLines[k]);
  return { cache: { lines, start, filter, pattern, matchingLines }, matches };
}
