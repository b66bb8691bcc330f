import { describe, expect, it } from 'vitest';
import { imagesEn, imagesTranslator, imagesZh } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('image pages dictionary', () => {
  it('has every key in both languages with the same placeholders', () => {
    expect(Object.keys(imagesZh).sort()).toEqual(Object.keys(imagesEn).sort());
    for (const [key, en] of Object.entries(imagesEn)) {
      const zh = imagesZh[key as keyof typeof imagesEn];
      expect(placeholders(zh), key).toEqual(placeholders(en));
      expect(zh.trim(), key).not.toBe('');
    }
  });
  it('fills placeholders', () => {
    expect(imagesTranslator('zh-CN')('tag.deleted', { tag: 'v1', repo: 'mysql' })).toBe('mysql 的版本 v1 已删除');
  });
});
