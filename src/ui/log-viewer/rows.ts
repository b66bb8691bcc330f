/**
 * The rows on screen: either every line from the cap start (`indices` null, no array built), or
 * the line indices that passed the filter.
 */
export interface RowModel {
  count: number;
  lineIndex(row: number): number;
  /** The row showing line `index`, or -1 when filtered out or trimmed. */
  rowOfLine(index: number): number;
}

export function rowModel(start: number, length: number, indices: Int32Array | null): RowModel {
  if (!indices) {
    return {
      count: Math.max(0, length - start),
      lineIndex: (row) => start + row,
      rowOfLine: (index) => (index >= start && index < length ? index - start : -1),
    };
  }
  return {
    count: indices.length,
    lineIndex: (row) => indices[row],
    rowOfLine(index) {
      let lo = 0;
      let hi = indices.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (indices[mid] === index) return mid;
        if (indices[mid] < index) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    },
  };
}
