import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Sets several search parameters in one navigation (two separate sets would overwrite each other). */
export function useSetUrlParams(): (changes: Record<string, string | undefined>) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (changes) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value) copy.set(name, value);
            else copy.delete(name);
          }
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
}

/** One search parameter as page state (shareable links); empty removes it. */
export function useUrlParam(name: string): [string, (value: string | undefined) => void] {
  const [params] = useSearchParams();
  const setParams = useSetUrlParams();
  const set = useCallback((value: string | undefined) => setParams({ [name]: value }), [name, setParams]);
  return [params.get(name) ?? '', set];
}
