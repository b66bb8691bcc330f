import { describe, expect, it } from 'vitest';
import { pemFileName } from './download';

describe('pemFileName', () => {
  it('keeps safe names and replaces the rest', () => {
    expect(pemFileName('mykey')).toBe('mykey.pem');
    expect(pemFileName('my key/密钥')).toBe('my_key_.pem');
    expect(pemFileName('')).toBe('key.pem');
  });
});
