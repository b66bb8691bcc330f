import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The page's state is its URL: read one parameter, write several in one navigation. */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((name: string) => params.get(name) ?? '', [params]);
  const set = useCallback(
    (changes: Record<string, string | number | undefined | null>, options: { push?: boolean } = {}) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [k, v] of Object.entries(changes)) {
            if (v === undefined || v === null || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          return next;
        },
        { replace: !options.push },
      ),
    [setParams],
  );
  return { params, get, set };
}
