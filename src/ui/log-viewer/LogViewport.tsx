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

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (following) {
      setScroll(el, maxTop);
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

  const rendered = [];
  for (let row = first; row <= last; row++) {
    const line = lines[rows.lineIndex(row)];
    rendered.push(
      <LogRow
        key={line.id}
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
        <div className="lv-spacer" style={{ height: layout.total }}>
          <div className="lv-block" role="rowgroup" style={{ transform: `translateY(${layout.offsetOf(first)}px)` }}>
            {rendered}
          </div>
        </div>
      )}
    </div>
  );
}
