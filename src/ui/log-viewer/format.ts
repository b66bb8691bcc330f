import type { LogLine } from './types';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2024-03-01 10:02:03.456` in the browser's time zone (what ops compare with their clock). */
export function formatLogTime(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

export interface TextExportOptions {
  timestamps: boolean;
  sources: boolean;
}

/** One line as it is copied or downloaded: what the viewer shows, tab separated. */
export function lineToText(line: LogLine, { timestamps, sources }: TextExportOptions): string {
  let out = '';
  if (timestamps && line.time !== undefined) out += new Date(line.time).toISOString() + ' ';
  if (sources && line.source) out += `[${line.source}] `;
  return out + line.text;
}

/** The loaded lines as a text file, one per line, ending with a newline. */
export function linesToText(lines: readonly LogLine[], options: TextExportOptions, start = 0): string {
  const parts: string[] = new Array(lines.length - start);
  for (let i = start; i < lines.length; i++) parts[i - start] = lineToText(lines[i], options);
  return parts.length > 0 ? parts.join('\n') + '\n' : '';
}
