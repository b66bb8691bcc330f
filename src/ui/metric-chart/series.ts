/** One line on a chart: values aligned to the chart's `times` (null where a point is missing). */
export interface ChartSeries {
  label: string;
  values: ArrayLike<number | null>;
  /** CSS colour; by default one from the palette by position. */
  color?: string;
  /** Hidden at first (the legend can show it). */
  hidden?: boolean;
}

/** A series with its own timestamps (seconds), before alignment. */
export interface PointSeries {
  label: string;
  times: ArrayLike<number>;
  values: ArrayLike<number | null>;
  color?: string;
}

/**
 * Puts series with different timestamps (pods started at different times, different periods)
 * on one time axis, with null where a series has no point.
 */
export function alignSeries(list: readonly PointSeries[]): { times: number[]; series: ChartSeries[] } {
  const all = new Set<number>();
  for (const s of list) for (let i = 0; i < s.times.length; i++) all.add(s.times[i]);
  const times = [...all].sort((a, b) => a - b);
  const position = new Map(times.map((t, i) => [t, i]));
  const series = list.map((s) => {
    const values: (number | null)[] = new Array(times.length).fill(null);
    for (let i = 0; i < s.times.length; i++) values[position.get(s.times[i])!] = s.values[i] ?? null;
    return { label: s.label, values, ...(s.color ? { color: s.color } : {}) };
  });
  return { times, series };
}
