/** Severity as the viewer filters it; `unknown` when neither the source nor the text says. */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'unknown';

export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'unknown'];

/**
 * One line of a log as the viewer shows it. Pages build these with `parseLogText` (container
 * logs) or map events themselves (DescribeServiceEvent, DescribePodEvents).
 */
export interface LogLine {
  /** Unique within the buffer and stable across appends: keeps the scroll anchored when older lines arrive. */
  id: number;
  /** Milliseconds since the epoch, when the source gives a time. */
  time?: number;
  /** The line without its timestamp prefix and without ANSI escapes. */
  text: string;
  /** Pod (or pod/container) the line came from, for "all pods of a service". */
  source?: string;
  level?: LogLevel;
}
