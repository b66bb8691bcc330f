import { describe, expect, it } from 'vitest';
import { alignSeries } from './series';

describe('alignSeries', () => {
  it('merges the time axes and leaves gaps as null', () => {
    const { times, series } = alignSeries([
      { label: 'pod-a', times: [60, 120, 180], values: [1, 2, 3] },
      { label: 'pod-b', times: [120, 240], values: [5, 6], color: 'red' },
    ]);
    expect(times).toEqual([60, 120, 180, 240]);
    expect(series[0]).toEqual({ label: 'pod-a', values: [1, 2, 3, null] });
    expect(series[1]).toEqual({ label: 'pod-b', values: [null, 5, null, 6], color: 'red' });
  });
});
