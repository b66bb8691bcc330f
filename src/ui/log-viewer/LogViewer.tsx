import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { Button, theme, type InputRef } from 'antd';
import { ArrowDownOutlined } from '@ant-design/icons';
import { capStart, DEFAULT_MAX_LINES } from './buffer';
import { downloadText } from './download';
import { NO_FILTER, type LogFilter } from './filter';
import { filterWithCache, type FilterCache } from './incremental';
import { lineToText, linesToText } from './format';
import { logViewerLabels, type LogViewerLabels, type LogViewerLocale } from './labels';
import { LogToolbar } from './LogToolbar';
import { LogViewport, type ScrollRequest } from './LogViewport';
import { rowModel } from './rows';
import type { LogLine } from './types';
import { useLogSearch } from './useLogSearch';
import './LogViewer.css';

export interface LogViewerProps {
  /** Oldest first. The viewer shows the newest `maxLines` of them. */
  lines: readonly LogLine[];
  /** Buffer cap (default 100,000); pages should cap their own array the same way (`appendCapped`). */
  maxLines?: number;
  locale?: LogViewerLocale;
  /** Overrides for single texts (the page may pass its own dictionary's words). */
  labels?: Partial<LogViewerLabels>;
  /** Height of the line area (CSS length or px), default 480. */
  height?: number | string;
  /** Pod/source column, for "all pods of a service". */
  showSource?: boolean;
  defaultWrap?: boolean;
  defaultTimestamps?: boolean;
  /** Follow mode (stick to the tail) when first shown; default true. */
  defaultFollow?: boolean;
  onFollowChange?: (following: boolean) => void;
  /** Older lines exist before the first one: scrolling to the top (or the button) calls `onLoadOlder`. */
  hasOlder?: boolean;
  loadingOlder?: boolean;
  onLoadOlder?: () => void;
  /** Initial filter (e.g. from the URL); `onFilterChange` reports every change. */
  defaultFilter?: LogFilter;
  onFilterChange?: (filter: LogFilter) => void;
  /** Name of the downloaded file; default `log.txt`. */
  downloadName?: string;
  /** Controls of the page (time range, pod picker) placed at the end of the toolbar. */
  toolbarExtra?: ReactNode;
  /**
   * Epoch ms to open at (a chart's point in time): once a line at or after it is loaded, following
   * pauses and that line is scrolled into view. A new value scrolls again.
   */
  focusTime?: number;
  className?: string;
}

/**
 * The console's log viewer: virtualised lines, tail first, follow, search, filter, copy and
 * download. Data in through props, no fetching; see README.md.
 */
export function LogViewer(props: LogViewerProps) {
  // New lines render in a transition: React slices that work, so typing and scrolling stay
  // responsive while a busy log streams in.
  const lines = useDeferredValue(props.lines);
  const { maxLines = DEFAULT_MAX_LINES, locale = 'en', showSource = false, hasOlder = false, loadingOlder = false, onLoadOlder } = props;
  const labels = useMemo(() => logViewerLabels(locale, props.labels), [locale, props.labels]);
  const { token } = theme.useToken();

  const [wrap, setWrap] = useState(props.defaultWrap ?? false);
  const [timestamps, setTimestamps] = useState(props.defaultTimestamps ?? true);
  const [following, setFollowingState] = useState(props.defaultFollow ?? true);
  const [filter, setFilterState] = useState<LogFilter>(props.defaultFilter ?? NO_FILTER);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const [linesBelow, setLinesBelow] = useState(0);
  const topRow = useRef(0);

  const { onFollowChange, onFilterChange } = props;
  const setFollowing = useCallback(
    (on: boolean) => {
      setFollowingState(on);
      onFollowChange?.(on);
    },
    [onFollowChange],
  );
  const setFilter = useCallback(
    (next: LogFilter) => {
      setFilterState(next);
      onFilterChange?.(next);
    },
    [onFilterChange],
  );

  const start = capStart(lines.length, maxLines);
  // Following appends to a filtered or searched log: only the new lines are scanned (incremental.ts).
  const filterCache = useRef<FilterCache | null>(null);
  const filtered = useMemo(() => (filterCache.current = filterWithCache(filterCache.current, lines, start, filter)).result, [lines, start, filter]);
  const rows = useMemo(() => rowModel(start, lines.length, filtered), [start, lines.length, filtered]);
  const search = useLogSearch(lines, rows, start, filter);

  const rememberTopRow = useCallback((row: number) => void (topRow.current = row), []);
  const searchInput = useRef<InputRef>(null);
  const scroller = useRef<HTMLDivElement | null>(null);

  // Handlers for the memoised toolbar read the latest values through a ref, so they stay stable.
  const latest = useRef({ search, lines, start, timestamps, showSource, downloadName: props.downloadName });
  latest.current = { search, lines, start, timestamps, showSource, downloadName: props.downloadName };
  const step = useCallback(
    (direction: 1 | -1) => {
      const { search: s } = latest.current;
      const next = s.step(direction, topRow.current);
      if (next < 0) return;
      setFollowing(false);
      setScrollRequest({ row: s.matches[next], nonce: Date.now() + Math.random() });
    },
    [setFollowing],
  );
  // Open at a moment (a chart's point): the first line at or after it, once it is loaded.
  const focusedAt = useRef<number | undefined>(undefined);
  const { focusTime } = props;
  useEffect(() => {
    if (focusTime === undefined || focusedAt.current === focusTime || rows.count === 0) return;
    const index = firstLineAtOrAfter(lines, start, focusTime);
    const row = index < 0 ? -1 : rows.rowOfLine(index);
    if (row < 0) return;
    focusedAt.current = focusTime;
    setFollowing(false);
    setScrollRequest({ row, nonce: Date.now() + Math.random() });
  }, [focusTime, lines, start, rows, setFollowing]);
  const download = useCallback(() => {
    const l = latest.current;
    downloadText(linesToText(l.lines, { timestamps: l.timestamps, sources: l.showSource }, l.start), l.downloadName ?? 'log.txt');
  }, []);
  const leaveSearch = useCallback(() => scroller.current?.focus(), []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Ctrl/⌘-F inside the viewer searches the log, not the page (most of it is not in the DOM).
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      e.stopPropagation();
      searchInput.current?.focus({ cursor: 'all' });
    }
  };

  const copyLine = useCallback(
    async (line: LogLine) => {
      await navigator.clipboard?.writeText(lineToText(line, { timestamps, sources: showSource }));
    },
    [timestamps, showSource],
  );

  const style = {
    '--lv-bg': token.colorBgContainer,
    '--lv-fg': token.colorText,
    '--lv-muted': token.colorTextTertiary,
    '--lv-border': token.colorBorderSecondary,
    '--lv-hover': token.colorFillTertiary,
    '--lv-mark': token.colorWarningBgHover,
    '--lv-mark-fg': token.colorText,
    '--lv-current': token.colorPrimaryBg,
    '--lv-current-edge': token.colorPrimary,
    '--lv-error': token.colorError,
    '--lv-warn': token.colorWarningText,
    '--lv-debug': token.colorTextTertiary,
    '--lv-font': token.fontFamilyCode,
    '--lv-height': typeof props.height === 'number' ? `${props.height}px` : (props.height ?? '480px'),
  } as CSSProperties;

  const loaded = lines.length - start;
  return (
    <div className={`lv-root${props.className ? ` ${props.className}` : ''}`} style={style} onKeyDown={onKeyDown}>
      <LogToolbar
        labels={labels}
        searchRef={searchInput}
        spec={search.spec}
        onSpecChange={search.setSpec}
        compiled={search.compiled}
        matchCount={search.matches.length}
        current={search.current}
        onStep={step}
        onLeaveSearch={leaveSearch}
        filter={filter}
        onFilterChange={setFilter}
        wrap={wrap}
        onWrapChange={setWrap}
        timestamps={timestamps}
        onTimestampsChange={setTimestamps}
        following={following}
        onFollowingChange={setFollowing}
        onDownload={download}
        extra={props.toolbarExtra}
      />
      {hasOlder && onLoadOlder && (
        <div className="lv-older">
          <Button size="small" type="link" loading={loadingOlder} onClick={onLoadOlder}>
            {loadingOlder ? labels.loadingOlder : labels.loadOlder}
          </Button>
        </div>
      )}
      <div className="lv-body">
        <LogViewport
          lines={lines}
          rows={rows}
          wrap={wrap}
          timestamps={timestamps}
          showSource={showSource}
          pattern={search.compiled.kind === 'ok' ? search.compiled.pattern : null}
          currentRow={search.currentRow}
          following={following}
          onFollowingChange={setFollowing}
          scrollRequest={scrollRequest}
          hasOlder={hasOlder}
          loadingOlder={loadingOlder}
          onLoadOlder={onLoadOlder}
          onTopRowChange={rememberTopRow}
          onLinesBelowChange={setLinesBelow}
          copyLabel={labels.copyLine}
          copiedLabel={labels.copied}
          onCopy={copyLine}
          emptyText={labels.empty}
          scrollerRef={scroller}
        />
        {!following && linesBelow > 0 && (
          <Button className="lv-jump" size="small" shape="round" icon={<ArrowDownOutlined />} onClick={() => setFollowing(true)}>
            {labels.linesBelow(linesBelow)}
          </Button>
        )}
      </div>
      <div className="lv-footer">
        {labels.lineCount(rows.count, loaded)}
        {lines.length > maxLines && ` · ${labels.capped(maxLines)}`}
      </div>
    </div>
  );
}

/** Index of the first line (from `start`) whose time is at or after `time`; -1 when none is. */
export function firstLineAtOrAfter(lines: readonly LogLine[], start: number, time: number): number {
  for (let i = start; i < lines.length; i++) {
    const t = lines[i].time;
    if (t !== undefined && t >= time) return i;
  }
  return -1;
}
