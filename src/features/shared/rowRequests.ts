import { useEffect, useState } from 'react';

/**
 * Per-row requests of long tables (images of a service, newest tag of a repository). A row asks
 * only once it has stayed on screen for a moment: the tables are virtual, and a fast scroll
 * through 10,000 rows must not fire a call for every row it passes.
 */
export const SETTLE_MS = 250;

/** True once the calling row has been mounted for SETTLE_MS (and `wanted`). */
export function useSettled(wanted: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    const timer = setTimeout(() => setSettled(true), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [wanted]);
  return wanted && settled;
}

/**
 * Starts one request per task. A sort or a stopped scroll settles twenty rows at once; twenty
 * fetch() calls in one task would be a pause of 50 ms, one per task goes unnoticed.
 */
let turns: Promise<void> = Promise.resolve();
export function inTurn<R>(start: () => Promise<R>): Promise<R> {
  const turn = turns.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  turns = turn;
  return turn.then(start);
}
