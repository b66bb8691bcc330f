import { describe, expect, it } from 'vitest';
import { neteaseEn, neteaseTranslator, neteaseZh } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('NetEase dictionary', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(neteaseZh).sort()).toEqual(Object.keys(neteaseEn).sort());
  });
  it('keeps every placeholder in both languages and leaves no text empty', () => {
    for (const [key, en] of Object.entries(neteaseEn)) {
      const zh = neteaseZh[key as keyof typeof neteaseEn];
      expect(placeholders(zh), key).toEqual(placeholders(en));
      expect(zh.trim(), key).not.toBe('');
    }
  });
  it('fills placeholders', () => {
    expect(neteaseTranslator('en')('volumes.resized', { name: 'data', size: 30 })).toBe('Cloud volume data resized to 30 GB');
    expect(neteaseTranslator('zh-CN')('ips.costValue', { cost: 1.26 })).toBe('1.26 元');
  });
});
