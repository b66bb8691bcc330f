import { stripAnsi } from './ansi';
import { CHINA_OFFSET_MINUTES, readLeadingTimestamp } from './timestamp';
import type { LogLine } from './types';

export interface ParseOptions {
  /** Pod or container name shown in the source column. */
  source?: string;
  /** Id of the first line; the next call should continue from the returned lines' last id + 1. */
  firstId?: number;
  /** Offset for zone-less timestamps (default: China Standard Time, +480). */
  zoneOffsetMinutes?: number;
}

/**
 * Splits a log blob (Tencent `containerLog[].log`, Alibaba pod log text) into viewer lines:
 * CRLF or LF, ANSI escapes removed, a leading timestamp moved into `time`. The level is left
 * out: the viewer guesses it from the text only for the lines it draws or filters (`levelOf`),
 * which keeps opening 100,000 lines fast. The trailing newline does not make an empty last line.
 */
export function parseLogText(text: string, options: ParseOptions = {}): LogLine[] {
  const { source, firstId = 0, zoneOffsetMinutes = CHINA_OFFSET_MINUTES } = options;
  if (text === '') return [];
  const raw = text.split('\n');
  if (raw[raw.length - 1] === '') raw.pop();
  const lines: LogLine[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    let clean = stripAnsi(raw[i]);
    if (clean.charCodeAt(clean.length - 1) === 13) clean = clean.slice(0, -1);
    const stamp = readLeadingTimestamp(clean, zoneOffsetMinutes);
    // Every line gets the same fields (one object shape), undefined where absent.
    lines[i] = { id: firstId + i, time: stamp?.time, text: stamp ? clean.slice(stamp.length) : clean, source };
  }
  return lines;
}
