import { describe, expect, it } from 'vitest';
import { dateSortValue, formatBytes, formatDate } from './format';

describe('format', () => {
  it('reads the providers’ date shapes', () => {
    expect(formatDate('2016-11-01 12:30:00')).toBe('2016-11-01 12:30');
    expect(dateSortValue(1_500_000_000)).toBe(1_500_000_000_000);
    expect(dateSortValue('1500000000000')).toBe(1_500_000_000_000);
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
  it('sizes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(123 * 1024 * 1024)).toBe('123 MB');
  });
});
