/**
 * Units the charts print. The Tencent metric tables use `%`, `cores`, `MiB`, `MB`, `Mbps`,
 * `KB/s`, `packets/s` and `count`; the rest cover the other clouds' capacity figures.
 * Sizes written with `i` are binary (1024), the others decimal (1000), as printed: the document
 * does not say more.
 */
export type MetricUnit =
  | '%'
  | 'cores'
  | 'bytes' | 'KiB' | 'MiB' | 'GiB' | 'TiB'
  | 'B' | 'KB' | 'MB' | 'GB' | 'TB'
  | 'bps' | 'Kbps' | 'Mbps' | 'Gbps'
  | 'B/s' | 'KB/s' | 'MB/s' | 'GB/s'
  | 'packets/s'
  | 'count'
  | 'IOPS'
  | 'ms'
  | '';

interface Ladder {
  base: number;
  steps: readonly string[];
}

const LADDERS: Record<string, Ladder> = {
  binary: { base: 1024, steps: ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] },
  decimal: { base: 1000, steps: ['B', 'KB', 'MB', 'GB', 'TB', 'PB'] },
  bits: { base: 1000, steps: ['bps', 'Kbps', 'Mbps', 'Gbps', 'Tbps'] },
  rate: { base: 1000, steps: ['B/s', 'KB/s', 'MB/s', 'GB/s', 'TB/s'] },
};

// Which ladder a unit climbs, and on which rung it starts.
const RUNG: Partial<Record<MetricUnit, [keyof typeof LADDERS, number]>> = {
  bytes: ['binary', 0], KiB: ['binary', 1], MiB: ['binary', 2], GiB: ['binary', 3], TiB: ['binary', 4],
  B: ['decimal', 0], KB: ['decimal', 1], MB: ['decimal', 2], GB: ['decimal', 3], TB: ['decimal', 4],
  bps: ['bits', 0], Kbps: ['bits', 1], Mbps: ['bits', 2], Gbps: ['bits', 3],
  'B/s': ['rate', 0], 'KB/s': ['rate', 1], 'MB/s': ['rate', 2], 'GB/s': ['rate', 3],
};

const UNITS: readonly MetricUnit[] = ['%', 'cores', 'packets/s', 'count', 'IOPS', 'ms', '', ...(Object.keys(RUNG) as MetricUnit[])];

export const isMetricUnit = (unit: string): unit is MetricUnit => (UNITS as readonly string[]).includes(unit);

/** Up to 3 significant digits, no trailing zeros: 0.25, 2.5, 25, 250, 2500. */
export function roundNumber(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs)));
  return String(Number(value.toFixed(decimals)));
}

const SHORT = [
  { at: 1e9, suffix: 'G' },
  { at: 1e6, suffix: 'M' },
  { at: 1e3, suffix: 'k' },
];

/** A value with its unit, scaled to a readable rung: 2048 MiB → "2 GiB", 1500 Mbps → "1.5 Gbps". */
export function formatValue(value: number | null | undefined, unit: MetricUnit, locale: string = 'en'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const rung = RUNG[unit];
  if (rung) {
    const ladder = LADDERS[rung[0]];
    let step = rung[1];
    let scaled = value;
    while (Math.abs(scaled) >= ladder.base && step < ladder.steps.length - 1) {
      scaled /= ladder.base;
      step++;
    }
    while (Math.abs(scaled) < 1 && scaled !== 0 && step > 0) {
      scaled *= ladder.base;
      step--;
    }
    return `${roundNumber(scaled)} ${ladder.steps[step]}`;
  }
  switch (unit) {
    case '%':
      return `${roundNumber(value)}%`;
    case 'cores':
      if (locale.startsWith('zh')) return `${roundNumber(value)} 核`;
      return `${roundNumber(value)} ${Math.abs(value) === 1 ? 'core' : 'cores'}`;
    case 'ms':
      return Math.abs(value) >= 1000 ? `${roundNumber(value / 1000)} s` : `${roundNumber(value)} ms`;
    case 'packets/s':
    case 'IOPS':
    case 'count':
    case '': {
      const short = SHORT.find((s) => Math.abs(value) >= s.at);
      const text = short ? `${roundNumber(value / short.at)}${short.suffix}` : roundNumber(value);
      return unit === 'packets/s' ? `${text} pkt/s` : unit === 'IOPS' ? `${text} IOPS` : text;
    }
  }
  return roundNumber(value);
}

// How the document prints some units (Chinese, spaced) against the units the charts use.
const PRINTED: Record<string, MetricUnit> = { '核': 'cores', '个/s': 'packets/s', 'count(IOPS)': 'IOPS', 'IOPS': 'IOPS' };

/** A unit as a document prints it (`核`, `个 / s`, `KB / s`, `count (IOPS)`); undefined when unknown. */
export function parseUnit(printed: string): MetricUnit | undefined {
  const compact = printed.replace(/\s+/g, '');
  if (isMetricUnit(compact)) return compact;
  return PRINTED[compact];
}
