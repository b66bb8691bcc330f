import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { appsTranslator, type AppsTranslate } from './messages';

/** The app pages' translate function, in the language the shell is showing. */
export function useAppsT(): AppsTranslate {
  const { lang } = useI18n();
  return useMemo(() => appsTranslator(lang), [lang]);
}
