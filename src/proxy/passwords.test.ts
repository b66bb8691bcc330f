import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

describe('password hashes', () => {
  it('verifies the right password and rejects others', async () => {
    const hash = await hashPassword('correct horse', 1000);
    expect(hash).toMatch(/^pbkdf2-sha256\$1000\$/);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct hors', hash)).toBe(false);
  });
  it('salts every hash', async () => {
    expect(await hashPassword('x', 1000)).not.toBe(await hashPassword('x', 1000));
  });
  it('never matches a malformed hash', async () => {
    for (const bad of ['', 'plain', 'pbkdf2-sha256$x$y$z', 'md5$1$a$b']) expect(await verifyPassword('x', bad)).toBe(false);
  });
});
