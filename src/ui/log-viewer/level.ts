import type { LogLevel } from './types';

// Word forms first (logfmt `level=error`, JSON `"level":"warn"`, bracketed `[ERROR]`), then the
// klog/glog prefix (`E1123 10:00:00.000000 ...`) that Kubernetes components print.
const WORD = /\b(FATAL|PANIC|CRIT(?:ICAL)?|ERROR|ERR|WARN(?:ING)?|INFO|NOTICE|DEBUG|TRACE)\b/i;
const KLOG = /^([FEWID])\d{4} \d{2}:\d{2}:\d{2}/;

const WORD_LEVEL: Record<string, LogLevel> = {
  fatal: 'fatal', panic: 'fatal', crit: 'fatal', critical: 'fatal',
  error: 'error', err: 'error',
  warn: 'warn', warning: 'warn',
  info: 'info', notice: 'info',
  debug: 'debug', trace: 'trace',
};
const KLOG_LEVEL: Record<string, LogLevel> = { F: 'fatal', E: 'error', W: 'warn', I: 'info', D: 'debug' };

/** Guesses a line's level from its text; only the first 200 characters are looked at (speed). */
export function detectLevel(text: string): LogLevel {
  const head = text.length > 200 ? text.slice(0, 200) : text;
  const klog = KLOG.exec(head);
  if (klog) return KLOG_LEVEL[klog[1]];
  const word = WORD.exec(head);
  return word ? WORD_LEVEL[word[1].toLowerCase()] : 'unknown';
}

/** Kubernetes event types (Tencent `level`, Alibaba `Type`): Warning or Normal. */
export function eventLevel(type: string | undefined): LogLevel {
  if (!type) return 'unknown';
  return /^warn/i.test(type) ? 'warn' : /^normal$/i.test(type) ? 'info' : detectLevel(type);
}
