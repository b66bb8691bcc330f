import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readView, writeView, type ViewState } from './viewState';

/** The table's view, read from and written to the URL (replace: typing must not flood history). */
export function useViewState(prefix = ''): [ViewState, (next: ViewState) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params, prefix), [params, prefix]);
  const setView = useCallback(
    (next: ViewState) => setParams((current) => writeView(current, next, prefix), { replace: true }),
    [setParams, prefix],
  );
  return [view, setView];
}
