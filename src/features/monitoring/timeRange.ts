import { alignRange, choosePeriod, pointCount, type MonitorPeriod } from '../../ui/metric-chart';

export const RANGE_PRESETS = ['15m', '1h', '6h', '1d', '7d'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
const PRESET_SECONDS: Record<RangePreset, number> = { '15m': 900, '1h': 3600, '6h': 21_600, '1d': 86_400, '7d': 604_800 };
export const DEFAULT_PRESET: RangePreset = '1h';
/**
 * Points one GetMonitorData answer may hold. The document names an ExceedLimit error (-507)
 * without a number; the emulator allows 1,440, so a day at one minute (1,441) takes 5 minutes.
 */
export const POINT_BUDGET = 1440;

export interface TimeRange {
  /** Seconds since the epoch. */
  from: number;
  to: number;
  /** The preset, or undefined for a fixed (custom or zoomed) range. */
  preset?: RangePreset;
}

const seconds = (v: string | null | undefined): number | undefined => {
  if (!v) return undefined;
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    // Epoch ms in the URL (links.monitoring documents ms); seconds accepted too.
    return n > 1e11 ? Math.floor(n / 1000) : n;
  }
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
};

/** The URL's `from`/`to` (epoch ms) win over `range` (a preset, relative to `nowSec`). */
export function readRange(query: { from?: string | null; to?: string | null; range?: string | null }, nowSec: number): TimeRange {
  const from = seconds(query.from);
  const to = seconds(query.to);
  if (from !== undefined && to !== undefined && to > from) return { from, to: Math.min(to, nowSec) > from ? Math.min(to, nowSec) : to };
  const preset = (RANGE_PRESETS as readonly string[]).includes(query.range ?? '') ? (query.range as RangePreset) : DEFAULT_PRESET;
  return { from: nowSec - PRESET_SECONDS[preset], to: nowSec, preset };
}

/** What GetMonitorData is asked: the period that fits the range, the range floored to it, the points expected. */
export function plan(range: TimeRange): { period: MonitorPeriod; start: number; end: number; points: number } {
  const period = choosePeriod(range.from, range.to, POINT_BUDGET);
  const { start, end } = alignRange(range.from, range.to, period);
  return { period, start, end, points: pointCount(start, end, period) };
}

export const periodLabel = (p: number) => (p === 60 ? '1 min' : p === 300 ? '5 min' : p === 3600 ? '1 h' : '1 d');
