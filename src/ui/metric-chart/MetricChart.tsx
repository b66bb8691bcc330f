import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { theme as antdTheme, Typography } from 'antd';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { metricChartLabels, type MetricChartLabels, type MetricChartLocale } from './labels';
import { buildChartOptions, chartData, MIN_DRAG_PX } from './options';
import type { ChartSeries } from './series';
import type { MetricUnit } from './units';
import './MetricChart.css';

export interface MetricChartProps {
  /** Point times in seconds since the epoch, ascending. */
  times: ArrayLike<number>;
  /** Values aligned to `times` (see `alignSeries`). */
  series: readonly ChartSeries[];
  unit: MetricUnit;
  title?: string;
  /** Plot height in px (default 220); the width follows the container. */
  height?: number;
  /** Charts of one page with the same key share the cursor. */
  syncKey?: string;
  /** The page's time range in seconds; the x axis shows exactly this range. */
  from?: number;
  to?: number;
  /** Drag-to-zoom: the selected range in seconds (the page puts it in the URL and refetches). */
  onRangeChange?: (from: number, to: number) => void;
  /** A click on the plot: the time of the point under the cursor, in seconds. */
  onPointClick?: (time: number) => void;
  /** A legend click showed or hid a series (index into `series`). */
  onSeriesToggle?: (index: number, shown: boolean) => void;
  /** Called after each draw (benchmarks). */
  onDraw?: () => void;
  locale?: MetricChartLocale;
  labels?: Partial<MetricChartLabels>;
}

/**
 * Time-series chart on uPlot (made for many points: 20 × 1,440 draws in a few ms). Legend with
 * toggles and values at the cursor, crosshair, drag to choose a range, click for a point's time.
 */
export function MetricChart(props: MetricChartProps) {
  const { times, series, unit, height = 220, syncKey, from, to, locale = 'en' } = props;
  const { token } = antdTheme.useToken();
  const labels = metricChartLabels(locale, props.labels);
  const holder = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  // Callbacks through a ref: a new function from the page must not rebuild the chart.
  const callbacks = useRef(props);
  callbacks.current = props;

  const theme = useMemo(() => ({ text: token.colorTextSecondary, grid: token.colorBorderSecondary, font: token.fontFamily }), [token]);
  // What forces a new uPlot: the series set, the unit, the theme, the range, the height.
  const shape = series.map((s) => `${s.label}\u0000${s.color ?? ''}\u0000${s.hidden ? 1 : 0}`).join('\u0001');

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const options = buildChartOptions({
      width: Math.max(100, el.clientWidth),
      height,
      series,
      unit,
      theme,
      syncKey,
      from,
      to,
      onSelectRange: (a, b) => callbacks.current.onRangeChange?.(a, b),
      onSeriesToggle: (i, shown) => callbacks.current.onSeriesToggle?.(i, shown),
    });
    options.hooks!.draw = [() => callbacks.current.onDraw?.()];
    const u = new uPlot(options, chartData(times, series), el);
    plot.current = u;

    // A click is a press and release at (nearly) the same place; a longer move is a drag.
    let downX = 0;
    const onDown = (e: MouseEvent) => void (downX = e.clientX);
    const onUp = (e: MouseEvent) => {
      const idx = u.cursor.idx;
      if (Math.abs(e.clientX - downX) < MIN_DRAG_PX && idx !== null && idx !== undefined) callbacks.current.onPointClick?.(u.data[0][idx]);
    };
    u.over.addEventListener('mousedown', onDown);
    u.over.addEventListener('mouseup', onUp);
    const observer = new ResizeObserver(() => {
      const width = Math.max(100, el.clientWidth);
      if (width !== u.width) u.setSize({ width, height });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      u.destroy();
      plot.current = null;
    };
    // Data changes go through setData below; `times`/`series` values are read at creation only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shape, unit, theme, syncKey, from, to, height]);

  useEffect(() => {
    plot.current?.setData(chartData(times, series), from === undefined);
  }, [times, series, from]);

  const empty = times.length === 0 || series.length === 0;
  return (
    <div
      className="mc-root"
      style={
        {
          '--mc-text': token.colorText,
          '--mc-muted': token.colorTextSecondary,
          '--mc-bg': token.colorBgElevated,
          '--mc-border': token.colorBorderSecondary,
          '--mc-select': token.colorPrimaryBg,
        } as CSSProperties
      }
    >
      {props.title && (
        <Typography.Text strong className="mc-title">
          {props.title}
        </Typography.Text>
      )}
      <div className="mc-plot" ref={holder} />
      {empty && <div className="mc-empty">{labels.noData}</div>}
    </div>
  );
}
