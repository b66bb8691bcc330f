import { describe, expect, it } from 'vitest';
import { lbEn, lbTranslator, lbZh } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('load balancer dictionary', () => {
  it('has every key in both languages with the same placeholders', () => {
    expect(Object.keys(lbZh).sort()).toEqual(Object.keys(lbEn).sort());
    for (const [key, en] of Object.entries(lbEn)) {
      const zh = lbZh[key as keyof typeof lbEn];
      expect(placeholders(zh), key).toEqual(placeholders(en));
      expect(zh.trim(), key).not.toBe('');
    }
  });
  it('fills placeholders', () => {
    expect(lbTranslator('en')('lb.deleted', { name: 'mylb', ip: '1.2.3.4' })).toBe('Load balancer mylb deleted; its IP 1.2.3.4 was not released');
  });
});
