import type { CSSProperties } from 'react';
import { theme, Tooltip, Typography } from 'antd';
import { capacityShares } from './capacity';
import { metricChartLabels, type MetricChartLabels, type MetricChartLocale } from './labels';
import { formatValue, type MetricUnit } from './units';
import './CapacityBar.css';

export interface CapacityBarProps {
  /** What is measured: "CPU", "Memory", a node name… */
  label: string;
  capacity: number;
  request?: number;
  limit?: number;
  used?: number;
  unit: MetricUnit;
  locale?: MetricChartLocale;
  labels?: Partial<MetricChartLabels>;
}

/**
 * Requests and limits against capacity (Tencent DescribeClusterRequestLimitInfo, Alibaba
 * resource allocations, NetEase specs): limits as a light band, requests solid, use as a marker.
 */
export function CapacityBar({ label, capacity, request, limit, used, unit, locale = 'en', labels: overrides }: CapacityBarProps) {
  const { token } = theme.useToken();
  const labels = metricChartLabels(locale, overrides);
  const shares = capacityShares(capacity, { request, limit, used });
  const parts = [
    request !== undefined && `${labels.request} ${formatValue(request, unit, locale)}`,
    limit !== undefined && `${labels.limit} ${formatValue(limit, unit, locale)}`,
    used !== undefined && `${labels.used} ${formatValue(used, unit, locale)}`,
  ].filter(Boolean);
  const summary = `${parts.join(' · ')} / ${labels.capacity} ${formatValue(capacity, unit, locale)}`;
  const style = {
    '--cb-track': token.colorFillSecondary,
    '--cb-request': token.colorPrimary,
    '--cb-limit': shares.overcommitted ? token.colorErrorBorder : token.colorPrimaryBorder,
    '--cb-used': token.colorText,
  } as CSSProperties;
  return (
    <div className="cb-root" style={style} role="group" aria-label={label}>
      <div className="cb-head">
        <Typography.Text strong>{label}</Typography.Text>
        <Typography.Text type={shares.overcommitted ? 'danger' : 'secondary'} className="cb-summary">
          {summary}
          {shares.overcommitted && ` — ${labels.overcommitted}`}
        </Typography.Text>
      </div>
      <Tooltip title={summary}>
        <div className="cb-track" role="meter" aria-valuemin={0} aria-valuemax={capacity} aria-valuenow={request ?? used ?? 0} aria-valuetext={summary}>
          {shares.limit !== undefined && <div className="cb-limit" style={{ width: `${shares.limit}%` }} />}
          {shares.request !== undefined && <div className="cb-request" style={{ width: `${shares.request}%` }} />}
          {shares.used !== undefined && <div className="cb-used" style={{ left: `${shares.used}%` }} />}
        </div>
      </Tooltip>
    </div>
  );
}
