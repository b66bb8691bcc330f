import { describe, expect, it } from 'vitest';
import { clustersEn, clustersTranslator, clustersZh } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('Tencent clusters dictionary', () => {
  it('has the same keys in Chinese and English, the same placeholders, no empty text', () => {
    expect(Object.keys(clustersZh).sort()).toEqual(Object.keys(clustersEn).sort());
    for (const [key, en] of Object.entries(clustersEn)) {
      const zh = clustersZh[key as keyof typeof clustersEn];
      expect(placeholders(zh), key).toEqual(placeholders(en));
      expect(zh.trim(), key).not.toBe('');
    }
  });
  it('fills placeholders', () => {
    expect(clustersTranslator('en')('drain.wouldEvict', { count: 3 })).toBe('3 pod(s) would be evicted');
    expect(clustersTranslator('zh-CN')('drain.wouldEvict', { count: 3 })).toBe('将驱逐 3 个 Pod');
  });
});
