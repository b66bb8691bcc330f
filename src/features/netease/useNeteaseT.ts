import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { neteaseTranslator, type NeteaseTranslate } from './messages';

/** The NetEase pages' translate function, in the language the shell is showing. */
export function useNeteaseT(): NeteaseTranslate {
  const { lang } = useI18n();
  return useMemo(() => neteaseTranslator(lang), [lang]);
}
