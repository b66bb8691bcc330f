import { describe, expect, it } from 'vitest';
import { registryMessages, registryTranslator } from './messages';

describe('registry messages', () => {
  it('zh-CN and English have the same keys, none empty', () => {
    const en = Object.keys(registryMessages.en).sort();
    const zh = Object.keys(registryMessages['zh-CN']).sort();
    expect(zh).toEqual(en);
    for (const dict of Object.values(registryMessages)) for (const v of Object.values(dict)) expect(v.trim()).not.toBe('');
  });
  it('fills placeholders', () => {
    expect(registryTranslator('en')('common.deleteSelected', { count: 3 })).toBe('Delete selected (3)');
    expect(registryTranslator('zh-CN')('tag.copyTitle', { image: 'a/b:v1' })).toBe('复制 a/b:v1');
  });
});
