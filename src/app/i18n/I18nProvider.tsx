import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { dictionaries, format, LANGUAGES, type Language, type MessageKey } from './messages';
import { readPreference, writePreference } from '../preferences';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  t: Translate;
}

export const I18nContext = createContext<I18n | null>(null);

const LANG_KEY = 'tricloud.lang';
const DAYJS_LOCALE: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

/** Stored choice first, then the browser's language; Chinese unless the browser asks otherwise. */
export function initialLanguage(stored: string | null, browser: string | undefined): Language {
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  if (browser && !browser.toLowerCase().startsWith('zh')) return 'en';
  return 'zh-CN';
}

export function translator(lang: Language): Translate {
  const dict = dictionaries[lang];
  return (key, vars) => format(dict[key] ?? key, vars);
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [lang, setLangState] = useState<Language>(
    () => initial ?? initialLanguage(readPreference(LANG_KEY), typeof navigator === 'undefined' ? undefined : navigator.language),
  );
  const setLang = useCallback((next: Language) => {
    writePreference(LANG_KEY, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    dayjs.locale(DAYJS_LOCALE[lang]);
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: translator(lang) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
