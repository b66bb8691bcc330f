/** The time formats the document's examples print, each where that example prints it (UTC). */
const iso = (ms: number) => new Date(ms).toISOString();

/** "2020-01-05T17:03Z": deploy orders and pod events. */
export const isoMinute = (ms: number) => `${iso(ms).slice(0, 16)}Z`;
/** "2019-12-31T15:06:20": instances and pods. */
export const isoSeconds = (ms: number) => iso(ms).slice(0, 19);
/** "2019-12-18 17:38:11": volumes, claims, backups. */
export const spaced = (ms: number) => iso(ms).slice(0, 19).replace('T', ' ');
/** Parses "yyyy-MM-dd HH:mm:ss" (the ListDeployOrders filters) as UTC; NaN if malformed. */
export const parseSpaced = (s: string) => (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(s) ? Date.parse(`${s.replace(' ', 'T')}Z`) : Number.NaN);
