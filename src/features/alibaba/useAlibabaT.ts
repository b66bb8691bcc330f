import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { alibabaTranslator, type AlibabaTranslate } from './messages';

/** The Alibaba pages' translate function, in the language the shell is showing. */
export function useAlibabaT(): AlibabaTranslate {
  const { lang } = useI18n();
  return useMemo(() => alibabaTranslator(lang), [lang]);
}
