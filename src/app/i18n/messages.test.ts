import { describe, expect, it } from 'vitest';
import { dictionaries, en, format, LANGUAGES, placeholders, zhCN } from './messages';
import { initialLanguage } from './I18nProvider';

describe('dictionaries', () => {
  const keys = Object.keys(en).sort();

  it.each(LANGUAGES)('%s has every key, and only those, each non-empty', (lang) => {
    const dict = dictionaries[lang] as Record<string, string>;
    expect(Object.keys(dict).sort()).toEqual(keys);
    for (const key of keys) expect(dict[key].trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys) {
      expect(placeholders(zhCN[key as keyof typeof en]), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });

  it('really translates the navigation (no English left in Chinese)', () => {
    for (const key of keys.filter((k) => k.startsWith('nav.'))) {
      expect(zhCN[key as keyof typeof en]).not.toBe(en[key as keyof typeof en]);
    }
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{shown} of {total}', { shown: 3, total: 10 })).toBe('3 of 10');
    expect(format('Hello {who}')).toBe('Hello {who}');
  });
});

describe('initialLanguage', () => {
  it('prefers the stored choice, then the browser, defaulting to Chinese', () => {
    expect(initialLanguage('en', 'zh-CN')).toBe('en');
    expect(initialLanguage(null, 'en-US')).toBe('en');
    expect(initialLanguage(null, 'zh-TW')).toBe('zh-CN');
    expect(initialLanguage('fr', undefined)).toBe('zh-CN');
  });
});
