import { Badge } from 'antd';
import { text } from './api';
import { useClustersT } from './useClustersT';

/** ListCluster's Status word: running, creating (the rest shown as sent). */
export function ClusterStatus({ status }: { status: unknown }) {
  const t = useClustersT();
  const word = text(status);
  if (word === 'running') return <Badge status="success" text={t('status.running')} data-testid="cluster-status" />;
  if (word === 'creating') return <Badge status="processing" text={t('status.creating')} data-testid="cluster-status" />;
  return <Badge status="default" text={word} data-testid="cluster-status" />;
}
