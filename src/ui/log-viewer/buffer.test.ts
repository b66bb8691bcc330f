import { describe, expect, it } from 'vitest';
import { appendCapped, capStart, prependCapped } from './buffer';
import type { LogLine } from './types';

const make = (from: number, count: number): LogLine[] => Array.from({ length: count }, (_, i) => ({ id: from + i, text: `l${from + i}` }));
const ids = (lines: readonly LogLine[]) => lines.map((l) => l.id);

describe('appendCapped', () => {
  it('appends under the cap', () => {
    expect(ids(appendCapped(make(0, 2), make(2, 2), 10))).toEqual([0, 1, 2, 3]);
  });
  it('drops the oldest lines beyond the cap', () => {
    expect(ids(appendCapped(make(0, 5), make(5, 3), 6))).toEqual([2, 3, 4, 5, 6, 7]);
  });
  it('keeps only the newest incoming lines when they alone exceed the cap', () => {
    expect(ids(appendCapped(make(0, 5), make(5, 10), 3))).toEqual([12, 13, 14]);
  });
  it('never grows past the cap over a long follow', () => {
    let lines: LogLine[] = [];
    for (let batch = 0; batch < 200; batch++) lines = appendCapped(lines, make(batch * 50, 50), 1000);
    expect(lines.length).toBe(1000);
    expect(lines[0].id).toBe(9000);
    expect(lines[999].id).toBe(9999);
  });
});

describe('prependCapped', () => {
  it('keeps the older lines just loaded and drops the newest beyond the cap', () => {
    expect(ids(prependCapped(make(10, 4), make(6, 4), 6))).toEqual([6, 7, 8, 9, 10, 11]);
  });
  it('prepends under the cap', () => {
    expect(ids(prependCapped(make(2, 2), make(0, 2), 10))).toEqual([0, 1, 2, 3]);
  });
});

describe('capStart', () => {
  it('shows the tail of an over-full array', () => {
    expect(capStart(150, 100)).toBe(50);
    expect(capStart(50, 100)).toBe(0);
  });
});
