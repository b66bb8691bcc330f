import { describe, expect, it } from 'vitest';
import { mergeByTime } from './merge';
import type { LogLine } from './types';

const line = (source: string, time: number | undefined, text: string): LogLine => ({ id: 0, source, time, text });

describe('mergeByTime', () => {
  it('interleaves pods by time and renumbers ids', () => {
    const a = [line('a', 1, 'a1'), line('a', 5, 'a5')];
    const b = [line('b', 2, 'b2'), line('b', 3, 'b3'), line('b', 9, 'b9')];
    const merged = mergeByTime([a, b], 100);
    expect(merged.map((l) => l.text)).toEqual(['a1', 'b2', 'b3', 'a5', 'b9']);
    expect(merged.map((l) => l.id)).toEqual([100, 101, 102, 103, 104]);
  });
  it('keeps time-less continuation lines with the line before them', () => {
    const a = [line('a', 1, 'panic'), line('a', undefined, '  at f()'), line('a', undefined, '  at g()'), line('a', 4, 'after')];
    const b = [line('b', 2, 'b2')];
    expect(mergeByTime([a, b]).map((l) => l.text)).toEqual(['panic', '  at f()', '  at g()', 'b2', 'after']);
  });
  it('keeps stream order on equal times', () => {
    expect(mergeByTime([[line('a', 1, 'a')], [line('b', 1, 'b')]]).map((l) => l.text)).toEqual(['a', 'b']);
  });
});
