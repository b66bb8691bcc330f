import { describe, expect, it } from 'vitest';
import { reposEn, reposTranslator, reposZh } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('Repositories dictionary', () => {
  it('has the same keys and placeholders in Chinese and English, none empty', () => {
    expect(Object.keys(reposZh).sort()).toEqual(Object.keys(reposEn).sort());
    for (const [key, en] of Object.entries(reposEn)) {
      const zh = reposZh[key as keyof typeof reposEn];
      expect(placeholders(zh), key).toEqual(placeholders(en));
      expect(zh.trim(), key).not.toBe('');
    }
  });
  it('fills placeholders', () => {
    expect(reposTranslator('en')('count', { count: 3 })).toBe('3 repositories');
    expect(reposTranslator('zh-CN')('open', { repo: 'a/b' })).toBe('打开 a/b');
  });
});
