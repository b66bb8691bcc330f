import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { logsTranslator, type LogsTranslate } from './messages';

/** The Logs page's translate function, in the language the shell is showing. */
export function useLogsT(): LogsTranslate {
  const { lang } = useI18n();
  return useMemo(() => logsTranslator(lang), [lang]);
}
