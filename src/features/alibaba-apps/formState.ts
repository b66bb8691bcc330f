import { useEffect, useRef } from 'react';

/** A field the user edits again loses its old problem (the rules run again on submit). */
export function dropProblems<T extends Partial<Record<string, unknown>>>(problems: T, fields: readonly string[]): T {
  if (!fields.some((f) => f in problems)) return problems;
  const next = { ...problems };
  for (const f of fields) delete next[f];
  return next;
}

/**
 * Fills a dialog's form once per opening, as soon as what it needs has arrived — never again while
 * it stays open, so a list refetch (after a change elsewhere, on window focus) cannot wipe what the
 * user is typing.
 */
export function useSeedOnOpen(open: boolean, ready: boolean, seed: () => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (!open) {
      done.current = false;
      return;
    }
    if (done.current || !ready) return;
    done.current = true;
    seed();
  }, [open, ready, seed]);
}
