import { describe, expect, it } from 'vitest';
import { TENCENT_METRIC_LEVELS, type TencentMetricLevel } from '../../providers/tencent/operations/generated/metrics';
import { parseUnit } from '../../ui/metric-chart';
import { neteaseSpaceUsage, quantity } from './capacityMath';
import { dimensionsOf, type MonitorTarget } from './dimensions';
import { monitoringEn, monitoringZh } from './messages';
import { plan, POINT_BUDGET, readRange } from './timeRange';

const NOW = 1_800_000_000; // seconds

describe('time range from the URL', () => {
  it('takes a preset relative to now, 1h by default', () => {
    expect(readRange({ range: '6h' }, NOW)).toEqual({ from: NOW - 21_600, to: NOW, preset: '6h' });
    expect(readRange({}, NOW)).toEqual({ from: NOW - 3600, to: NOW, preset: '1h' });
    expect(readRange({ range: 'nonsense' }, NOW).preset).toBe('1h');
  });
  it('lets from/to (epoch ms, as links.monitoring documents) win over the preset', () => {
    expect(readRange({ from: String((NOW - 600) * 1000), to: String(NOW * 1000), range: '7d' }, NOW)).toEqual({ from: NOW - 600, to: NOW });
    // Backwards or missing ends fall back to the preset.
    expect(readRange({ from: String(NOW * 1000), to: String((NOW - 600) * 1000) }, NOW).preset).toBe('1h');
  });
});

describe('period and point count', () => {
  it('picks the finest period under the budget, closed interval', () => {
    expect(plan({ from: NOW - 3600, to: NOW })).toMatchObject({ period: 60, points: 61 });
    // A day at one minute is 1,441 points: one too many for the 1,440 budget → 5 minutes.
    const day = plan({ from: NOW - 86_400, to: NOW });
    expect(day.period).toBe(300);
    expect(day.points).toBeLessThanOrEqual(POINT_BUDGET);
    expect(plan({ from: NOW - 7 * 86_400, to: NOW }).period).toBe(3600);
    expect(plan({ from: NOW - 400 * 86_400, to: NOW }).period).toBe(86_400);
  });
  it('aligns the start to the period', () => {
    const p = plan({ from: 1_000_030, to: 1_003_630 });
    expect(p.start % p.period).toBe(0);
  });
});

describe('dimensions', () => {
  const targets: Record<TencentMetricLevel, MonitorTarget> = {
    cluster: { level: 'cluster', clusterId: 'cls-1' },
    service: { level: 'service', clusterId: 'cls-1', namespace: 'default', serviceName: 'web' },
    pod: { level: 'pod', clusterId: 'cls-1', namespace: 'default', serviceName: 'web', podName: 'web-1' },
    container: { level: 'container', clusterId: 'cls-1', namespace: 'default', serviceName: 'web', podName: 'web-1', containerId: 'docker://0123456789abcdef' },
  };
  it('builds exactly the document’s dimension set of every level', () => {
    for (const level of Object.keys(TENCENT_METRIC_LEVELS) as TencentMetricLevel[]) {
      const dims = dimensionsOf(targets[level]);
      expect(dims.map((d) => d.name)).toEqual([...TENCENT_METRIC_LEVELS[level].dimensions]);
      for (const d of dims) expect(d.value).toBeTruthy();
    }
  });
  it('sends the first 12 characters of the container id', () => {
    expect(dimensionsOf(targets.container).find((d) => d.name === 'containerId')?.value).toBe('0123456789ab');
  });
  it('knows the unit of every metric the document lists', () => {
    for (const level of Object.values(TENCENT_METRIC_LEVELS)) for (const m of level.metrics) expect(parseUnit(m.unit), m.name).toBeDefined();
  });
});

describe('capacity', () => {
  it('reads Kubernetes quantities in cores and GiB', () => {
    expect(quantity('16Gi')).toBe(16);
    expect(quantity('512Mi')).toBe(0.5);
    expect(quantity('500m')).toBe(0.5);
    expect(quantity('4')).toBe(4);
    expect(quantity('')).toBeUndefined();
    expect(quantity('lots')).toBeUndefined();
  });
  it('sums NetEase replicas × spec per space', () => {
    const u = neteaseSpaceUsage([
      { service_name: 'a', replicas: 2, spec_id: 3 },
      { service_name: 'b', replicas: 1, spec_id: 1 },
    ]);
    expect(u.cpu).toBe(5);
    expect(u.memoryMb).toBe(2 * 2048 + 640);
  });
});

it('has every text in both languages', () => {
  expect(Object.keys(monitoringZh).sort()).toEqual(Object.keys(monitoringEn).sort());
});
