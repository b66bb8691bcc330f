import type { NeteaseCredentials } from '../../providers/core/types';
import { hashString } from '../core/random';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { seedWorld } from './store/seed';
import type { AccountWorld } from './store/types';

export interface Account {
  appKey: string;
  appSecret: string;
  world: AccountWorld;
}

/** The demo account's user name (the `<user>` of namespaces and image paths). */
export const DEMO_USERNAME = 'tricloud';

const usernameOf = (appKey: string) => (appKey === DEMO_CREDENTIALS.netease.appKey ? DEMO_USERNAME : `user${(hashString(appKey) % 46656).toString(36)}`);

/** One deterministic world per Access Key, re-seeded on reset. */
export class AccountBook {
  private accounts = new Map<string, Account>();

  constructor(
    private readonly credentials: readonly NeteaseCredentials[],
    /** Extra rows for the demo account (benchmarks of long lists). */
    private readonly large: { ips?: number } = {},
  ) {
    this.reset();
  }

  reset(): void {
    this.accounts.clear();
    for (const c of [DEMO_CREDENTIALS.netease, ...this.credentials]) {
      this.accounts.set(c.appKey, { appKey: c.appKey, appSecret: c.appSecret, world: seedWorld(usernameOf(c.appKey), c.appKey, c === DEMO_CREDENTIALS.netease ? this.large : {}) });
    }
  }

  get(appKey: string): Account | undefined {
    return this.accounts.get(appKey);
  }
}
