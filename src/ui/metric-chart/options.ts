import type uPlot from 'uplot';
import { seriesColor } from './palette';
import type { ChartSeries } from './series';
import { formatValue, type MetricUnit } from './units';

/** Colours from the antd theme, so the chart reads the same in light and dark. */
export interface ChartTheme {
  text: string;
  grid: string;
  font: string;
}

export interface ChartOptionsInput {
  width: number;
  height: number;
  series: readonly ChartSeries[];
  unit: MetricUnit;
  theme: ChartTheme;
  /** Charts with the same key share the cursor (and the series focus). */
  syncKey?: string;
  /** Visible range in seconds; by default the data's extent. */
  from?: number;
  to?: number;
  /** A drag over the plot: the range the user selected, in seconds. */
  onSelectRange?: (from: number, to: number) => void;
  /** A legend click showed or hid a series. */
  onSeriesToggle?: (index: number, shown: boolean) => void;
}

/** Series line width in CSS px (see the series options). */
export const SERIES_LINE_WIDTH = 1;

/** Narrower drags are clicks (a click on a point opens that minute's logs). */
export const MIN_DRAG_PX = 4;

/** The uPlot options for one chart: pure, so it is tested without a canvas. */
export function buildChartOptions(input: ChartOptionsInput): uPlot.Options {
  const { unit, theme } = input;
  const axis = (side: 'x' | 'y'): uPlot.Axis => ({
    stroke: theme.text,
    font: `11px ${theme.font}`,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
    ...(side === 'y' ? { size: 72, values: (_u: uPlot, splits: number[]) => splits.map((v) => formatValue(v, unit)) } : {}),
  });
  return {
    width: input.width,
    height: input.height,
    // Axis ranges follow the page's time range, not the data, so charts of one page line up.
    scales: { x: { time: true, ...(input.from !== undefined && input.to !== undefined ? { range: () => [input.from!, input.to!] as uPlot.Range.MinMax } : {}) } },
    axes: [axis('x'), axis('y')],
    legend: { live: true },
    cursor: {
      sync: input.syncKey ? { key: input.syncKey, setSeries: false } : undefined,
      drag: { x: true, y: false, setScale: false },
      focus: { prox: 16 },
    },
    focus: { alpha: 0.35 },
    series: [
      {},
      ...input.series.map(
        (s, i): uPlot.Series => ({
          label: s.label,
          stroke: seriesColor(i, s.color),
          // One pixel: Skia draws a stroke no wider than a device pixel as a hairline, while
          // 1.5 px goes through its stroker — 20 × 1,440 points painted in about a quarter of
          // the time (bench/browser/profile.ts chart).
          width: SERIES_LINE_WIDTH,
          show: !s.hidden,
          spanGaps: false,
          points: { show: false },
          value: (_u, v) => formatValue(v, unit),
        }),
      ),
    ],
    hooks: {
      setSelect: [
        (u) => {
          const { left, width } = u.select;
          if (width >= MIN_DRAG_PX && input.onSelectRange) input.onSelectRange(u.posToVal(left, 'x'), u.posToVal(left + width, 'x'));
          if (width > 0) u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
        },
      ],
      setSeries: [
        (u, index, opts) => {
          if (index !== null && index > 0 && opts.show !== undefined) input.onSeriesToggle?.(index - 1, u.series[index].show !== false);
        },
      ],
    },
  };
}

/** uPlot's data layout: the time axis, then one array per series. */
export function chartData(times: ArrayLike<number>, series: readonly ChartSeries[]): uPlot.AlignedData {
  return [times as number[], ...series.map((s) => s.values as (number | null)[])];
}
