import { describe, expect, it } from 'vitest';
import { placeholders } from '../../app/i18n/messages';
import { alibabaDictionaries, alibabaTranslator } from './messages';

describe('Alibaba dictionary', () => {
  it('zh-CN and English have the same keys and the same placeholders', () => {
    const en = alibabaDictionaries.en;
    const zh = alibabaDictionaries['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
      expect(zh[key].trim(), key).not.toBe('');
    }
  });
  it('fills placeholders in the chosen language', () => {
    expect(alibabaTranslator('zh-CN')('storage.volumeDeleted', { name: 'pv-1' })).toBe('存储卷 pv-1 已删除');
    expect(alibabaTranslator('en')('storage.volumeDeleted', { name: 'pv-1' })).toBe('Volume pv-1 deleted');
  });
});
