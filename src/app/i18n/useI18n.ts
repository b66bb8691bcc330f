import { useContext } from 'react';
import { I18nContext, translator, type I18n } from './I18nProvider';

const fallback: I18n = { lang: 'en', setLang: () => undefined, t: translator('en') };

/** The current language and its translate function; English outside a provider (isolated tests). */
export function useI18n(): I18n {
  return useContext(I18nContext) ?? fallback;
}

export const useT = () => useI18n().t;
