import { describe, expect, it } from 'vitest';
import { svcEn, svcTranslator, svcZh } from './messages';

describe('the spaces and services dictionary', () => {
  it('has every English key in Chinese, none empty, and the same placeholders', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, en] of Object.entries(svcEn)) {
      const zh = svcZh[key as keyof typeof svcEn];
      expect(zh, key).toBeTruthy();
      expect(vars(zh), key).toEqual(vars(en));
    }
    expect(Object.keys(svcZh).sort()).toEqual(Object.keys(svcEn).sort());
  });
  it('fills placeholders', () => {
    expect(svcTranslator('en')('spaces.deleteHasServices', { count: 2 })).toContain('Holds 2 service(s)');
    expect(svcTranslator('zh-CN')('actions.scaled', { name: 'web', replicas: 3 })).toBe('web 正在伸缩至 3 个副本');
  });
});
