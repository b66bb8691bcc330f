// `2006-01-02T15:04:05.999999999Z` (kubectl --timestamps), `2006-01-02 15:04:05` (Tencent
// Datetime), `2020-01-05T18:38Z` (Alibaba events: minutes, no seconds), optional zone.
// Read by hand, not by a regular expression: it runs once per line of a 100,000-line log.

/**
 * China Standard Time: the Tencent and Alibaba documents print zone-less times in Beijing time,
 * so a time without a zone is read as UTC+8 unless the caller says otherwise.
 */
export const CHINA_OFFSET_MINUTES = 480;

export interface ParsedStamp {
  time: number;
  /** Characters the timestamp took, including one following space or tab. */
  length: number;
}

const digit = (text: string, at: number) => {
  const c = text.charCodeAt(at) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** The number in `count` digits at `at`, or -1 when one of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = 0; i < count; i++) {
    const d = digit(text, at + i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Reads a timestamp at the start of `text`; `undefined` when there is none. */
export function readLeadingTimestamp(text: string, zoneOffsetMinutes = CHINA_OFFSET_MINUTES): ParsedStamp | undefined {
  // YYYY-MM-DD[T ]HH:MM
  if (text.length < 16 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58) return undefined;
  const sep = text.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return undefined;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  const h = digits(text, 11, 2);
  const mi = digits(text, 14, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59) return undefined;
  let at = 16;
  let s = 0;
  let ms = 0;
  if (text.charCodeAt(at) === 58) {
    s = digits(text, at + 1, 2);
    if (s < 0 || s > 60) return undefined;
    at += 3;
    const dot = text.charCodeAt(at);
    if ((dot === 46 || dot === 44) && digit(text, at + 1) >= 0) {
      at++;
      let scale = 100;
      while (digit(text, at) >= 0) {
        ms += digit(text, at) * scale;
        scale /= 10;
        at++;
      }
      ms = Math.floor(ms);
    }
  }
  let offset = zoneOffsetMinutes;
  const z = text.charCodeAt(at);
  if (z === 90) {
    offset = 0;
    at++;
  } else if (z === 43 || z === 45) {
    const oh = digits(text, at + 1, 2);
    const colon = text.charCodeAt(at + 3) === 58 ? 1 : 0;
    const om = digits(text, at + 3 + colon, 2);
    if (oh >= 0 && om >= 0) {
      offset = (z === 45 ? -1 : 1) * (oh * 60 + om);
      at += 5 + colon;
    }
  }
  const time = Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60_000;
  const next = text.charCodeAt(at);
  return { time, length: next === 32 || next === 9 ? at + 1 : at };
}

/** A whole-string timestamp (event fields such as `firstSeen`, `LastTimestamp`). */
export function parseTimestamp(text: string, zoneOffsetMinutes = CHINA_OFFSET_MINUTES): number | undefined {
  const trimmed = text.trim();
  const stamp = readLeadingTimestamp(trimmed, zoneOffsetMinutes);
  return stamp && stamp.length >= trimmed.length ? stamp.time : undefined;
}
