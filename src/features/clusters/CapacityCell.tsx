import { Flex, Progress, Tooltip, Typography } from 'antd';
import { useT } from '../../app/i18n/useI18n';

const fmt = (v: number | undefined) => (v === undefined ? '–' : String(Math.round(v * 100) / 100));

/** "request / limit" with a thin bar of the request against what the nodes have. */
export function CapacityCell({ request, limit, total, unit }: { request?: number; limit?: number; total?: number; unit: 'cores' | 'gib' }) {
  const t = useT();
  if (request === undefined && limit === undefined) return <Typography.Text type="secondary">–</Typography.Text>;
  const percent = total ? Math.min(100, Math.round(((request ?? 0) / total) * 100)) : undefined;
  return (
    <Tooltip title={t('capacity.tooltip', { request: fmt(request), limit: fmt(limit), total: fmt(total), unit: t(`unit.${unit}`) })}>
      <Flex vertical gap={0} style={{ lineHeight: 1.2 }}>
        <span>
          {fmt(request)} / {fmt(limit)}
          {total !== undefined ? <Typography.Text type="secondary"> {t('capacity.ofTotal', { total: fmt(total) })}</Typography.Text> : null}
        </span>
        {percent !== undefined ? <Progress percent={percent} size={{ height: 3 }} showInfo={false} style={{ margin: 0 }} /> : null}
      </Flex>
    </Tooltip>
  );
}
