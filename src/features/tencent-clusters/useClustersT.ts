import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { clustersTranslator, type ClustersTranslate } from './messages';

/** This area's translate function, in the language the shell is showing. */
export function useClustersT(): ClustersTranslate {
  const { lang } = useI18n();
  return useMemo(() => clustersTranslator(lang), [lang]);
}
