import { tokenFromAuthorization } from '../../providers/netease/signer';
import type { Account, AccountBook } from './accounts';
import { DETAIL, NeteaseApiError } from './errors';

/** 3.1: a token lives 24 hours; the example answers `expires_in` "86399". */
export const TOKEN_LIFETIME_MS = 86_400_000;

interface IssuedToken {
  appKey: string;
  expiresAt: number;
}

/**
 * Tokens the emulator issued. Unguessable (Web Crypto, not the seeded random). Refusals: no
 * Authorization header, a token it never issued, and an expired one are three different errors.
 */
export class TokenBook {
  private tokens = new Map<string, IssuedToken>();

  constructor(private readonly accounts: AccountBook) {}

  issue(appKey: string, appSecret: string, now: number): { token: string; expires_in: string } {
    const account = this.accounts.get(appKey);
    if (!account) throw new NeteaseApiError(401, 'token', DETAIL.unknownKey, 'Access Key does not exist or has been disabled');
    if (account.appSecret !== appSecret) throw new NeteaseApiError(401, 'token', DETAIL.wrongSecret, 'Access Secret does not match the Access Key');
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const token = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    this.tokens.set(token, { appKey, expiresAt: now + TOKEN_LIFETIME_MS });
    return { token, expires_in: String(TOKEN_LIFETIME_MS / 1000 - 1) };
  }

  /** The account behind `Authorization: Token <token>`, or the refusal. */
  authenticate(authorization: string | null, now: number): Account {
    const token = tokenFromAuthorization(authorization);
    if (!token) throw new NeteaseApiError(401, 'gateway', DETAIL.missingToken, 'Unauthorized: the Authorization header with a token is required');
    const issued = this.tokens.get(token);
    const account = issued && this.accounts.get(issued.appKey);
    if (!issued || !account) throw new NeteaseApiError(401, 'gateway', DETAIL.unknownToken, 'Unauthorized: invalid token');
    if (now >= issued.expiresAt) throw new NeteaseApiError(401, 'gateway', DETAIL.expiredToken, 'Unauthorized: token expired, please apply for a new token');
    return account;
  }

  /** Fault injection: every token issued so far expires now (callers must fetch new ones). */
  expireAll(now: number): number {
    for (const issued of this.tokens.values()) issued.expiresAt = Math.min(issued.expiresAt, now);
    return this.tokens.size;
  }

  clear(): void {
    this.tokens.clear();
  }
}
