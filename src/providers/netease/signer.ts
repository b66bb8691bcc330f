import type { NeteaseCredentials } from '../core/types';

/**
 * NetEase 蜂巢 has no request signature: 3.1 exchanges the Access Key and Secret for a token
 * (`POST /api/v1/token`), valid 24 hours, sent on every other call as `Authorization: Token <token>`.
 * (1.2 speaks of signing with the secret, but no scheme is documented and 3.1 sends the secret.)
 * Pure functions and a small cache, no Node imports: runs in Node and the browser's worker.
 */
export const NETEASE_ENDPOINT = 'https://open.c.163.com';
export const TOKEN_PATH = '/api/v1/token';

/** Refresh this long before the token's end, so a call never leaves with a token about to die. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/** The token exchange, exactly as 3.1's HTTP example sends it. */
export function tokenRequest(credentials: NeteaseCredentials, endpoint = NETEASE_ENDPOINT): Request {
  return new Request(new URL(TOKEN_PATH, endpoint), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_key: credentials.appKey, app_secret: credentials.appSecret }),
  });
}

export const authorizationHeader = (token: string): string => `Token ${token}`;

/** Reads `Authorization: Token <t>`; also `Token:<t>`-ish spacing (5.1's example drops a space). */
export function tokenFromAuthorization(header: string | null): string | undefined {
  const match = /^\s*Token\s*:?\s*(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

export interface IssuedToken {
  token: string;
  /** ms since epoch. */
  expiresAt: number;
}

/** 3.1's answer: `expires_in` is a string of seconds ("86399"); a number is tolerated. */
export function readTokenAnswer(body: unknown, issuedAt: number): IssuedToken {
  const b = body as { token?: unknown; expires_in?: unknown };
  const seconds = Number(b?.expires_in);
  if (typeof b?.token !== 'string' || !b.token || !Number.isFinite(seconds) || seconds <= 0) {
    throw new Error('token answer without token or expires_in');
  }
  return { token: b.token, expiresAt: issuedAt + seconds * 1000 };
}

/**
 * Holds one account's token: fetches on first use, refreshes `marginMs` before expiry, and lets
 * only one refresh run at a time (concurrent callers share it). `invalidate` drops a token the
 * service refused (401) so the next `get` fetches a fresh one.
 */
export class TokenCache {
  private current?: IssuedToken;
  private pending?: Promise<IssuedToken>;

  constructor(
    private readonly fetchToken: () => Promise<IssuedToken>,
    private readonly now: () => number = Date.now,
    private readonly marginMs = REFRESH_MARGIN_MS,
  ) {}

  async get(): Promise<string> {
    if (this.current && this.now() < this.current.expiresAt - this.marginMs) return this.current.token;
    if (!this.pending) {
      this.pending = this.fetchToken().then(
        (issued) => {
          this.current = issued;
          this.pending = undefined;
          return issued;
        },
        (error: unknown) => {
          this.pending = undefined;
          throw error;
        },
      );
    }
    return (await this.pending).token;
  }

  /** Keeps a token issued outside `get()` (a credentials check), so the next call uses it. */
  adopt(issued: IssuedToken): void {
    this.current = issued;
  }

  invalidate(token: string): void {
    if (this.current?.token === token) this.current = undefined;
  }
}
