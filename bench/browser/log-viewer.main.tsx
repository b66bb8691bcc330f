import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { appendCapped, linesToText, LogViewer, parseLogText, type LogLine } from '../../src/ui/log-viewer';
import type { LogViewerBench } from './bench-api';
import { afterPaint, BenchShell, benchLocale } from './BenchShell';
import { syntheticLines } from './synthetic';

// Bench page: mounts the LogViewer the way the Logs page will, with synthetic lines.
let root: Root | null = null;
let push: ((incoming: LogLine[]) => void) | null = null;

function BenchViewer({ initial }: { initial: LogLine[] }) {
  const [lines, setLines] = useState<readonly LogLine[]>(initial);
  useEffect(() => {
    push = (incoming) => setLines((prev) => appendCapped(prev, incoming, 100_000));
    return () => void (push = null);
  }, []);
  return (
    <BenchShell>
      <LogViewer lines={lines} showSource locale={benchLocale} height="calc(100vh - 110px)" downloadName="bench.log" />
    </BenchShell>
  );
}

const container = document.getElementById('root')!;

const bench: LogViewerBench = {
  async open(count) {
    root?.unmount();
    // What the API returns: one text blob (timestamps as kubectl prints them).
    const text = linesToText(syntheticLines(count), { timestamps: true, sources: false });
    await afterPaint();
    const t0 = performance.now();
    const lines = parseLogText(text, { source: 'web-7d9f8-abcde' });
    const parsed = performance.now();
    root = createRoot(container);
    flushSync(() => root!.render(<BenchViewer initial={lines} />));
    await afterPaint();
    const t1 = performance.now();
    const rows = container.querySelectorAll('.lv-text');
    return { parseMs: parsed - t0, totalMs: t1 - t0, tail: rows[rows.length - 1]?.textContent ?? '' };
  },

  async search(query, regex = false) {
    const input = container.querySelector<HTMLInputElement>('.lv-search input')!;
    const regexButton = container.querySelector<HTMLButtonElement>('.lv-search button[aria-pressed][aria-label="Regular expression"], .lv-search button[aria-label="正则表达式"]');
    if (regexButton && (regexButton.getAttribute('aria-pressed') === 'true') !== regex) {
      regexButton.click();
      await afterPaint();
    }
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    await afterPaint();
    const t0 = performance.now();
    setValue.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await afterPaint();
    const ms = performance.now() - t0;
    return { ms, status: container.querySelector('.lv-status')?.textContent ?? '' };
  },

  async follow(linesPerSecond, seconds) {
    const batchEvery = 50;
    const perBatch = Math.round((linesPerSecond * batchEvery) / 1000);
    let longest = 0;
    let over50 = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longest = Math.max(longest, entry.duration);
        if (entry.duration > 50) over50++;
      }
    });
    observer.observe({ type: 'longtask', buffered: false });
    let next = 10_000_000;
    let appended = 0;
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        push?.(syntheticLines(perBatch, next));
        next += perBatch;
        appended += perBatch;
        if (performance.now() - started >= seconds * 1000) {
          clearInterval(timer);
          resolve();
        }
      }, batchEvery);
    });
    await afterPaint();
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    return { longestTaskMs: longest, tasksOver50: over50, appended, footer: container.querySelector('.lv-footer')?.textContent ?? '' };
  },
};
window.__bench = bench;
