import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isProviderError } from '../../providers/core/errors';
import { reportIfUnauthenticated } from '../session/unauthenticated';

/**
 * Retry only what may be a passing network problem: a failed fetch, or the proxy's 5xx (upstream
 * unreachable). A 4xx will not change by asking again, and a provider's own error answer is shown
 * at once with its RequestId (the alert has a retry button); silent retries would also spend the
 * account's rate limit.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (isProviderError(error)) return error.provider === 'proxy' && error.httpStatus >= 500;
  return true;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: reportIfUnauthenticated }),
    mutationCache: new MutationCache({ onError: reportIfUnauthenticated }),
    defaultOptions: {
      queries: {
        // Cloud lists change slowly and each call is signed and rate-limited: 30 s fresh.
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
