/**
 * Where each row sits in the scrolled column. Without wrapping every row is one line high
 * (arithmetic only); with wrapping, rows measured on screen keep their height and the others
 * use the estimate, summed once per change (a 100,000-row prefix sum takes well under 1 ms).
 */
export interface RowLayout {
  count: number;
  total: number;
  offsetOf(row: number): number;
  heightOf(row: number): number;
  /** The row under a vertical offset (clamped to the rows that exist). */
  rowAt(offset: number): number;
}

export function fixedLayout(count: number, rowHeight: number): RowLayout {
  return {
    count,
    total: count * rowHeight,
    offsetOf: (row) => row * rowHeight,
    heightOf: () => rowHeight,
    rowAt: (offset) => clamp(Math.floor(offset / rowHeight), 0, Math.max(0, count - 1)),
  };
}

export function measuredLayout(count: number, estimate: number, measured: (row: number) => number | undefined): RowLayout {
  const offsets = new Float64Array(count + 1);
  for (let row = 0; row < count; row++) offsets[row + 1] = offsets[row] + (measured(row) ?? estimate);
  return {
    count,
    total: offsets[count],
    offsetOf: (row) => offsets[clamp(row, 0, count)],
    heightOf: (row) => offsets[row + 1] - offsets[row],
    rowAt(offset) {
      let lo = 0;
      let hi = Math.max(0, count - 1);
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (offsets[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

/** First and last row to render for a viewport, with `overscan` rows either side. */
export function visibleRows(layout: RowLayout, scrollTop: number, viewportHeight: number, overscan = 10): { first: number; last: number } {
  if (layout.count === 0) return { first: 0, last: -1 };
  const first = Math.max(0, layout.rowAt(scrollTop) - overscan);
  const last = Math.min(layout.count - 1, layout.rowAt(scrollTop + viewportHeight) + overscan);
  return { first, last };
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
