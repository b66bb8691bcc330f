import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatValue, parseUnit, roundNumber } from './units';

describe('formatValue', () => {
  it.each([
    [2048, 'MiB', '2 GiB'],
    [512, 'MiB', '512 MiB'],
    [0.5, 'MiB', '512 KiB'],
    [1500, 'Mbps', '1.5 Gbps'],
    [0.25, 'Mbps', '250 Kbps'],
    [1234, 'KB/s', '1.23 MB/s'],
    [1536, 'bytes', '1.5 KiB'],
    [12.345, '%', '12.3%'],
    [0.25, 'cores', '0.25 cores'],
    [1, 'cores', '1 core'],
    [15300, 'packets/s', '15.3k pkt/s'],
    [2_500_000, 'count', '2.5M'],
    [1500, 'ms', '1.5 s'],
    [120, 'IOPS', '120 IOPS'],
    [0, 'MB', '0 MB'],
  ] as const)('%d %s → %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });
  it('prints a dash for a missing point', () => {
    expect(formatValue(null, '%')).toBe('—');
  });
});

describe('roundNumber', () => {
  it('keeps three significant digits', () => {
    expect(roundNumber(0.012345)).toBe('0.0123');
    expect(roundNumber(123.456)).toBe('123');
    expect(roundNumber(5.6)).toBe('5.6');
  });
});

describe('the Tencent metric tables', () => {
  it('use only units the charts can print, as the catalog or the document writes them', () => {
    const catalog = JSON.parse(readFileSync(new URL('../../../../shared/catalog/tencent.json', import.meta.url), 'utf8'));
    const units = new Set<string>();
    for (const [name, table] of Object.entries<any>(catalog.enums)) {
      if (!name.startsWith('monitor_metrics_')) continue;
      for (const metric of table.values) units.add(metric.unit).add(metric.unit_as_printed);
    }
    expect(units.size).toBeGreaterThanOrEqual(7);
    for (const unit of units) expect(parseUnit(unit), unit).toBeDefined();
    expect(parseUnit('个 / s')).toBe('packets/s');
    expect(parseUnit('核')).toBe('cores');
    expect(parseUnit('furlongs')).toBeUndefined();
  });
});

describe('formatValue in Chinese', () => {
  it('prints cores as 核', () => {
    expect(formatValue(2, 'cores', 'zh-CN')).toBe('2 核');
    expect(formatValue(1, 'cores')).toBe('1 core');
  });
});
