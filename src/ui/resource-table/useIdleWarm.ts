import { useEffect } from 'react';

/** Long lists only: below this, a first sort or search costs nothing worth preparing for. */
const WARM_FROM = 1000;

/**
 * Spends the browser's idle time on what a first sort or search of a long list would compute
 * (prepareRows' warm: search texts, each column's ascending order), one piece per idle callback,
 * so the first click on a header does not pay for it.
 */
export function useIdleWarm(prepared: { warm: () => boolean }, rows: number) {
  useEffect(() => {
    if (rows < WARM_FROM) return;
    const idle = window.requestIdleCallback?.bind(window) ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback?.bind(window) ?? window.clearTimeout.bind(window);
    let handle = 0;
    let stopped = false;
    const step = () => {
      if (!stopped && prepared.warm()) handle = idle(step);
    };
    handle = idle(step);
    return () => {
      stopped = true;
      cancel(handle);
    };
  }, [prepared, rows]);
}
