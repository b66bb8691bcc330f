import type { Transport, RawAnswer } from './transport';

/**
 * Turns the provider's raw answer into its result, or throws a ProviderError carrying the
 * provider's code, message and RequestId. One per provider (`src/providers/<p>/client.ts`).
 */
export type Unwrap = (answer: RawAnswer, operation: string) => unknown;

export interface AccountClient {
  accountId: string;
  call(operation: string, params?: Record<string, unknown>, region?: string): Promise<unknown>;
}

/** A client bound to one account: every call goes through the proxy, which signs it. */
export function accountClient(transport: Transport, unwrap: Unwrap, accountId: string): AccountClient {
  return {
    accountId,
    async call(operation, params = {}, region) {
      const answer = await transport(accountId, { operation, region, params });
      return unwrap(answer, operation);
    },
  };
}
