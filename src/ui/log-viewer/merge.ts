import type { LogLine } from './types';

/**
 * Interleaves the logs of several pods by time ("all pods of a service"). Each stream is already
 * in order; a line without a time keeps its place after the line before it in its own stream
 * (stack traces stay whole). Ties keep the order of `streams`. Ids are renumbered from `firstId`
 * so they stay unique across streams.
 */
export function mergeByTime(streams: readonly (readonly LogLine[])[], firstId = 0): LogLine[] {
  const total = streams.reduce((n, s) => n + s.length, 0);
  const out: LogLine[] = new Array(total);
  const pos = streams.map(() => 0);
  // Effective time of each stream's next line: its own, else the last time seen in that stream.
  const lastTime = streams.map(() => -Infinity);
  const keyOf = (s: number) => {
    const line = streams[s][pos[s]];
    return line.time ?? lastTime[s];
  };
  for (let n = 0; n < total; n++) {
    let best = -1;
    let bestKey = Infinity;
    for (let s = 0; s < streams.length; s++) {
      if (pos[s] >= streams[s].length) continue;
      const key = keyOf(s);
      if (best === -1 || key < bestKey) {
        best = s;
        bestKey = key;
      }
    }
    const line = streams[best][pos[best]++];
    if (line.time !== undefined) lastTime[best] = line.time;
    out[n] = { ...line, id: firstId + n };
  }
  return out;
}
