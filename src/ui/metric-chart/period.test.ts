import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignRange, choosePeriod, pointCount, pointTimes } from './period';

// The document's Datetime is Beijing time; only differences matter here.
const seconds = (text: string) => Date.parse(text.replace(' ', 'T') + '+08:00') / 1000;

const monitorOperation = () => {
  const catalog = JSON.parse(readFileSync(new URL('../../../../shared/catalog/tencent.json', import.meta.url), 'utf8'));
  return catalog.operations.find((o: { action: string }) => o.action === 'GetMonitorData');
};

describe('pointCount', () => {
  it('counts both ends, as the document’s 3-point example shows', () => {
    const example = monitorOperation().additional_examples[0].example_response;
    const count = pointCount(seconds(example.startTime), seconds(example.endTime), example.period);
    expect(count).toBe(3);
    expect(example.dataPoints).toHaveLength(count);
  });
  it('counts a day at one minute as 1,441 points', () => {
    expect(pointCount(0, 86400, 60)).toBe(1441);
    expect(pointCount(0, 59, 60)).toBe(1);
  });
  it('refuses the main example’s end before its start', () => {
    const example = JSON.parse(monitorOperation().example_response_repaired ? JSON.stringify(monitorOperation().example_response_repaired) : '{}');
    expect(() => pointCount(seconds(example.startTime), seconds(example.endTime), example.period)).toThrow(RangeError);
  });
});

describe('choosePeriod', () => {
  it.each([
    [3600, 60],
    [86400, 60],
    [7 * 86400, 3600],
    [2 * 86400, 300],
    [30 * 86400, 3600],
    [400 * 86400, 86400],
  ])('%d s → period %d', (range, period) => {
    expect(choosePeriod(0, range)).toBe(period);
  });
  it('honours a smaller budget', () => {
    expect(choosePeriod(0, 3600, 30)).toBe(300);
  });
  it('falls back to a day when nothing fits', () => {
    expect(choosePeriod(0, 10_000 * 86400, 10)).toBe(86400);
  });
});

describe('alignRange and pointTimes', () => {
  it('floors to the period and lists point times', () => {
    expect(alignRange(1000, 2000, 300)).toEqual({ start: 900, end: 1800 });
    expect(Array.from(pointTimes(900, 300, 4))).toEqual([900, 1200, 1500, 1800]);
  });
});
