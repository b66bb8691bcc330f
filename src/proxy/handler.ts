import type { Emulator } from '../mocks/core/emulator';
import { PROXY_REQUEST_ID_HEADER, SOURCE_HEADER, type ProxyErrorBody } from '../providers/core/transport';
import { changesState, PROVIDERS, type Forwarder, type ProviderAccount, type ProviderId } from '../providers/core/types';
import { consoleAudit, type AuditSink } from './audit';
import type { ProxyConfig } from './config';
import { verifyPassword } from './passwords';
import type { ProviderRegistry } from './providers';
import { clearedSessionCookie, LoginThrottle, readCookie, SESSION_COOKIE, sessionCookie, SessionStore } from './sessions';

export interface ProxyRuntime {
  config: ProxyConfig;
  providers: ProviderRegistry;
  /** How requests leave the proxy for an account: guarded fetch, or the in-process emulator. */
  transportFor: (account: ProviderAccount) => (request: Request) => Promise<Response>;
  /** Demo mode only: the in-process emulators, for the fault and reset routes. */
  emulators?: Partial<Record<ProviderId, Emulator>>;
  audit?: AuditSink;
  now?: () => number;
}

/** Provider headers worth passing back; everything else (Set-Cookie first) stays behind. */
const PASSED_HEADERS = ['content-type', 'request-id', 'x-acs-request-id', 'retry-after'];

function proxyError(status: number, code: string, message: string, requestId: string, extra: HeadersInit = {}): Response {
  const body: ProxyErrorBody = { error: { code, message, requestId } };
  const headers = new Headers(extra);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  headers.set(SOURCE_HEADER, 'proxy');
  headers.set(PROXY_REQUEST_ID_HEADER, requestId);
  headers.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers });
}

function json(data: unknown, requestId: string, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  headers.set(SOURCE_HEADER, 'proxy');
  headers.set(PROXY_REQUEST_ID_HEADER, requestId);
  headers.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(data), { ...init, headers });
}

async function readJson(request: Request): Promise<unknown> {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    throw new Error('Content-Type must be application/json');
  }
  try {
    return await request.json();
  } catch {
    throw new Error('body is not valid JSON');
  }
}

/**
 * The signing proxy as a web-standard fetch handler: `/api/*` only. It authenticates the console
 * user, looks up the account, allows only defined operations, signs through the provider's
 * forwarder and returns the provider's answer unchanged (plus its own request id).
 */
export function createProxyHandler(runtime: ProxyRuntime): (request: Request) => Promise<Response> {
  const now = runtime.now ?? Date.now;
  const { config } = runtime;
  const ttlMs = config.sessionTtlMinutes * 60_000;
  const sessions = new SessionStore(ttlMs, now);
  const throttle = new LoginThrottle(now);
  const audit = runtime.audit ?? consoleAudit;
  const accounts = new Map(config.accounts.map((a) => [a.id, a]));
  const forwarders = new Map<string, Forwarder>();

  const forwarderFor = (account: ProviderAccount): Forwarder => {
    let forwarder = forwarders.get(account.id);
    if (!forwarder) {
      forwarder = runtime.providers[account.provider].createForwarder(account, { fetch: runtime.transportFor(account), now });
      forwarders.set(account.id, forwarder);
    }
    return forwarder;
  };

  async function callOperation(request: Request, account: ProviderAccount, user: string, requestId: string): Promise<Response> {
    let body: { operation?: unknown; region?: unknown; params?: unknown };
    try {
      body = (await readJson(request)) as typeof body;
    } catch (e) {
      return proxyError(400, 'BadRequest', (e as Error).message, requestId);
    }
    if (typeof body?.operation !== 'string') return proxyError(400, 'BadRequest', 'operation is required', requestId);
    const op = runtime.providers[account.provider].operations[body.operation];
    if (!op || !Object.hasOwn(runtime.providers[account.provider].operations, body.operation)) {
      return proxyError(404, 'UnknownOperation', `${account.provider} has no operation ${body.operation}`, requestId);
    }
    const params = body.params ?? {};
    if (typeof params !== 'object' || Array.isArray(params)) return proxyError(400, 'BadRequest', 'params must be an object', requestId);
    const region = body.region;
    if (region !== undefined && (typeof region !== 'string' || !account.regions.includes(region))) {
      return proxyError(400, 'UnknownRegion', `account ${account.id} has no region ${String(region)}`, requestId);
    }

    let upstream: Response;
    try {
      upstream = await forwarderFor(account)({ op, region: region ?? account.regions[0], params: params as Record<string, unknown> });
    } catch (e) {
      const reason = e instanceof Error && e.name === 'TimeoutError' ? 'timed out' : 'could not be reached';
      return proxyError(502, 'UpstreamUnreachable', `${account.provider} endpoint for account ${account.id} ${reason}`, requestId);
    }
    if (changesState(op)) {
      audit({ time: new Date(now()).toISOString(), user, account: account.id, operation: op.name, status: upstream.status, requestId });
    }
    const headers = new Headers();
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) headers.set(name, value);
    }
    headers.set(SOURCE_HEADER, 'provider');
    headers.set(PROXY_REQUEST_ID_HEADER, requestId);
    headers.set('Cache-Control', 'no-store');
    return new Response(upstream.body, { status: upstream.status, headers });
  }

  async function demoRoute(request: Request, provider: string, action: string, requestId: string): Promise<Response> {
    const emulator = runtime.emulators?.[provider as ProviderId];
    if (!config.demo || !emulator) return proxyError(404, 'NotFound', 'emulator controls exist only in demo mode', requestId);
    if (action === 'faults' && (request.method === 'GET' || request.method === 'PUT')) {
      const init: RequestInit = { method: request.method };
      if (request.method === 'PUT') {
        try {
          init.body = JSON.stringify(await readJson(request));
        } catch (e) {
          return proxyError(400, 'BadRequest', (e as Error).message, requestId);
        }
      }
      const answer = await emulator.handle(new Request('http://emulator/__emulator/faults', init));
      return json(await answer.json(), requestId, { status: answer.status });
    }
    if (action === 'reset' && request.method === 'POST') {
      emulator.reset();
      return json({ ok: true }, requestId);
    }
    return proxyError(405, 'MethodNotAllowed', `${request.method} is not allowed here`, requestId);
  }

  return async function handle(request: Request): Promise<Response> {
    const requestId = crypto.randomUUID();
    const url = new URL(request.url);
    const path = url.pathname;
    const method = request.method;

    // A browser on another origin must not drive a logged-in console (CSRF): the cookie is
    // SameSite=Strict, and a state-changing request that names a foreign Origin is refused.
    const origin = request.headers.get('origin');
    if (method !== 'GET' && method !== 'HEAD' && origin && origin !== url.origin) {
      return proxyError(403, 'ForbiddenOrigin', 'cross-origin requests are not accepted', requestId);
    }

    if (path === '/api/meta' && method === 'GET') {
      return json({ demo: config.demo, ...(config.demo ? { demoLogin: { username: 'demo', password: 'demo' } } : {}) }, requestId);
    }

    if (path === '/api/session' && method === 'POST') {
      let body: { username?: unknown; password?: unknown };
      try {
        body = (await readJson(request)) as typeof body;
      } catch (e) {
        return proxyError(400, 'BadRequest', (e as Error).message, requestId);
      }
      const username = typeof body?.username === 'string' ? body.username : '';
      const password = typeof body?.password === 'string' ? body.password : '';
      if (!username || !password) return proxyError(400, 'BadRequest', 'username and password are required', requestId);
      if (throttle.blocked(username)) return proxyError(429, 'TooManyAttempts', 'too many failed logins; try again in a minute', requestId);
      const user = config.users.find((u) => u.username === username);
      // Verify against a dummy hash for unknown users too, so timing does not reveal names.
      const ok = await verifyPassword(password, user?.passwordHash ?? 'pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA');
      if (!user || !ok) {
        throttle.fail(username);
        return proxyError(401, 'InvalidCredentials', 'wrong user name or password', requestId);
      }
      throttle.succeed(username);
      const id = sessions.create(username);
      return json({ user: { username } }, requestId, { headers: { 'Set-Cookie': sessionCookie(request, id, ttlMs / 1000) } });
    }

    const sessionId = readCookie(request, SESSION_COOKIE);
    if (path === '/api/session' && method === 'DELETE') {
      sessions.destroy(sessionId);
      return json({ ok: true }, requestId, { headers: { 'Set-Cookie': clearedSessionCookie } });
    }

    if (!path.startsWith('/api/')) return proxyError(404, 'NotFound', `no route ${path}`, requestId);
    const user = sessions.touch(sessionId);
    if (!user) return proxyError(401, 'Unauthenticated', 'log in first', requestId);

    if (path === '/api/session' && method === 'GET') return json({ user: { username: user } }, requestId);

    if (path === '/api/accounts' && method === 'GET') {
      return json(
        config.accounts.map(({ id, name, provider, regions }) => ({ id, name, provider, regions })),
        requestId,
      );
    }

    const call = /^\/api\/accounts\/([^/]+)\/call$/.exec(path);
    if (call) {
      if (method !== 'POST') return proxyError(405, 'MethodNotAllowed', 'use POST', requestId);
      const account = accounts.get(decodeURIComponent(call[1]));
      if (!account) return proxyError(404, 'UnknownAccount', `no account ${decodeURIComponent(call[1])}`, requestId);
      return callOperation(request, account, user, requestId);
    }

    const demo = /^\/api\/demo\/emulators\/([a-z]+)\/(faults|reset)$/.exec(path);
    if (demo && (PROVIDERS as readonly string[]).includes(demo[1])) return demoRoute(request, demo[1], demo[2], requestId);

    return proxyError(404, 'NotFound', `no route ${method} ${path}`, requestId);
  };
}
