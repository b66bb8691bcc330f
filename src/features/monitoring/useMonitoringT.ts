import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { monitoringTranslator, type MonitoringTranslate } from './messages';

export function useMonitoringT(): MonitoringTranslate {
  const { lang } = useI18n();
  return useMemo(() => monitoringTranslator(lang), [lang]);
}
