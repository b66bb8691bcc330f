import { describe, expect, it } from 'vitest';
import { filterRows, NO_FILTER } from './filter';
import type { LogLine } from './types';

const lines: LogLine[] = [
  { id: 0, text: 'INFO started', source: 'web-1' },
  { id: 1, text: 'ERROR db down', source: 'web-2' },
  { id: 2, text: 'WARN slow', level: 'warn', source: 'web-1' },
  { id: 3, text: 'plain error text', level: 'info', source: 'worker' },
];

describe('filterRows', () => {
  it('filters nothing without a filter', () => {
    expect(filterRows(lines, 0, NO_FILTER)).toBeNull();
  });
  it('keeps the chosen levels, trusting a given level over the text', () => {
    expect(Array.from(filterRows(lines, 0, { levels: ['error'], keyword: '' })!)).toEqual([1]);
    expect(Array.from(filterRows(lines, 0, { levels: ['warn', 'info'], keyword: '' })!)).toEqual([0, 2, 3]);
  });
  it('keeps lines containing the keyword in text or source, any case', () => {
    expect(Array.from(filterRows(lines, 0, { levels: [], keyword: 'ERROR' })!)).toEqual([1, 3]);
    expect(Array.from(filterRows(lines, 0, { levels: [], keyword: 'web-1' })!)).toEqual([0, 2]);
  });
  it('starts at the cap start', () => {
    expect(Array.from(filterRows(lines, 2, { levels: [], keyword: 'e' })!)).toEqual([2, 3]);
  });
});
