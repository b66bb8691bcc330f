import { useCallback, useMemo, useState } from 'react';

/** What a list page hands PageFrame about its last change, and how it records one. */
export interface ChangeErrors {
  /** PageFrame's three props for the last failed change (shown until dismissed or a change succeeds). */
  frame: { changeError: unknown; changeScope: { account?: string }; onDismissChange: () => void };
  /** A change on `account` failed: show its error (provider, code, message, RequestId). */
  report: (error: unknown, account: string) => void;
  /** A change succeeded: the old error no longer applies. */
  clear: () => void;
}

/**
 * The last failed change of a NetEase list page. Every list page kept the same state and passed
 * the same three props to PageFrame; one hook keeps them alike.
 */
export function useChangeError(): ChangeErrors {
  const [last, setLast] = useState<{ error: unknown; account: string }>();
  const clear = useCallback(() => setLast(undefined), []);
  const report = useCallback((error: unknown, account: string) => setLast({ error, account }), []);
  return useMemo(
    () => ({ frame: { changeError: last?.error, changeScope: { account: last?.account }, onDismissChange: clear }, report, clear }),
    [last, clear, report],
  );
}
