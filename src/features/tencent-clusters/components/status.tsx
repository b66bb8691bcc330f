import { Badge, Tag, Tooltip } from 'antd';
import type { NeutralStatus } from '../../../domain/types';
import { StatusBadge } from '../../../ui/StatusBadge';
import type { NodeRow } from '../api/types';
import type { ClustersTranslate } from '../messages';

/** The document's cluster states, mapped like the cross-cloud page maps them. */
export const CLUSTER_STATUS: Record<string, NeutralStatus> = {
  Running: 'running',
  Creating: 'pending',
  Scaling: 'updating',
  Upgrading: 'updating',
  Deleting: 'deleting',
  Isolated: 'stopped',
  Abnormal: 'failed',
};

export function ClusterStatus({ status }: { status?: string }) {
  return <StatusBadge status={CLUSTER_STATUS[status ?? ''] ?? 'unknown'} text={status} />;
}

/** A node: being bought (cvmState 1), normal, or abnormal with the document's reason. */
export type NodeState = 'pending' | 'normal' | 'abnormal';
export const nodeState = (n: NodeRow): NodeState => (n.isNormal === 1 ? 'normal' : n.cvmState === 1 || !n.abnormalReason ? 'pending' : 'abnormal');

export function NodeStatus({ node, t }: { node: NodeRow; t: ClustersTranslate }) {
  const state = nodeState(node);
  const badge = state === 'normal' ? 'success' : state === 'pending' ? 'processing' : 'error';
  const text = state === 'abnormal' ? `${t('node.state.abnormal')} · ${node.abnormalReason}` : t(`node.state.${state}`);
  return <Badge status={badge} text={text} />;
}

export function SchedulingTag({ node, t }: { node: NodeRow; t: ClustersTranslate }) {
  if (!node.unschedulable) return <Tag color="green">{t('node.schedulable')}</Tag>;
  return (
    <Tooltip title={node.drainStatus ? `drainStatus: ${node.drainStatus}` : undefined}>
      <Tag color="orange">{node.drainStatus === 'Drained' ? t('node.drained') : t('node.cordoned')}</Tag>
    </Tooltip>
  );
}

export const ASG_BADGE: Record<string, 'success' | 'processing' | 'default'> = { enabled: 'success', enabling: 'processing', disabling: 'processing', updating: 'processing', disabled: 'default' };
