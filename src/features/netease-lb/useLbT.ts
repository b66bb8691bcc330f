import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { lbTranslator, type LbTranslate } from './messages';

/** The load balancer pages' translate function, in the shell's language. */
export function useLbT(): LbTranslate {
  const { lang } = useI18n();
  return useMemo(() => lbTranslator(lang), [lang]);
}
