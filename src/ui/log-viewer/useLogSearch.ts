import { useCallback, useMemo, useRef, useState } from 'react';
import type { LogFilter } from './filter';
import { searchWithCache, type SearchCache } from './incremental';
import type { RowModel } from './rows';
import { compileSearch, matchAtOrAfter, stepMatch, type CompiledSearch, type SearchSpec } from './search';
import type { LogLine } from './types';

export interface LogSearch {
  spec: SearchSpec;
  setSpec: (patch: Partial<SearchSpec>) => void;
  compiled: CompiledSearch;
  /** Rows that match, ascending. */
  matches: Int32Array;
  /** Position in `matches` of the current match, -1 before the first step. */
  current: number;
  /** The row of the current match, or -1. */
  currentRow: number;
  step: (direction: 1 | -1, fromRow?: number) => number;
}

const EMPTY = new Int32Array(0);

/**
 * Search state over the rows on screen: compiled pattern, matching rows, the current match.
 * While following, only the appended lines are searched (`searchWithCache`).
 */
export function useLogSearch(lines: readonly LogLine[], rows: RowModel, start: number, filter: LogFilter): LogSearch {
  const [spec, setSpecState] = useState<SearchSpec>({ query: '', regex: false, caseSensitive: false });
  const [current, setCurrent] = useState(-1);
  const compiled = useMemo(() => compileSearch(spec), [spec]);
  const cache = useRef<SearchCache | null>(null);
  const matches = useMemo(() => {
    if (compiled.kind !== 'ok') return (cache.current = null), EMPTY;
    const next = searchWithCache(cache.current, lines, start, filter, rows, compiled.pattern);
    cache.current = next.cache;
    return next.matches;
  }, [compiled, lines, rows, start, filter]);
  const setSpec = useCallback((patch: Partial<SearchSpec>) => {
    setSpecState((s) => ({ ...s, ...patch }));
    setCurrent(-1);
  }, []);
  const safeCurrent = current < matches.length ? current : matches.length - 1;
  const step = useCallback(
    (direction: 1 | -1, fromRow?: number) => {
      // The first step starts from where the user is looking, not from the top of the log.
      const next = safeCurrent < 0 && fromRow !== undefined && matches.length > 0 ? matchAtOrAfter(matches, fromRow) : stepMatch(safeCurrent, matches.length, direction);
      setCurrent(next);
      return next;
    },
    [safeCurrent, matches],
  );
  return { spec, setSpec, compiled, matches, current: safeCurrent, currentRow: safeCurrent >= 0 ? matches[safeCurrent] : -1, step };
}
