/** The periods GetMonitorData accepts, in seconds (1 minute, 5 minutes, 1 hour, 1 day). */
export const MONITOR_PERIODS = [60, 300, 3600, 86400] as const;
export type MonitorPeriod = (typeof MONITOR_PERIODS)[number];

/**
 * Default point budget per series. The document states no limit (it has an ExceedLimit code,
 * -507, without a number); 1,500 lets a full day at 1 minute (1,441 points) through.
 */
export const DEFAULT_POINT_BUDGET = 1500;

/**
 * Points GetMonitorData returns for a range: the interval is closed, so both ends count —
 * `floor((end - start) / period) + 1` (14:10–14:20 at 300 s gives 3). Times in seconds.
 */
export function pointCount(startSec: number, endSec: number, period: number): number {
  if (!(period > 0)) throw new RangeError('period must be positive');
  if (endSec < startSec) throw new RangeError('endTime must not be earlier than startTime');
  return Math.floor((endSec - startSec) / period) + 1;
}

/** The finest period whose point count fits the budget; the coarsest when none does. */
export function choosePeriod(startSec: number, endSec: number, budget = DEFAULT_POINT_BUDGET): MonitorPeriod {
  for (const period of MONITOR_PERIODS) if (pointCount(startSec, endSec, period) <= budget) return period;
  return MONITOR_PERIODS[MONITOR_PERIODS.length - 1];
}

/** Start and end floored to the period, so points fall on whole minutes, hours or days (UTC). */
export function alignRange(startSec: number, endSec: number, period: number): { start: number; end: number } {
  return { start: Math.floor(startSec / period) * period, end: Math.floor(endSec / period) * period };
}

/** The time of each point of an answer: start, start + period, … (seconds). */
export function pointTimes(startSec: number, period: number, count: number): Float64Array {
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) times[i] = startSec + i * period;
  return times;
}
