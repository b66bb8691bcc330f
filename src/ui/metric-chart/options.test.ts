import { describe, expect, it, vi } from 'vitest';
import type uPlot from 'uplot';
import { buildChartOptions, chartData } from './options';

const theme = { text: '#000', grid: '#eee', font: 'monospace' };

describe('buildChartOptions', () => {
  const onSelectRange = vi.fn();
  const options = buildChartOptions({
    width: 600,
    height: 200,
    unit: 'MiB',
    theme,
    syncKey: 'svc',
    from: 1000,
    to: 5000,
    onSelectRange,
    series: [{ label: 'pod-a', values: [1] }, { label: 'pod-b', values: [2], color: 'red', hidden: true }],
  });

  it('makes one uPlot series per chart series after the time axis', () => {
    expect(options.series.map((s) => s.label)).toEqual([undefined, 'pod-a', 'pod-b']);
    expect(options.series[2].stroke).toBe('red');
    expect(options.series[2].show).toBe(false);
  });
  it('prints values and ticks with the unit', () => {
    const value = options.series[1].value as (u: uPlot, v: number) => string;
    expect(value({} as uPlot, 2048)).toBe('2 GiB');
    const ticks = options.axes![1].values as (u: uPlot, splits: number[]) => string[];
    expect(ticks({} as uPlot, [0, 512, 1024])).toEqual(['0 MiB', '512 MiB', '1 GiB']);
  });
  it('syncs the cursor by key and turns a drag into a range, not a zoom', () => {
    expect(options.cursor!.sync!.key).toBe('svc');
    expect(options.cursor!.drag!.setScale).toBe(false);
    const range = (options.scales!.x.range as unknown as () => number[])();
    expect(range).toEqual([1000, 5000]);
    const setSelect = vi.fn();
    const u = { select: { left: 100, width: 50 }, posToVal: (px: number) => px * 10, setSelect } as unknown as uPlot;
    (options.hooks!.setSelect![0] as (u: uPlot) => void)(u);
    expect(onSelectRange).toHaveBeenCalledWith(1000, 1500);
    expect(setSelect).toHaveBeenCalled();
  });
  it('treats a tiny drag as a click', () => {
    onSelectRange.mockClear();
    const u = { select: { left: 100, width: 2 }, posToVal: (px: number) => px, setSelect: vi.fn() } as unknown as uPlot;
    (options.hooks!.setSelect![0] as (u: uPlot) => void)(u);
    expect(onSelectRange).not.toHaveBeenCalled();
  });
});

describe('chartData', () => {
  it('puts the time axis first', () => {
    expect(chartData([1, 2], [{ label: 'a', values: [3, null] }])).toEqual([[1, 2], [3, null]]);
  });
});
