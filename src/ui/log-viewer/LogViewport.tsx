import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { fixedLayout, measuredLayout, visibleRows } from './layout';
import { LogRow } from './LogRow';
import type { RowModel } from './rows';
import type { LogLine } from './types';

/** One line of 12 px monospace; rows are this tall unless wrapping makes them taller. */
export const ROW_HEIGHT = 20;
/** Within this distance of the end the user counts as "at the bottom" (resumes following). */
const BOTTOM_SLACK = ROW_HEIGHT;
/** Within this distance of the start the viewer asks for older lines. */
const TOP_SLACK = ROW_HEIGHT * 3;

export interface ScrollRequest {
  row: number;
  /** Changes on every request, so asking twice for the same row scrolls twice. */
  nonce: number;
}

interface LogViewportProps {
  lines: readonly LogLine[];
  rows: RowModel;
  wrap: boolean;
  timestamps: boolean;
  showSource: boolean;
  pattern: RegExp | null;
  currentRow: number;
  following: boolean;
  onFollowingChange: (following: boolean) => void;
  scrollRequest: ScrollRequest | null;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder?: () => void;
  onTopRowChange: (row: number) => void;
  onLinesBelowChange: (count: number) => void;
  copyLabel: string;
  copiedLabel: string;
  onCopy: (line: LogLine) => Promise<void>;
  emptyText: string;
  scrollerRef: Ref<HTMLDivElement>;
}

/**
 * The scrolled column of lines, virtualised: only the rows in view (plus overscan) exist in the
 * DOM. Keeps the tail in view while following, keeps the line under the user's eye in place when
 * lines arrive or are trimmed while paused, and asks for older lines at the top.
 */
export function LogViewport(props: LogViewportProps) {
  const { lines, rows, wrap, following, onFollowingChange, scrollRequest, hasOlder, loadingOlder, onLoadOlder } = props;
  const scroller = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState({ height: 400, width: 0 });
  const heights = useRef(new Map<number, number>());
  const [measureVersion, setMeasureVersion] = useState(0);

  const layout = useMemo(
    () => (wrap ? measuredLayout(rows.count, ROW_HEIGHT, (row) => heights.current.get(lines[rows.lineIndex(row)].id)) : fixedLayout(rows.count, ROW_HEIGHT)),
    // measureVersion: heights changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [wrap, rows, lines, measureVersion],
  );
  const maxTop = Math.max(0, layout.total - viewport.height);
  // While following, draw the tail in this very render; the DOM scroll position catches up below.
  const top = following ? maxTop : Math.min(scrollTop, maxTop);
  const { first, last } = visibleRows(layout, top, viewport.height);

  // Where the user is reading, to restore after lines are added or trimmed above it.
  const anchor = useRef<{ line: LogLine; delta: number } | null>(null);
  const rememberAnchor = useCallback(
    (at: number) => {
      if (rows.count === 0) return void (anchor.current = null);
      const row = layout.rowAt(at);
      anchor.current = { line: lines[rows.lineIndex(row)], delta: at - layout.offsetOf(row) };
    },
    [layout, lines, rows],
  );

  const setScroll = (el: HTMLDivElement, value: number) => {
    if (Math.abs(el.scrollTop - value) >= 1) el.scrollTop = value;
    setScrollTop(value);
  };

  // While following, the tail is drawn from `maxTop` in the render itself; the DOM scroll position
  // is written once per frame, in requestAnimationFrame, right before the browser lays out and
  // paints anyway. Writing (or reading) scrollTop in the commit forced a synchronous layout of the
  // whole column on every batch of lines — the long tasks of a busy log.
  const followingRef = useRef(following);
  followingRef.current = following;
  const tailFrame = useRef(0);
  const scrollToTail = useCallback(() => {
    if (tailFrame.current) return;
    tailFrame.current = requestAnimationFrame(() => {
      tailFrame.current = 0;
      const el = scroller.current;
      if (el && followingRef.current) {
        const bottom = el.scrollHeight - el.clientHeight;
        if (Math.abs(el.scrollTop - bottom) >= 1) el.scrollTop = bottom;
      }
    });
  }, []);
  useEffect(() => () => cancelAnimationFrame(tailFrame.current), []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (following) {
      scrollToTail();
      return;
    }
    const a = anchor.current;
    if (a) {
      const index = lines.indexOf(a.line);
      const row = index >= 0 ? rows.rowOfLine(index) : -1;
      if (row >= 0) setScroll(el, Math.min(maxTop, layout.offsetOf(row) + a.delta));
    }
    // Only when the content changes; user scrolling is handled in onScroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, following]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !scrollRequest || scrollRequest.row < 0 || scrollRequest.row >= layout.count) return;
    const target = layout.offsetOf(scrollRequest.row) - viewport.height / 2 + ROW_HEIGHT / 2;
    const value = Math.max(0, Math.min(maxTop, target));
    setScroll(el, value);
    rememberAnchor(value);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollRequest]);

  // Viewport size; a new width changes wrapped heights, so they are measured again.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () =>
      setViewport((v) => {
        if (v.width !== el.clientWidth) heights.current.clear();
        return v.height === el.clientHeight && v.width === el.clientWidth ? v : { height: el.clientHeight || 400, width: el.clientWidth };
      });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Wrapped rows: measure what is on screen and re-lay out when a height differs from the guess.
  useLayoutEffect(() => {
    if (!wrap || !scroller.current) return;
    let changed = false;
    scroller.current.querySelectorAll<HTMLElement>('[data-row]').forEach((node) => {
      const row = Number(node.dataset.row);
      const id = lines[rows.lineIndex(row)]?.id;
      const height = node.offsetHeight;
      if (id === undefined || height === 0) return;
      if (heights.current.get(id) !== height) {
        heights.current.set(id, height);
        changed = true;
      }
    });
    if (changed) setMeasureVersion((v) => v + 1);
  });

  const olderAsked = useRef(false);
  useEffect(() => {
    if (!loadingOlder) olderAsked.current = false;
  }, [loadingOlder, lines]);

  const { onTopRowChange, onLinesBelowChange } = props;
  useEffect(() => {
    onTopRowChange(layout.rowAt(top));
    onLinesBelowChange(following ? 0 : Math.max(0, rows.count - 1 - layout.rowAt(top + viewport.height - 1)));
  }, [top, layout, following, rows.count, viewport.height, onTopRowChange, onLinesBelowChange]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const value = el.scrollTop;
    setScrollTop(value);
    const atBottom = el.scrollHeight - value - el.clientHeight <= BOTTOM_SLACK;
    if (following && !atBottom) onFollowingChange(false);
    else if (!following && atBottom) onFollowingChange(true);
    if (!following || !atBottom) rememberAnchor(value);
    if (value <= TOP_SLACK && hasOlder && !loadingOlder && onLoadOlder && !olderAsked.current && rows.count > 0) {
      olderAsked.current = true;
      onLoadOlder();
    }
  };

  // Without wrapping the column is as wide as its longest line (monospace: characters × ch). Set
  // explicitly from the rows seen, instead of `width: max-content`, which made every layout
  // measure the intrinsic width of each row's text.
  const widest = useRef(0);
  const rendered = [];
  for (let row = first; row <= last; row++) {
    const line = lines[rows.lineIndex(row)];
    if (!wrap) widest.current = Math.max(widest.current, textColumns(line, props.timestamps, props.showSource));
    rendered.push(
      <LogRow
        // Keyed by position in the window: as lines stream in, the same DOM rows show new lines
        // (text updates) instead of being removed and created again.
        key={row - first}
        line={line}
        row={row}
        timestamps={props.timestamps}
        showSource={props.showSource}
        pattern={props.pattern}
        current={row === props.currentRow}
        copyLabel={props.copyLabel}
        copiedLabel={props.copiedLabel}
        onCopy={props.onCopy}
      />,
    );
  }

  return (
    <div
      className={`lv-scroller${wrap ? ' lv-wrap' : ''}`}
      ref={(el) => {
        scroller.current = el;
        const outer = props.scrollerRef;
        if (typeof outer === 'function') outer(el);
        else if (outer) outer.current = el;
      }}
      onScroll={onScroll}
      tabIndex={0}
      role="log"
      aria-live="off"
    >
      {rows.count === 0 ? (
        <div className="lv-empty">{props.emptyText}</div>
      ) : (
        <div className="lv-spacer" style={{ height: layout.total, width: wrap ? undefined : `calc(${widest.current}ch + 40px)` }}>
          <div className="lv-block" role="rowgroup" style={{ transform: `translateY(${layout.offsetOf(first)}px)` }}>
            {rendered}
          </div>
        </div>
      )}
    </div>
  );
}

/** Columns a line takes in monospace: wide (CJK, fullwidth) characters count twice. */
export function textColumns(line: LogLine, timestamps: boolean, showSource: boolean): number {
  const text = line.text;
  let columns = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x1100) columns++;
  // Time column 23ch + 12px gap; source column 22ch + 12px gap (px rounded up to 2ch each).
  return columns + (timestamps ? 25 : 0) + (showSource ? 24 : 0);
}
