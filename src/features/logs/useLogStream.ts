import { useCallback, useEffect, useRef, useState } from 'react';
import { appendCapped, prependCapped, type LogLine } from '../../ui/log-viewer';
import { FIRST_TAIL, FOLLOW_MS, linesAfter, linesBefore, MAX_TAIL, renumber } from './logic';

export interface FetchResult {
  lines: LogLine[];
  /** Some stream returned as many lines as asked: older ones may exist. */
  full: boolean;
}

/** One call of the log API: `tail` lines (where the API takes it) since `since` (epoch ms), or after `after`. */
export type LogFetcher = (request: { tail: number; since?: number }) => Promise<FetchResult>;

export interface LogStream {
  lines: readonly LogLine[];
  error: unknown;
  loading: boolean;
  hasOlder: boolean;
  loadingOlder: boolean;
  loadOlder: () => void;
  following: boolean;
  setFollowing: (on: boolean) => void;
  lastFetch: number | undefined;
  reload: () => void;
}

/**
 * A log that is read tail first, followed by polling (only the lines after the last one are
 * appended) and read back on demand (a bigger tail, only the lines before the first one are
 * prepended), in a buffer capped at `maxLines`. `key` names the log: a new key starts over.
 */
export function useLogStream(key: string, fetcher: LogFetcher | null, options: { since?: number; maxLines: number; canReadBack: boolean; followMs?: number; firstTail?: number }): LogStream {
  const { since, maxLines, canReadBack, followMs = FOLLOW_MS, firstTail = FIRST_TAIL } = options;
  const [lines, setLines] = useState<readonly LogLine[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [hasOlder, setHasOlder] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [following, setFollowing] = useState(true);
  const [lastFetch, setLastFetch] = useState<number>();
  const [generation, setGeneration] = useState(0);
  const state = useRef({ lines: [] as readonly LogLine[], nextId: 0, tail: FIRST_TAIL, epoch: 0, busy: false });
  const fetchRef = useRef(fetcher);
  fetchRef.current = fetcher;

  const commit = useCallback((next: readonly LogLine[]) => {
    state.current.lines = next;
    setLines(next);
  }, []);

  // First load: the tail.
  useEffect(() => {
    const epoch = ++state.current.epoch;
    state.current = { lines: [], nextId: 0, tail: firstTail, epoch, busy: true };
    setLines([]);
    setError(null);
    setHasOlder(false);
    setFollowing(true);
    const f = fetchRef.current;
    if (!f) {
      state.current.busy = false;
      return;
    }
    setLoading(true);
    f({ tail: firstTail, since })
      .then((r) => {
        if (state.current.epoch !== epoch) return;
        const first = renumber(r.lines, 0);
        state.current.nextId = first.length;
        commit(appendCapped([], first, maxLines));
        setHasOlder(canReadBack && r.full && firstTail < MAX_TAIL);
        setLastFetch(Date.now());
      })
      .catch((e: unknown) => state.current.epoch === epoch && setError(e))
      .finally(() => {
        if (state.current.epoch !== epoch) return;
        state.current.busy = false;
        setLoading(false);
      });
    // The key names the log; `since` is part of it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation, fetcher === null]);

  // Following: poll for the lines after the last one.
  useEffect(() => {
    if (!following || !fetcher) return;
    const timer = setInterval(() => {
      const s = state.current;
      const f = fetchRef.current;
      if (s.busy || !f) return;
      const epoch = s.epoch;
      let last: number | undefined;
      for (let i = s.lines.length - 1; i >= 0 && last === undefined; i--) last = s.lines[i].time;
      s.busy = true;
      f({ tail: MAX_TAIL, since: last ?? since })
        .then((r) => {
          if (state.current.epoch !== epoch) return;
          const fresh = linesAfter(state.current.lines, r.lines);
          setLastFetch(Date.now());
          setError(null);
          if (fresh.length === 0) return;
          const numbered = renumber(fresh, state.current.nextId);
          state.current.nextId += numbered.length;
          commit(appendCapped(state.current.lines, numbered, maxLines));
        })
        .catch((e: unknown) => state.current.epoch === epoch && setError(e))
        .finally(() => {
          if (state.current.epoch === epoch) state.current.busy = false;
        });
    }, followMs);
    return () => clearInterval(timer);
  }, [following, fetcher, since, followMs, maxLines, commit]);

  const loadOlder = useCallback(() => {
    const s = state.current;
    const f = fetchRef.current;
    if (!f || s.busy || s.tail >= MAX_TAIL) return;
    const epoch = s.epoch;
    const tail = Math.min(MAX_TAIL, s.tail * 4);
    s.busy = true;
    setLoadingOlder(true);
    f({ tail, since })
      .then((r) => {
        if (state.current.epoch !== epoch) return;
        const older = linesBefore(state.current.lines, r.lines);
        state.current.tail = tail;
        setHasOlder(r.full && tail < MAX_TAIL);
        if (older.length === 0) return;
        const numbered = renumber(older, state.current.nextId);
        state.current.nextId += numbered.length;
        commit(prependCapped(state.current.lines, numbered, maxLines));
      })
      .catch((e: unknown) => state.current.epoch === epoch && setError(e))
      .finally(() => {
        if (state.current.epoch !== epoch) return;
        state.current.busy = false;
        setLoadingOlder(false);
      });
  }, [since, maxLines, commit]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { lines, error, loading, hasOlder, loadingOlder, loadOlder, following, setFollowing, lastFetch, reload };
}
