import { describe, expect, it } from 'vitest';
import { placeholders } from '../../app/i18n/messages';
import { ingressDictionaries, ingressTranslator } from './messages';

describe('ingress dictionary', () => {
  it('zh-CN and English have the same keys and the same placeholders', () => {
    const en = ingressDictionaries.en;
    const zh = ingressDictionaries['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
      expect(zh[key].trim(), key).not.toBe('');
    }
  });
  it('fills placeholders in the chosen language', () => {
    expect(ingressTranslator('zh-CN')('common.deleted.ok', { name: 'web' })).toBe('已删除 web');
    expect(ingressTranslator('en')('common.deleted.ok', { name: 'web' })).toBe('web deleted');
  });
});
