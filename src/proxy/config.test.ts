import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

const user = { username: 'ops', passwordHash: 'pbkdf2-sha256$1000$AAAA$BBBB' };
const tencent = { id: 'tx-prod', name: '腾讯云 生产', provider: 'tencent', regions: ['gz'], credentials: { secretId: 'AKID', secretKey: { env: 'TX_KEY' } } };

describe('proxy configuration', () => {
  it('reads secrets from the environment when asked', () => {
    const config = parseConfig({ users: [user], accounts: [tencent] }, { TX_KEY: 'from-env' });
    expect(config.accounts[0]).toMatchObject({ provider: 'tencent', credentials: { secretId: 'AKID', secretKey: 'from-env' } });
    expect(config.sessionTtlMinutes).toBe(720);
    expect(config.demo).toBe(false);
  });

  it('names a missing variable, never a secret value', () => {
    expect(() => parseConfig({ users: [user], accounts: [tencent] }, {})).toThrow(/TX_KEY is not set/);
    const bad = { ...tencent, credentials: { secretId: 'AKID-SHOWN-NOWHERE', secretKey: 'SECRET-SHOWN-NOWHERE' }, regions: [] };
    let message = '';
    try {
      parseConfig({ users: [user], accounts: [bad] });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/accounts\.0\.regions/);
    expect(message).not.toContain('SECRET-SHOWN-NOWHERE');
  });

  it('rejects unknown providers, duplicate ids, bad endpoints and plain-text passwords', () => {
    expect(() => parseConfig({ users: [user], accounts: [{ ...tencent, provider: 'aws' }] })).toThrow(/invalid configuration/);
    expect(() => parseConfig({ users: [user], accounts: [tencent, tencent] }, { TX_KEY: 'k' })).toThrow(/duplicate account id tx-prod/);
    expect(() => parseConfig({ users: [user], accounts: [{ ...tencent, endpoint: 'ftp://x' }] }, { TX_KEY: 'k' })).toThrow(/endpoint/);
    expect(() => parseConfig({ users: [{ username: 'a', passwordHash: 'secret' }], accounts: [tencent] }, { TX_KEY: 'k' })).toThrow(/passwordHash/);
  });
});
