import { describe, expect, it } from 'vitest';
import { rowModel } from './rows';

describe('rowModel', () => {
  it('maps rows to lines from the cap start without a filter', () => {
    const rows = rowModel(5, 12, null);
    expect(rows.count).toBe(7);
    expect(rows.lineIndex(0)).toBe(5);
    expect(rows.rowOfLine(11)).toBe(6);
    expect(rows.rowOfLine(4)).toBe(-1);
  });
  it('maps rows to filtered lines and back', () => {
    const rows = rowModel(0, 10, Int32Array.from([1, 4, 9]));
    expect(rows.count).toBe(3);
    expect(rows.lineIndex(2)).toBe(9);
    expect(rows.rowOfLine(4)).toBe(1);
    expect(rows.rowOfLine(5)).toBe(-1);
  });
});
