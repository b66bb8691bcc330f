import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { reposTranslator, type ReposTranslate } from './messages';

/** The Repositories page's translate function, in the language the shell is showing. */
export function useReposT(): ReposTranslate {
  const { lang } = useI18n();
  return useMemo(() => reposTranslator(lang), [lang]);
}
