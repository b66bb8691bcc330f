import { describe, expect, it } from 'vitest';
import { placeholders } from '../../app/i18n/messages';
import { appsDictionaries, appsTranslator, tOr } from './messages';

describe('Alibaba apps dictionary', () => {
  it('zh-CN and English have the same keys, non-empty, with the same placeholders', () => {
    const en = appsDictionaries.en;
    const zh = appsDictionaries['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
      expect(zh[key].trim(), key).not.toBe('');
    }
  });
  it('fills placeholders in the chosen language, and falls back to the provider word', () => {
    expect(appsTranslator('zh-CN')('order.batch', { num: 2 })).toBe('第 2 批');
    expect(appsTranslator('en')('order.batch', { num: 2 })).toBe('Batch 2');
    expect(tOr(appsTranslator('en'), 'serviceType.Unknown', 'Unknown')).toBe('Unknown');
    expect(tOr(appsTranslator('en'), 'state.stateful', 'x')).toBe('stateful');
  });
});
