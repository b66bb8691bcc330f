import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../freePort';
import { chromium, type Page } from '@playwright/test';
import { createServer } from 'vite';

/**
 * The long tables with 10,000 rows each in the emulators (TRICLOUD_DEMO_SERVICES, _INGRESSES,
 * _REPOSITORIES in Tencent's, _IPS in NetEase's), in Chromium: time to the full list, then scrolling, a search and a
 * sort, each with the longest main-thread task and the worst frame seen. All pages share one
 * table component (src/ui/resource-table); the figures show it per page, with each page's cells.
 * Prints figures; asserts nothing.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);

interface TablePage {
  name: string;
  url: string;
  /** A search that leaves a few of the rows. */
  search: string;
  /** The sortable name column's English title. */
  nameColumn: string;
}

const PAGES: TablePage[] = [
  { name: 'services', url: '/services?account=tencent-demo&region=gz', search: 'svc-0999', nameColumn: 'Name' },
  { name: 'ingresses', url: '/ingresses?account=tencent-demo&region=gz', search: 'ing-0999', nameColumn: 'Name' },
  { name: 'repositories', url: '/repositories?account=tencent-demo', search: 'repo-0999', nameColumn: 'Repository' },
  // A provider page (NetEase public IPs): the same table, with action buttons in every row.
  { name: 'netease ips', url: '/netease/ips?account=netease-demo', search: '59.111.12', nameColumn: 'IP address' },
];

const line = (name: string, figure: string, target: string) => console.log(`${name.padEnd(58)} ${figure}   (target ${target})`);
const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;

// Page scripts are strings: tsx's helpers (__name) do not exist in the page.
const WATCH_START = `(() => {
  const w = { longest: 0, frames: [], running: true };
  window.__watch = w;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration); }).observe({ type: 'longtask' });
  let last = performance.now();
  const tick = (t) => { w.frames.push(t - last); last = t; if (w.running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;
const WATCH_STOP = `(() => {
  const w = window.__watch;
  w.running = false;
  const frames = [...w.frames].sort((a, b) => a - b);
  return { longestTask: w.longest, worstFrame: frames.at(-1) ?? 0, p95Frame: frames[Math.floor(frames.length * 0.95)] ?? 0 };
})()`;

/**
 * Runs `action` in the page, then checks `done` (and `first`, if given) every frame; returns the
 * time to the frame where each held, and the longest task meanwhile.
 */
async function timeInPage(page: Page, action: string, done: string, first = done, timeoutMs = 30_000) {
  return (await page.evaluate(`new Promise((resolve) => {
    const longs = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longs.push(e.duration); });
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    let firstMs;
    ${action};
    const check = () => {
      const now = performance.now();
      if (firstMs === undefined && (${first})) firstMs = now - t0;
      if (${done}) { observer.disconnect(); resolve({ ms: now - t0, firstMs: firstMs ?? now - t0, longestTask: Math.max(0, ...longs) }); }
      else if (now - t0 > ${timeoutMs}) { observer.disconnect(); resolve({ ms: NaN, firstMs: NaN, longestTask: Math.max(0, ...longs) }); }
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`)) as { ms: number; firstMs: number; longestTask: number };
}

/** Starts watching long tasks and frame gaps; `stop()` returns the worst of each since the start. */
async function watch(page: Page) {
  await page.evaluate(WATCH_START);
  return async () => (await page.evaluate(WATCH_STOP)) as { longestTask: number; worstFrame: number; p95Frame: number };
}

export async function tablesBench() {
  const knobs = ['TRICLOUD_DEMO_SERVICES', 'TRICLOUD_DEMO_INGRESSES', 'TRICLOUD_DEMO_REPOSITORIES', 'TRICLOUD_DEMO_IPS'];
  for (const knob of knobs) process.env[knob] = String(ROWS);
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const port = await freePort();
  const server = await createServer({
    configFile: path.join(repo, 'vite.config.ts'),
    root: repo,
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    cacheDir: path.join(repo, 'node_modules/.vite-bench-table'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port, strictPort: true, hmr: false },
  });
  await server.listen();
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await page.goto(`${origin}/login`);
    await page.evaluate(async () => {
      await fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo' }) });
      localStorage.setItem('tricloud.lang', 'en');
    });
    console.log(`\nLong tables, ${ROWS.toLocaleString('en')} extra rows each in the emulators (Chromium, React production build; load ${loadavg()[0].toFixed(2)})`);
    for (const table of PAGES) await benchPage(page, origin, table);
  } finally {
    await browser.close();
    await server.close();
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    for (const knob of knobs) delete process.env[knob];
  }
}

const COUNT = `document.querySelector('[data-testid="row-count"]')?.textContent ?? ''`;
/** "10,003 of 10,003" (or without separators) with at least ROWS rows: the whole list is in. */
const ALL_LISTED = `(() => { const m = (${COUNT}).replace(/,/g, '').match(/^(\\d+) of (\\d+)$/); return !!m && m[1] === m[2] && Number(m[2]) >= ${ROWS}; })()`;

async function benchPage(page: Page, origin: string, table: TablePage) {
  const label = (what: string) => `${table.name}: ${what}`;
  // Warm-up: compile the page's modules once, so the figures below are the page's, not Vite's.
  await page.goto(`${origin}${table.url}`);
  await page.waitForFunction(ALL_LISTED, undefined, { timeout: 180_000, polling: 100 });

  const t0 = Date.now();
  await page.goto(`${origin}${table.url}`);
  await page.waitForFunction(ALL_LISTED, undefined, { timeout: 180_000, polling: 16 });
  const loadMs = Date.now() - t0;
  const total = ((await page.evaluate(COUNT)) as string).split(' of ')[1];
  line(label(`open → all ${total} rows listed (API + render)`), ms(loadMs), 'no visible pause');
  // The longest proxy call of the load.
  const slowestCall = (await page.evaluate(`Math.max(...performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/call')).map((e) => e.responseEnd - e.startTime))`)) as number;
  const calls = (await page.evaluate(`performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/call')).length`)) as number;
  console.log(`    ${calls} proxy calls; the slowest (emulator + proxy + transfer) ${slowestCall.toFixed(0)} ms`);

  // Scroll: 150 frames of 400 px each through the virtual list.
  const holder = page.locator('.ant-table-tbody-virtual-holder').first();
  await holder.waitFor();
  const stop = await watch(page);
  await holder.evaluate(async (el) => {
    for (let i = 0; i < 150; i++) {
      el.scrollTop += 400;
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  const w = await stop();
  line(label('scroll 60,000 px over 150 frames'), `worst frame ${w.worstFrame.toFixed(1)} ms, p95 ${w.p95Frame.toFixed(1)} ms, longest task ${w.longestTask.toFixed(0)} ms`, 'frames ≤ 50 ms');
  await page.waitForTimeout(800);

  // Search, clear and sort, timed in the page: from the input event or click to the frame that
  // shows the result (Playwright's own round trips would add tens of milliseconds).
  await page.getByRole('textbox', { name: 'Search' }).first().click();
  const typeInto = (text: string) =>
    `(() => { const input = document.querySelector('input[aria-label="Search"]'); Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(text)}); input.dispatchEvent(new Event('input', { bubbles: true })); })()`;
  const filtered = `(() => { const [shown, all] = (${COUNT}).replace(/,/g, '').split(' of ').map(Number); return shown < all; })()`;
  // Three rounds each; the figure is the median, then the worst, and the longest task of all rounds.
  const rounds = 3;
  const searchRuns: Timing[] = [];
  const clearRuns: Timing[] = [];
  let left = '';
  for (let i = 0; i < rounds; i++) {
    searchRuns.push(await timeInPage(page, typeInto(table.search), filtered));
    left = ((await page.evaluate(COUNT)) as string).split(' of ')[0];
    await page.waitForTimeout(300);
    clearRuns.push(await timeInPage(page, typeInto(''), ALL_LISTED));
    await page.waitForTimeout(300);
  }
  line(label(`search "${table.search}" → ${left} rows shown`), summary(searchRuns), 'no visible pause (≤ 100 ms)');
  line(label('clear the search → all rows back'), summary(clearRuns), 'no visible pause (≤ 100 ms)');
  await page.waitForTimeout(600);

  // Sort by name: ascending, descending, then off again; each time the first row changes.
  const header = `[...document.querySelectorAll('th')].find((th) => th.textContent.trim().startsWith(${JSON.stringify(table.nameColumn)}))`;
  const firstRow = `(document.querySelector('.ant-table-row')?.textContent ?? '')`;
  const steps = [
    { order: 'ascending', shown: `${header}.getAttribute('aria-sort') === 'ascending'`, runs: [] as Timing[] },
    { order: 'descending', shown: `${header}.getAttribute('aria-sort') === 'descending'`, runs: [] as Timing[] },
    { order: 'off', shown: `!${header}.hasAttribute('aria-sort')`, runs: [] as Timing[] },
  ];
  for (let i = 0; i < rounds; i++) {
    for (const step of steps) {
      step.runs.push(await timeInPage(page, `window.__before = ${firstRow}; ${header}.click()`, `${firstRow} !== window.__before`, step.shown, 3_000));
      await page.waitForTimeout(400);
    }
  }
  for (const { order, runs } of steps) {
    // A list already in that order (the emulator lists by name) shows no change to time.
    const figure = runs.every((r) => Number.isNaN(r.ms)) ? `rows already in this order, longest task ${Math.max(...runs.map((r) => r.longestTask)).toFixed(0)} ms` : summary(runs, true);
    line(label(`sort by ${table.nameColumn.toLowerCase()}, ${order} → rows reordered`), figure, 'no visible pause (≤ 100 ms)');
  }
}

type Timing = { ms: number; firstMs: number; longestTask: number };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** "median (worst) ms", with the header's answer for sorts, and the longest task of all runs. */
function summary(runs: Timing[], header = false): string {
  const times = runs.map((r) => r.ms);
  const head = header ? ` (header ${median(runs.map((r) => r.firstMs)).toFixed(0)} ms)` : '';
  return `${ms(median(times))} median, worst ${Math.max(...times).toFixed(0)} ms${head}, longest task ${Math.max(...runs.map((r) => r.longestTask)).toFixed(0)} ms`;
}

if (process.argv[1]?.endsWith('tables.ts')) {
  tablesBench().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
