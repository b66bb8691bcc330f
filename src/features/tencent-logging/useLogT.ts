import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { logTranslator, type LogTranslate } from './messages';

/** The log collector pages' translate function, in the language the shell is showing. */
export function useLogT(): LogTranslate {
  const { lang } = useI18n();
  return useMemo(() => logTranslator(lang), [lang]);
}
