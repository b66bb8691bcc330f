import { useT } from '../../app/i18n/useI18n';
import type { Service } from '../../domain/types';
import { useServiceSummary } from './useServiceSummary';

/**
 * Images or ports of a row, asked for where the list leaves them out. Plain text with a native
 * title: these cells mount by the dozen on every scroll step of a 10,000-row table.
 */
const MUTED = { color: 'var(--ant-color-text-tertiary)' };

function ListCell({ service, pick }: { service: Service; pick: 'images' | 'ports' }) {
  const t = useT();
  const { summary, isLoading } = useServiceSummary(service);
  if (isLoading) return <span style={MUTED} aria-busy aria-label={t('common.loading')}>…</span>;
  const values = summary[pick];
  if (values.length === 0) return <span style={MUTED}>–</span>;
  return (
    <span title={values.join('\n')} style={pick === 'images' ? { fontFamily: 'var(--ant-font-family-code)', fontSize: 12 } : undefined}>
      {values.join(', ')}
    </span>
  );
}

export const ImagesCell = ({ service }: { service: Service }) => <ListCell service={service} pick="images" />;
export const PortsCell = ({ service }: { service: Service }) => <ListCell service={service} pick="ports" />;
