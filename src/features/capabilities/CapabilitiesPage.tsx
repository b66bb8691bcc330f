import { useMemo } from 'react';
import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/useI18n';
import { isOffered, KINDS, type KindAbsent, type KindOffer, type ResourceKind } from '../../domain/capabilities';
import { alibabaOperations } from '../../providers/alibaba/operations';
import { neteaseOperations } from '../../providers/netease/operations';
import { tencentOperations } from '../../providers/tencent/operations';
import type { OperationDef, ProviderId } from '../../providers/core/types';
import { ProviderTag } from '../../ui/ProviderTag';
import { PageHeader } from '../shared/PageHeader';
import { capabilitiesText, type CapabilitiesKey } from './messages';

const PROVIDERS: ProviderId[] = ['tencent', 'alibaba', 'netease'];
const OPERATIONS: Record<ProviderId, Record<string, OperationDef>> = { tencent: tencentOperations, alibaba: alibabaOperations, netease: neteaseOperations };
const ACTION_ORDER = ['read', 'create', 'update', 'delete', 'action'] as const;

/** The operations of one cell: its groups' operations plus the named extras. */
export function cellOperations(provider: ProviderId, cell: KindOffer): OperationDef[] {
  const all = Object.values(OPERATIONS[provider]);
  return all.filter((o) => o.name !== 'createToken' && (cell.groups.includes(o.group) || cell.operations?.includes(o.name)));
}

function Cell({ provider, cell, tr }: { provider: ProviderId; cell: KindOffer | KindAbsent; tr: (k: CapabilitiesKey, v?: Record<string, number>) => string }) {
  if (!isOffered(cell)) {
    return (
      <Flex gap={6} align="start">
        <MinusCircleOutlined style={{ marginTop: 4, color: 'var(--ant-color-text-quaternary)' }} aria-hidden />
        <Typography.Text type="secondary">{tr(`reason.${cell.absent}` as CapabilitiesKey)}</Typography.Text>
      </Flex>
    );
  }
  const ops = cellOperations(provider, cell);
  const kinds = ACTION_ORDER.filter((k) => ops.some((o) => o.kind === k));
  return (
    <Flex vertical gap={4}>
      <Flex gap={6} align="center" wrap>
        <CheckCircleFilled style={{ color: 'var(--ant-color-success)' }} aria-hidden />
        <Link to={cell.path}>{tr('open')}</Link>
        <Tooltip title={ops.map((o) => o.name).join(', ')}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {tr(ops.length === 1 ? 'operation' : 'operations', { count: ops.length })}
          </Typography.Text>
        </Tooltip>
      </Flex>
      <Flex gap={4} wrap>
        {kinds.map((k) => (
          <Tag key={k} style={{ marginInlineEnd: 0 }}>
            {tr(`action.${k}` as CapabilitiesKey)}
          </Tag>
        ))}
      </Flex>
      {cell.note ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{tr(`note.${cell.note}` as CapabilitiesKey)}</Typography.Text> : null}
    </Flex>
  );
}

/** Per provider, which resource kinds and actions it offers: the same table the pages read. */
export default function CapabilitiesPage() {
  const { lang } = useI18n();
  const tr = useMemo(() => (k: CapabilitiesKey, v?: Record<string, number>) => capabilitiesText(lang, k, v), [lang]);
  const rows = (Object.keys(KINDS) as ResourceKind[]).map((kind) => ({ kind }));
  return (
    <Flex vertical gap={12}>
      <PageHeader title={tr('title')} subtitle={tr('subtitle')} />
      <Table
        aria-label={tr('title')}
        size="small"
        pagination={false}
        rowKey="kind"
        dataSource={rows}
        columns={[
          { key: 'kind', title: tr('kind'), width: 160, render: (_: unknown, r) => <Typography.Text strong>{tr(`kind.${r.kind}` as CapabilitiesKey)}</Typography.Text> },
          ...PROVIDERS.map((p) => ({
            key: p,
            title: <ProviderTag provider={p} />,
            render: (_: unknown, r: { kind: ResourceKind }) => <Cell provider={p} cell={KINDS[r.kind][p]} tr={tr} />,
          })),
        ]}
      />
      <Typography.Text type="secondary">{tr('tokenNote')}</Typography.Text>
    </Flex>
  );
}
