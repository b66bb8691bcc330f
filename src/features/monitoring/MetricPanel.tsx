import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { TencentMetricLevel } from '../../providers/tencent/operations/generated/metrics';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { MetricChart, parseUnit, pointTimes, type ChartSeries } from '../../ui/metric-chart';
import { tencentApi } from '../logs/api';
import { tencentTime } from '../logs/logic';
import { dimensionsOf, namespaceOf, type MonitorTarget } from './dimensions';
import type { plan } from './timeRange';

export interface Entity {
  label: string;
  target: MonitorTarget;
}

export interface Metric {
  name: string;
  unit: string;
  label: string;
  labelZh: string;
}

interface Props {
  account: string;
  region: string;
  level: TencentMetricLevel;
  metric: Metric;
  entities: readonly Entity[];
  plan: ReturnType<typeof plan>;
  /** The page's range in seconds (the x axis), shared by every chart. */
  from: number;
  to: number;
  refreshTick: number;
  lang: 'zh-CN' | 'en';
  syncKey: string;
  onRangeChange: (from: number, to: number) => void;
  onPointClick: (time: number) => void;
  scope: { account?: string; region?: string };
}

/** One metric over several entities (pods of a service, services of a cluster): one GetMonitorData call each. */
export function MetricPanel(props: Props) {
  const { account, region, level, metric, entities, plan: p } = props;
  const results = useQueries({
    queries: entities.map((e) => ({
      queryKey: ['tencent', account, region, 'monitor', metric.name, e.target, p.period, p.start, p.end, props.refreshTick],
      queryFn: () =>
        tencentApi(account).GetMonitorData(
          { namespace: namespaceOf(level), metricName: metric.name, dimensions: dimensionsOf(e.target), period: p.period, startTime: tencentTime(p.start * 1000), endTime: tencentTime(p.end * 1000) },
          region,
        ),
      staleTime: 30_000,
      placeholderData: (previous: unknown) => previous,
    })),
  }) as { data?: { dataPoints?: unknown[] }; error: unknown; refetch: () => unknown }[];

  const datas = results.map((r) => r.data);
  const { times, series } = useMemo(() => {
    const count = Math.max(0, ...datas.map((d) => d?.dataPoints?.length ?? 0));
    const t = pointTimes(p.start, p.period, count);
    const s: ChartSeries[] = entities.map((e, i) => {
      const points = datas[i]?.dataPoints ?? [];
      const values = new Array<number | null>(count);
      for (let k = 0; k < count; k++) {
        const v = points[k];
        values[k] = typeof v === 'number' ? v : typeof v === 'string' && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : null;
      }
      return { label: e.label, values };
    });
    return { times: t, series: s };
    // The answers themselves are the dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...datas, entities, p.start, p.period]);

  const error = results.find((r) => r.error);
  const unit = parseUnit(metric.unit) ?? '%';
  return (
    <div data-testid={`chart-${metric.name}`}>
      {error ? <ErrorAlert error={error.error} scope={props.scope} onRetry={() => void error.refetch()} /> : null}
      <MetricChart
        title={`${props.lang === 'zh-CN' ? metric.labelZh : metric.label} · ${metric.name} (${metric.unit})`}
        unit={unit}
        times={times}
        series={series}
        from={props.from}
        to={props.to}
        height={170}
        syncKey={props.syncKey}
        locale={props.lang}
        onRangeChange={props.onRangeChange}
        onPointClick={props.onPointClick}
      />
    </div>
  );
}
