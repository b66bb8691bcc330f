import { useCallback, useState } from 'react';
import { appendCapped, DEFAULT_MAX_LINES, prependCapped } from './buffer';
import type { LogLine } from './types';

/** A page's capped line buffer for the viewer: append while following, prepend older lines. */
export function useLogBuffer(maxLines = DEFAULT_MAX_LINES) {
  const [lines, setLines] = useState<readonly LogLine[]>([]);
  const append = useCallback((incoming: readonly LogLine[]) => setLines((prev) => appendCapped(prev, incoming, maxLines)), [maxLines]);
  const prepend = useCallback((older: readonly LogLine[]) => setLines((prev) => prependCapped(prev, older, maxLines)), [maxLines]);
  const replace = useCallback((next: readonly LogLine[]) => setLines(appendCapped([], next, maxLines)), [maxLines]);
  return { lines, append, prepend, replace };
}
