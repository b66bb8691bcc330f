/** Times as the document prints them: "YYYY-MM-DD hh:mm:ss" in China Standard Time (UTC+8). */
const CST_OFFSET_MS = 8 * 3600 * 1000;

export function formatTime(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** The registry's tag times: "2017-09-12 15:30:23 +0800 CST". */
export const formatTagTime = (ms: number) => `${formatTime(ms)} +0800 CST`;

/** The retention strategy's RFC 3339 form: "2018-03-07T16:53:23+08:00". */
export const formatRfc3339 = (ms: number) => `${formatTime(ms).replace(' ', 'T')}+08:00`;

/** Parses "YYYY-MM-DD hh:mm:ss" (CST) back to ms; NaN when malformed. */
export function parseTime(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) return NaN;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) - CST_OFFSET_MS;
}
