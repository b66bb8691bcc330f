import { Badge, Tooltip } from 'antd';
import type { NeutralStatus } from '../domain/types';
import { useT } from '../app/i18n/useI18n';

const BADGE: Record<NeutralStatus, 'success' | 'processing' | 'default' | 'error' | 'warning'> = {
  running: 'success',
  pending: 'processing',
  updating: 'processing',
  stopped: 'default',
  failed: 'error',
  deleting: 'warning',
  unknown: 'default',
};

/** The neutral status (one filter across clouds) with the provider's own word beside it. */
export function StatusBadge({ status, text }: { status: NeutralStatus; text?: string }) {
  const t = useT();
  const label = t(`status.${status}`);
  // The provider's own word, unless it only repeats the label ("Running" / "running").
  const own = text && text.toLowerCase() !== label.toLowerCase() ? text : undefined;
  const badge = <Badge status={BADGE[status]} text={own ? `${label} · ${own}` : label} />;
  // A tooltip only where there is more to say: a table renders thousands of these.
  return own ? <Tooltip title={own}>{badge}</Tooltip> : badge;
}
