import { memo, useState } from 'react';
import { formatLogTime } from './format';
import { levelOf } from './filter';
import { splitMatches } from './search';
import type { LogLine } from './types';

interface LogRowProps {
  line: LogLine;
  row: number;
  timestamps: boolean;
  showSource: boolean;
  pattern: RegExp | null;
  current: boolean;
  copyLabel: string;
  copiedLabel: string;
  onCopy: (line: LogLine) => Promise<void>;
}

/** One log line: optional time and source columns, the text with search hits marked. */
export const LogRow = memo(function LogRow({ line, row, timestamps, showSource, pattern, current, copyLabel, copiedLabel, onCopy }: LogRowProps) {
  // Rows are reused for other lines as the window moves (keyed by position): "copied" belongs to a line.
  const [copiedId, setCopiedId] = useState<number | null>(null);
  const copied = copiedId === line.id;
  const level = levelOf(line);
  return (
    <div className={`lv-row lv-level-${level}${current ? ' lv-current' : ''}`} data-row={row} role="row" aria-current={current || undefined}>
      {timestamps && <span className="lv-time">{line.time !== undefined ? formatLogTime(line.time) : ''}</span>}
      {showSource && (
        <span className="lv-source" title={line.source}>
          {line.source ?? ''}
        </span>
      )}
      <span className="lv-text">
        {pattern
          ? splitMatches(line.text, pattern).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))
          : line.text}
      </span>
      <button
        type="button"
        className="lv-copy"
        aria-label={copied ? copiedLabel : copyLabel}
        title={copied ? copiedLabel : copyLabel}
        onClick={async () => {
          await onCopy(line);
          setCopiedId(line.id);
          setTimeout(() => setCopiedId(null), 1500);
        }}
      >
        {/* Plain SVG, not an antd icon: icons look up their stylesheet on every mount, and
            following mounts dozens of rows a second. */}
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" fill="currentColor">
          {copied ? <path d="M6.2 11.3 2.9 8l-1 1 4.3 4.3 8-8-1-1z" /> : <path d="M10 1H3a1 1 0 0 0-1 1v9h1.5V2.5H10zm2.5 3H6a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h6.5a1 1 0 0 0 1-1V5a1 1 0 0 0-1-1zM12 13.5H6.5v-8H12z" />}
        </svg>
      </button>
    </div>
  );
});
