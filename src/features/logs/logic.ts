import { CHINA_OFFSET_MINUTES, eventLevel, mergeByTime, parseLogText, parseTimestamp, type LogLine } from '../../ui/log-viewer';

/** DescribeInstanceLog's `tail` range in the emulator and the document's spirit (1..5000). */
export const MAX_TAIL = 5000;
export const FIRST_TAIL = 500;
/** How often a followed log asks for new lines. */
export const FOLLOW_MS = 3000;

export const RANGE_PRESETS = ['tail', '5m', '15m', '1h', '6h', '1d'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
const PRESET_MS: Record<Exclude<RangePreset, 'tail'>, number> = { '5m': 300_000, '15m': 900_000, '1h': 3_600_000, '6h': 21_600_000, '1d': 86_400_000 };

/** `at` (ISO text or epoch ms) from the URL; undefined when absent or unreadable. */
export function readInstant(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d{10,}$/.test(value)) return Number(value);
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The `sinceTime` a log query starts from: a chart's point (`at`) opens a minute before it; a
 * custom start wins over a preset; "tail" has none (the latest lines).
 */
export function sinceFor(query: { range?: string | null; since?: string | null; at?: string | null }, now: number): number | undefined {
  const at = readInstant(query.at);
  if (at !== undefined) return Math.min(now, at - 60_000);
  const since = readInstant(query.since);
  if (since !== undefined) return Math.min(now, since);
  const preset = query.range as RangePreset | undefined;
  if (preset && preset !== 'tail' && preset in PRESET_MS) return now - PRESET_MS[preset as keyof typeof PRESET_MS];
  return undefined;
}

/** Tencent's datetime: "YYYY-MM-DD hh:mm:ss" in China Standard Time, whole seconds (floored). */
export function tencentTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000 + CHINA_OFFSET_MINUTES * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}

interface PodLog {
  name?: string;
  containerLog?: { name?: string; log?: string }[];
}

/**
 * DescribeInstanceLog's `podLog` → one time-ordered list. The source column says the pod, and the
 * container too when more than one container is shown.
 */
export function instanceLogLines(podLog: readonly PodLog[] | undefined, firstId = 0): LogLine[] {
  const pods = podLog ?? [];
  const manyContainers = pods.some((p) => (p.containerLog?.length ?? 0) > 1);
  const streams = pods.flatMap((p) =>
    (p.containerLog ?? []).map((c) => parseLogText(c.log ?? '', { source: manyContainers ? `${p.name ?? ''}/${c.name ?? ''}` : (p.name ?? '') })),
  );
  if (streams.length === 1) return streams[0].map((l, i) => ({ ...l, id: firstId + i }));
  return mergeByTime(streams, firstId);
}

const keyOf = (l: LogLine) => `${l.time ?? ''}\u0000${l.source ?? ''}\u0000${l.text}`;

/**
 * New lines of a follow-up call asked `sinceTime` = the last line's second: the answer repeats
 * the lines of that second (and any before, when clocks differ). Keeps only lines after the
 * loaded ones: later times, or the same second but not yet loaded.
 */
export function linesAfter(loaded: readonly LogLine[], incoming: readonly LogLine[]): LogLine[] {
  let lastTime: number | undefined;
  for (let i = loaded.length - 1; i >= 0 && lastTime === undefined; i--) lastTime = loaded[i].time;
  if (lastTime === undefined) return incoming.slice();
  const floor = Math.floor(lastTime / 1000) * 1000;
  const seen = new Set<string>();
  for (let i = loaded.length - 1; i >= 0; i--) {
    const t = loaded[i].time;
    if (t !== undefined && t < floor) break;
    seen.add(keyOf(loaded[i]));
  }
  return incoming.filter((l) => l.time === undefined || l.time > lastTime! || (l.time >= floor && !seen.has(keyOf(l))));
}

/** Lines of a bigger tail that come before the loaded ones ("older lines"). */
export function linesBefore(loaded: readonly LogLine[], incoming: readonly LogLine[]): LogLine[] {
  const first = loaded.find((l) => l.time !== undefined)?.time;
  if (first === undefined) return [];
  const seen = new Set(loaded.filter((l) => l.time === first).map(keyOf));
  return incoming.filter((l) => l.time !== undefined && (l.time < first || (l.time === first && !seen.has(keyOf(l)))));
}

/** Gives lines fresh ids from `firstId` (ids must stay unique in the buffer). */
export const renumber = (lines: readonly LogLine[], firstId: number): LogLine[] => lines.map((l, i) => ({ ...l, id: firstId + i }));

export interface TencentEvent {
  firstSeen?: string;
  lastSeen?: string;
  count?: number;
  level?: string;
  objType?: string;
  objName?: string;
  reason?: string;
  message?: string;
}

/** DescribeServiceEvent's `eventList` → viewer lines, oldest first, the object as the source. */
export function tencentEventLines(events: readonly TencentEvent[] | undefined): LogLine[] {
  return [...(events ?? [])]
    .map((e) => ({ e, time: parseTimestamp(e.lastSeen ?? '') ?? parseTimestamp(e.firstSeen ?? '') }))
    .sort((a, b) => (a.time ?? 0) - (b.time ?? 0))
    .map(({ e, time }, id) => ({
      id,
      time,
      level: eventLevel(e.level),
      source: [e.objType, e.objName].filter(Boolean).join('/'),
      text: `${e.level ?? ''} ${e.reason ?? ''}${(e.count ?? 1) > 1 ? ` ×${e.count}` : ''}: ${e.message ?? ''}${e.firstSeen && e.firstSeen !== e.lastSeen ? ` (first seen ${e.firstSeen})` : ''}`.trim(),
    }));
}

/** Alibaba's answers type their fields loosely (a number where a string is printed, null). */
type Loose = string | number | null | undefined;
const str = (v: Loose) => (v === null || v === undefined ? '' : String(v));

export interface AlibabaPodEvent {
  Count?: Loose;
  EventTime?: Loose;
  FirstTimestamp?: Loose;
  LastTimestamp?: Loose;
  Message?: Loose;
  Reason?: Loose;
  Type?: Loose;
}

/** DescribePodEvents' `PodEvents` → viewer lines (times like `2020-01-05T18:38Z`). */
export function alibabaEventLines(events: readonly AlibabaPodEvent[] | undefined, pod: string): LogLine[] {
  return [...(events ?? [])]
    .map((e) => ({ e, time: parseTimestamp(str(e.LastTimestamp)) ?? parseTimestamp(str(e.EventTime)) ?? parseTimestamp(str(e.FirstTimestamp)) }))
    .sort((a, b) => (a.time ?? 0) - (b.time ?? 0))
    .map(({ e, time }, id) => ({
      id,
      time,
      level: eventLevel(str(e.Type)),
      source: pod,
      text: `${str(e.Type)} ${str(e.Reason)}${Number(e.Count ?? 1) > 1 ? ` ×${str(e.Count)}` : ''}: ${str(e.Message)}`.trim(),
    }));
}

export interface AlibabaStep {
  StepName?: Loose;
  StepCode?: Loose;
  StepLog?: Loose;
}

/**
 * DescribePodLog's `DeployStepList` → lines. Step logs print `[2020-01-05T18:38:02Z] text`: the
 * bracketed time is moved into `time`; the step's name is the source.
 */
export function alibabaStepLines(steps: readonly AlibabaStep[] | undefined, pod: string): LogLine[] {
  const out: LogLine[] = [];
  for (const step of steps ?? []) {
    const text = str(step.StepLog).replace(/^\[([^\]]+)\] ?/gm, '$1 ');
    for (const line of parseLogText(text, { source: `${pod} · ${str(step.StepName) || str(step.StepCode)}` })) out.push({ ...line, id: out.length });
  }
  return out;
}
