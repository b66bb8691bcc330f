import { describe, expect, it } from 'vitest';
import { catalogExample } from './catalog.fixture';
import { parseTimestamp, readLeadingTimestamp } from './timestamp';

describe('readLeadingTimestamp', () => {
  it('reads kubectl RFC3339Nano prefixes in UTC and says how much to cut', () => {
    const text = '2024-03-01T02:03:04.123456789Z GET /';
    const stamp = readLeadingTimestamp(text)!;
    expect(stamp.time).toBe(Date.UTC(2024, 2, 1, 2, 3, 4, 123));
    expect(text.slice(stamp.length)).toBe('GET /');
  });
  it('reads zone-less times as China Standard Time unless told otherwise', () => {
    expect(readLeadingTimestamp('2006-01-02 15:04:05 x')!.time).toBe(Date.UTC(2006, 0, 2, 7, 4, 5));
    expect(readLeadingTimestamp('2006-01-02 15:04:05 x', 0)!.time).toBe(Date.UTC(2006, 0, 2, 15, 4, 5));
  });
  it('honours explicit offsets', () => {
    expect(readLeadingTimestamp('2024-01-01T08:00:00+08:00 up')!.time).toBe(Date.UTC(2024, 0, 1, 0, 0, 0));
    expect(readLeadingTimestamp('2024-01-01T00:00:00-0130 up')!.time).toBe(Date.UTC(2024, 0, 1, 1, 30, 0));
  });
  it('finds nothing in a line without a leading time', () => {
    expect(readLeadingTimestamp('GET / 2024-01-01 00:00:00')).toBeUndefined();
  });
});

describe('parseTimestamp on the seeds’ event times', () => {
  it('Tencent DescribeServiceEvent firstSeen (Beijing time)', () => {
    const event = catalogExample('tencent', 'DescribeServiceEvent').data.eventList[0];
    expect(event.firstSeen).toBe('2016-11-08 16:15:15');
    expect(parseTimestamp(event.firstSeen)).toBe(Date.UTC(2016, 10, 8, 8, 15, 15));
  });
  it('Alibaba DescribePodEvents LastTimestamp (minutes, UTC)', () => {
    const event = catalogExample('alibaba', 'DescribePodEvents').Result.PodEvents[0];
    expect(parseTimestamp(event.LastTimestamp)).toBe(Date.UTC(2020, 0, 5, 18, 38));
  });
  it('rejects a string with more after the time', () => {
    expect(parseTimestamp('2020-01-05 18:38:00 later')).toBeUndefined();
  });
});

describe('readLeadingTimestamp edge cases', () => {
  it('reads fractions shorter than milliseconds and seconds-less times', () => {
    expect(readLeadingTimestamp('2024-01-01T00:00:00.5Z')!.time).toBe(Date.UTC(2024, 0, 1, 0, 0, 0, 500));
    expect(readLeadingTimestamp('2020-01-05T18:38Z')!.length).toBe(17);
  });
  it('refuses impossible fields', () => {
    expect(readLeadingTimestamp('2024-13-01 00:00:00')).toBeUndefined();
    expect(readLeadingTimestamp('2024-01-01X00:00:00')).toBeUndefined();
    expect(readLeadingTimestamp('2024-01-01 0a:00:00')).toBeUndefined();
  });
});
