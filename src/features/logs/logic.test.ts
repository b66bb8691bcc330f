import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../ui/log-viewer';
import { alibabaEventLines, alibabaStepLines, instanceLogLines, linesAfter, linesBefore, readInstant, sinceFor, tencentEventLines, tencentTime } from './logic';
import { logsEn, logsZh } from './messages';

const line = (id: number, time: number | undefined, text: string, source = 'p'): LogLine => ({ id, time, text, source });
const T = Date.UTC(2026, 10, 23, 6, 0, 0); // 14:00:00 CST

describe('time range', () => {
  it('reads `at` as ISO or epoch ms', () => {
    expect(readInstant(String(T))).toBe(T);
    expect(readInstant('2026-11-23T06:00:00Z')).toBe(T);
    expect(readInstant('soon')).toBeUndefined();
    expect(readInstant(null)).toBeUndefined();
  });
  it('opens a chart point a minute before it; custom start beats a preset; tail has none', () => {
    expect(sinceFor({ at: String(T) }, T + 3_600_000)).toBe(T - 60_000);
    expect(sinceFor({ range: '1h', since: String(T) }, T + 10)).toBe(T);
    expect(sinceFor({ range: '15m' }, T)).toBe(T - 900_000);
    expect(sinceFor({ range: 'tail' }, T)).toBeUndefined();
    expect(sinceFor({ range: 'bogus' }, T)).toBeUndefined();
  });
  it('formats sinceTime as the document’s China Standard Time, whole seconds', () => {
    expect(tencentTime(T + 999)).toBe('2026-11-23 14:00:00');
  });
});

describe('DescribeInstanceLog answers', () => {
  it('interleaves pods by time with the pod as source; pod/container when several containers', () => {
    const lines = instanceLogLines([
      { name: 'a', containerLog: [{ name: 'c', log: '2026-11-23T06:00:05.000Z one\n2026-11-23T06:00:15.000Z three\n' }] },
      { name: 'b', containerLog: [{ name: 'c', log: '2026-11-23T06:00:10.000Z two\n' }] },
    ]);
    expect(lines.map((l) => [l.source, l.text])).toEqual([['a', 'one'], ['b', 'two'], ['a', 'three']]);
    expect(new Set(lines.map((l) => l.id)).size).toBe(3);
    const two = instanceLogLines([{ name: 'a', containerLog: [{ name: 'x', log: 'x1\n' }, { name: 'y', log: 'y1\n' }] }]);
    expect(two.map((l) => l.source)).toEqual(['a/x', 'a/y']);
  });
  it('keeps only the lines after the loaded ones when following (same second repeated)', () => {
    const loaded = [line(0, T, 'a'), line(1, T + 5000, 'b')];
    const incoming = [line(0, T + 5000, 'b'), line(1, T + 5000, 'b2'), line(2, T + 10_000, 'c'), line(3, T, 'a')];
    expect(linesAfter(loaded, incoming).map((l) => l.text)).toEqual(['b2', 'c']);
    expect(linesAfter([], incoming)).toHaveLength(4);
  });
  it('keeps only the lines before the loaded ones when reading back', () => {
    const loaded = [line(0, T + 5000, 'b'), line(1, T + 10_000, 'c')];
    const incoming = [line(0, T, 'a'), line(1, T + 5000, 'a2'), line(2, T + 5000, 'b'), line(3, T + 10_000, 'c')];
    expect(linesBefore(loaded, incoming).map((l) => l.text)).toEqual(['a', 'a2']);
  });
});

describe('events and Alibaba step logs', () => {
  it('orders Tencent service events oldest first with levels', () => {
    const lines = tencentEventLines([
      { firstSeen: '2026-11-23 14:05:00', lastSeen: '2026-11-23 14:05:00', level: 'Warning', reason: 'BackOff', message: 'restarting', count: 3, objType: 'Pod', objName: 'web-1' },
      { firstSeen: '2026-11-23 14:00:00', lastSeen: '2026-11-23 14:00:00', level: 'Normal', reason: 'Scheduled', message: 'ok', objType: 'Pod', objName: 'web-1' },
    ]);
    expect(lines.map((l) => l.level)).toEqual(['info', 'warn']);
    expect(lines[0].time).toBe(T);
    expect(lines[1].text).toBe('Warning BackOff ×3: restarting');
    expect(lines[1].source).toBe('Pod/web-1');
  });
  it('reads Alibaba pod events (minute times) and step logs with bracketed times', () => {
    const events = alibabaEventLines([{ Type: 'Normal', Reason: 'Pulled', Message: 'done', LastTimestamp: '2026-11-23T06:00Z', Count: 1 }], 'pod-1');
    expect(events[0]).toMatchObject({ time: T, level: 'info', text: 'Normal Pulled: done', source: 'pod-1' });
    const steps = alibabaStepLines([{ StepName: '启动应用', StepLog: '[2026-11-23T06:00:00Z] 启动应用 pod-1\n[2026-11-23T06:00:02Z] health check 1' }], 'pod-1');
    expect(steps.map((l) => [l.time, l.text])).toEqual([[T, '启动应用 pod-1'], [T + 2000, 'health check 1']]);
    expect(steps[0].source).toBe('pod-1 · 启动应用');
  });
});

it('has every text in both languages', () => {
  expect(Object.keys(logsZh).sort()).toEqual(Object.keys(logsEn).sort());
  for (const v of Object.values(logsZh)) expect(v).not.toBe('');
});
