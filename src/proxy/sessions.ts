/** In-memory console sessions: random ids in an HttpOnly cookie, sliding expiry. */
export const SESSION_COOKIE = 'tricloud_session';

interface Session {
  username: string;
  expiresAt: number;
}

export class SessionStore {
  private sessions = new Map<string, Session>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  create(username: string): string {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    this.sessions.set(id, { username, expiresAt: this.now() + this.ttlMs });
    return id;
  }

  /** The session's user, extending its life; undefined when unknown or expired. */
  touch(id: string | undefined): string | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    session.expiresAt = this.now() + this.ttlMs;
    return session.username;
  }

  destroy(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function sessionCookie(request: Request, id: string, maxAgeSeconds: number): string {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

export const clearedSessionCookie = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;

/** Slows down password guessing: after 5 failures a name is locked for a minute. */
export class LoginThrottle {
  private failures = new Map<string, { count: number; until: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  blocked(username: string): boolean {
    const entry = this.failures.get(username);
    return !!entry && entry.count >= 5 && entry.until > this.now();
  }
  fail(username: string): void {
    const entry = this.failures.get(username) ?? { count: 0, until: 0 };
    if (entry.until <= this.now()) entry.count = 0;
    entry.count += 1;
    entry.until = this.now() + 60_000;
    this.failures.set(username, entry);
  }
  succeed(username: string): void {
    this.failures.delete(username);
  }
}
