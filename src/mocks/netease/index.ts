import { http, HttpResponse, type RequestHandler } from 'msw';
import type { NeteaseCredentials } from '../../providers/core/types';
import { answer, controlHandlers, type Emulator } from '../core/emulator';
import { FaultController, type FaultSettings } from '../core/faults';
import { AccountBook } from './accounts';
import { TokenBook } from './auth';
import { DETAIL, NeteaseApiError } from './errors';
import { errorAnswer } from './respond';
import { operationRoutes } from './router';

export interface NeteaseEmulator extends Emulator {
  /** Token expiry on demand: every token issued so far is expired from now on. */
  expireTokens(): number;
}

/**
 * The NetEase 蜂巢 emulator: token exchange and `Authorization: Token` checks, a deterministic
 * world per Access Key (the demo key always, plus `credentials`), all 48 operations, the time-driven
 * states (builds, load balancers, IP binding, service actions) moved by `now`, and faults in the
 * service's own error format. Besides the shared control routes, `PUT /__emulator/faults` takes
 * `{ "expireTokens": true }`, so token expiry can be switched on through the proxy's demo route.
 */
export function createNeteaseEmulator(options: { now?: () => number; credentials?: readonly NeteaseCredentials[]; large?: { ips?: number } } = {}): NeteaseEmulator {
  const now = options.now ?? Date.now;
  const accounts = new AccountBook(options.credentials ?? [], options.large);
  const tokens = new TokenBook(accounts);
  const faults = new FaultController(now);

  const emulator: NeteaseEmulator = {
    provider: 'netease',
    handlers: [],
    faults,
    reset() {
      accounts.reset();
      tokens.clear();
      faults.reset();
    },
    expireTokens: () => tokens.expireAll(now()),
    handle: (request) => answer(emulator.handlers, request, notFound),
  };
  const expireRoute: RequestHandler = http.put('*/__emulator/faults', async ({ request }) => {
    let body: (Partial<FaultSettings> & { expireTokens?: unknown }) | undefined;
    try {
      body = (await request.clone().json()) as typeof body;
    } catch {
      return undefined; // the shared route reports the bad body
    }
    if (!body || body.expireTokens === undefined) return undefined;
    const { expireTokens, ...patch } = body;
    const expired = expireTokens === true ? emulator.expireTokens() : 0;
    try {
      return HttpResponse.json({ ...faults.set(patch), expiredTokens: expired });
    } catch (e) {
      return HttpResponse.json({ error: (e as Error).message }, { status: 400 });
    }
  });
  emulator.handlers = [expireRoute, ...controlHandlers(emulator), ...operationRoutes({ accounts, tokens, faults, now })];
  return emulator;
}

/** The brief's capitalisation; the proxy and the stand-alone entry import `createNeteaseEmulator`. */
export const createNetEaseEmulator = createNeteaseEmulator;

const notFound = () => errorAnswer(new NeteaseApiError(404, 'gateway', DETAIL.notFound, 'The requested resource does not exist'));
