import { describe, expect, it } from 'vitest';
import { num, text } from './values';

describe('lenient field readers', () => {
  it('reads GetRdsBackUp’s string counters and null fields', () => {
    expect(num('3')).toBe(3);
    expect(num(1875968)).toBe(1875968);
    expect(num('')).toBeUndefined();
    expect(num(null)).toBeUndefined();
    expect(num('x')).toBeUndefined();
    expect(text(403943940)).toBe('403943940');
    expect(text(null)).toBe('');
  });
});
