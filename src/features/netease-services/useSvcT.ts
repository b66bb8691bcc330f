import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { svcTranslator, type SvcTranslate } from './messages';

/** This area's translate function, in the language the shell is showing. */
export function useSvcT(): SvcTranslate {
  const { lang } = useI18n();
  return useMemo(() => svcTranslator(lang), [lang]);
}
