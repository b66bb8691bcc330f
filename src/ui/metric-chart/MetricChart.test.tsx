// @vitest-environment jsdom
import './jsdom-canvas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { CapacityBar } from './CapacityBar';
import { MetricChart } from './MetricChart';

afterEach(cleanup);

const times = [0, 60, 120, 180];

describe('MetricChart', () => {
  it('shows a legend entry per series and reports legend toggles', () => {
    const onSeriesToggle = vi.fn();
    const { container } = render(
      <MetricChart
        times={times}
        unit="%"
        title="CPU"
        series={[{ label: 'pod-a', values: [1, 2, 3, 4] }, { label: 'pod-b', values: [4, 3, 2, 1] }]}
        onSeriesToggle={onSeriesToggle}
      />,
    );
    expect(screen.getByText('CPU')).toBeTruthy();
    const legend = Array.from(container.querySelectorAll('.u-legend .u-series .u-label')).map((n) => n.textContent);
    expect(legend).toEqual(expect.arrayContaining(['pod-a', 'pod-b']));
    const podB = Array.from(container.querySelectorAll<HTMLElement>('.u-legend .u-series')).find((n) => n.textContent?.includes('pod-b'))!;
    fireEvent.click(podB.querySelector('.u-label')!);
    expect(onSeriesToggle).toHaveBeenCalledWith(1, false);
  });

  it('says when there is no data, in the chosen language', () => {
    render(<MetricChart times={[]} unit="MiB" series={[]} locale="zh-CN" />);
    expect(screen.getByText('该时间范围内无数据')).toBeTruthy();
  });
});

describe('CapacityBar', () => {
  it('prints requests and limits against capacity with units', () => {
    render(<CapacityBar label="CPU" capacity={8} request={2.52} limit={4} unit="cores" />);
    expect(screen.getByText('Requests 2.52 cores · Limits 4 cores / Capacity 8 cores')).toBeTruthy();
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('2.52');
  });
  it('warns when limits exceed capacity', () => {
    render(<CapacityBar label="Memory" capacity={1024} limit={2048} unit="MiB" />);
    expect(screen.getByText(/Limits exceed capacity/)).toBeTruthy();
  });
});
