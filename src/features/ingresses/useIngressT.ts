import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { ingressTranslator, type IngressTranslate } from './messages';

/** The ingress pages' translate function, in the language the shell is showing. */
export function useIngressT(): IngressTranslate {
  const { lang } = useI18n();
  return useMemo(() => ingressTranslator(lang), [lang]);
}
