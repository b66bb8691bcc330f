import { isProviderError } from '../../providers/core/errors';

/**
 * The proxy answers 401 (source `proxy`) when the console session is gone. A provider's own 401
 * (wrong cloud credentials) must not log the user out, so only the proxy's counts.
 */
export const isSessionLost = (error: unknown): boolean =>
  isProviderError(error) && error.provider === 'proxy' && error.httpStatus === 401;

type Listener = () => void;
const listeners = new Set<Listener>();

export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportIfUnauthenticated(error: unknown): void {
  if (isSessionLost(error)) for (const listener of listeners) listener();
}

/** Where to return after logging in: only paths of this console, never another origin. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/clusters';
  return next;
}
