import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountClient } from '../../../providers/core/client';
import { httpTransport, type RawAnswer, type Transport } from '../../../providers/core/transport';
import { neteaseClient, unwrapNetease } from '../../../providers/netease/client';
import { svcKeys } from './keys';
import { recordActivity } from './activity';

export type NeteaseApi = ReturnType<typeof neteaseClient>;

/** The provider's answer to a change, as the page shows it: HTTP status, body, RequestId. */
export interface ChangeAnswer {
  operation: string;
  status: number;
  /** Parsed body; `null` for the empty 200 of PUT and DELETE (1.3.4). */
  body: unknown;
  requestId?: string;
  proxyRequestId?: string;
  at: number;
}

/** A client that also hands back the raw answer of its last call (the typed client unwraps it away). */
export function answeringApi(accountId: string, transport: Transport = httpTransport): { api: NeteaseApi; last: () => RawAnswer | undefined } {
  let last: RawAnswer | undefined;
  const capture: Transport = async (id, call) => {
    last = await transport(id, call);
    return last;
  };
  return { api: neteaseClient(accountClient(capture, unwrapNetease, accountId)), last: () => last };
}

export interface Target {
  accountId: string;
  region: string;
  /** For the session history: which service (or space) the change is about. */
  subject: string;
}

/**
 * A state-changing call on one account. It returns the provider's answer, records it in the
 * session history, and refreshes everything of the account afterwards, failed or not.
 */
export function useServiceChange<V extends Target, R>(operation: string, run: (api: NeteaseApi, vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (vars: V): Promise<ChangeAnswer & { result: R }> => {
      const { api, last } = answeringApi(vars.accountId);
      try {
        const result = await run(api, vars);
        const raw = last();
        const answer = { operation, status: raw?.status ?? 200, body: result ?? null, requestId: raw?.headers.get('Request-Id') ?? undefined, proxyRequestId: raw?.proxyRequestId, at: Date.now() };
        recordActivity(vars.accountId, vars.subject, { ...answer, ok: true });
        return { ...answer, result };
      } catch (error) {
        recordActivity(vars.accountId, vars.subject, { operation, status: last()?.status ?? 0, body: null, at: Date.now(), ok: false, error });
        throw error;
      }
    },
    onSettled: (_data, _error, vars) => queryClient.invalidateQueries({ queryKey: svcKeys.account(vars.accountId, vars.region) }),
  });
}
