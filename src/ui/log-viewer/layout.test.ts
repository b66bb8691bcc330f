import { describe, expect, it } from 'vitest';
import { fixedLayout, measuredLayout, visibleRows } from './layout';

describe('fixedLayout', () => {
  it('places rows by arithmetic', () => {
    const layout = fixedLayout(100_000, 20);
    expect(layout.total).toBe(2_000_000);
    expect(layout.offsetOf(50)).toBe(1000);
    expect(layout.rowAt(1019)).toBe(50);
    expect(layout.rowAt(10_000_000)).toBe(99_999);
  });
  it('renders only the rows in view plus overscan', () => {
    expect(visibleRows(fixedLayout(100_000, 20), 20 * 1000, 400, 5)).toEqual({ first: 995, last: 1025 });
    expect(visibleRows(fixedLayout(0, 20), 0, 400)).toEqual({ first: 0, last: -1 });
  });
});

describe('measuredLayout', () => {
  it('uses measured heights and the estimate elsewhere', () => {
    const heights = new Map([[1, 60], [3, 40]]);
    const layout = measuredLayout(5, 20, (row) => heights.get(row));
    expect(layout.total).toBe(20 + 60 + 20 + 40 + 20);
    expect(layout.offsetOf(2)).toBe(80);
    expect(layout.heightOf(1)).toBe(60);
    expect(layout.rowAt(79)).toBe(1);
    expect(layout.rowAt(80)).toBe(2);
    expect(layout.rowAt(1000)).toBe(4);
  });
});
