import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** One query parameter of the URL as state (replace, so Back leaves the page rather than the tab). */
export function useUrlParam(name: string, fallback = ''): [string, (value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) ?? fallback;
  const set = useCallback(
    (next: string | undefined) =>
      setParams(
        (current) => {
          const p = new URLSearchParams(current);
          if (next) p.set(name, next);
          else p.delete(name);
          return p;
        },
        { replace: true },
      ),
    [name, setParams],
  );
  return [value, set];
}
