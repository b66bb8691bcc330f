import { existsSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../freePort';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import type { LogViewerBench, MetricChartBench } from './bench-api';

// Browser benchmarks: the log viewer and the metric chart measured in Chromium (Playwright)
// against a Vite dev server started here. Figures are printed, never asserted.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FOLLOW_SECONDS = Number(process.env.BENCH_FOLLOW_SECONDS ?? 30);

async function startVite(): Promise<{ server: ViteDevServer; origin: string; restoreEnv: () => void }> {
  const port = await freePort();
  // React's production build, as users run it: the development build's performance tracks
  // diff every changed prop, and walking a 100,000-line array costs seconds per update there.
  // Its own dependency cache, so the shared node_modules/.vite of running dev servers is untouched.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = process.env.BENCH_REACT_DEV === '1' ? 'development' : 'production';
  const server = await createServer({
    configFile: path.join(repo, 'vite.config.ts'),
    root: repo,
    mode: process.env.NODE_ENV,
    define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV) },
    cacheDir: path.join(repo, 'node_modules/.vite-bench-' + process.env.NODE_ENV),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port, strictPort: true, hmr: false },
  });
  await server.listen();
  // Dependencies are optimised lazily, on the first page load: NODE_ENV stays until the end.
  const restoreEnv = () => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  };
  return { server, origin: `http://127.0.0.1:${port}`, restoreEnv };
}

async function launch(): Promise<Browser> {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
}

async function openBench(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 120_000 });
}

const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (name: string, figure: string, target: string) => console.log(`${name.padEnd(58)} ${figure}   (target ${target})`);

async function logViewerBench(page: Page, origin: string) {
  await openBench(page, `${origin}/bench/browser/log-viewer.html`);
  const call = <K extends keyof LogViewerBench>(name: K, ...args: Parameters<LogViewerBench[K]>) =>
    page.evaluate(([n, a]) => (window.__bench as any)[n](...a), [name, args] as const) as ReturnType<LogViewerBench[K]>;
  await call('open', 1000); // warm-up: modules compiled, styles injected
  const opens = [];
  for (let i = 0; i < 3; i++) opens.push(await call('open', 100_000));
  line('log viewer: open 100,000 lines → first paint of the tail', `${ms(median(opens.map((o) => o.totalMs)))} median of 3 (parse ${median(opens.map((o) => o.parseMs)).toFixed(1)} ms)`, '≤ 500 ms');
  console.log(`    tail shown: ${JSON.stringify(opens[0].tail.slice(0, 80))}`);
  const searches = [];
  for (const query of ['connection refused', 'request_id=99', 'zzz-no-match']) searches.push(await call('search', query));
  const regex = await call('search', 'took \\d{4}ms', true);
  line('log viewer: search over 100,000 lines → highlight painted', `${ms(median(searches.map((s) => s.ms)))} median of 3 plain; regex ${regex.ms.toFixed(1)} ms`, '≤ 100 ms');
  console.log(`    ${searches.map((s) => s.status).join(' | ')} | regex: ${regex.status}`);
  await call('search', '');
  const follow = await call('follow', 1000, FOLLOW_SECONDS);
  line(`log viewer: follow 1,000 lines/s for ${FOLLOW_SECONDS} s → longest task`, `${ms(follow.longestTaskMs)} (${follow.tasksOver50} tasks over 50 ms)`, 'none over 50 ms');
  console.log(`    appended ${follow.appended.toLocaleString('en')} lines; footer: ${follow.footer}`);
}

async function metricChartBench(page: Page, origin: string) {
  await openBench(page, `${origin}/bench/browser/metric-chart.html`);
  const draw = () => page.evaluate(() => (window.__bench as MetricChartBench).draw(20, 1440));
  await draw(); // warm-up
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await draw());
  line(
    'metric chart: draw 20 series × 1,440 points → painted',
    `${ms(median(runs.map((r) => r.ms)))} median of 5 (canvas drawn at ${median(runs.map((r) => r.drawnMs)).toFixed(1)} ms)`,
    '≤ 100 ms',
  );
  const plots = [];
  for (let i = 0; i < 5; i++) plots.push(await page.evaluate(() => (window.__bench as MetricChartBench).drawPlot(20, 1440)));
  line('    uPlot alone (same options, no React/antd) → painted', `${ms(median(plots.map((r) => r.ms)))} median of 5 (drawn at ${median(plots.map((r) => r.drawnMs)).toFixed(1)} ms)`, '—');
}

/** Light and dark screenshots of both bench pages, to check by eye. */
async function screenshots(browser: Browser, origin: string) {
  const dir = tmpdir();
  for (const theme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openBench(page, `${origin}/bench/browser/log-viewer.html?theme=${theme}`);
    await page.evaluate(async () => {
      const b = window.__bench as LogViewerBench;
      await b.open(100_000);
      await b.search('connection refused');
    });
    await page.locator('.lv-search input').press('Enter');
    await page.screenshot({ path: path.join(dir, `bench-log-viewer-${theme}.png`) });
    await page.getByRole('checkbox', { name: 'Wrap lines' }).check();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(dir, `bench-log-viewer-wrap-${theme}.png`) });
    await openBench(page, `${origin}/bench/browser/metric-chart.html?theme=${theme}`);
    await page.evaluate(() => (window.__bench as MetricChartBench).gallery());
    const plot = page.locator('.mc-plot .u-over').first();
    const box = await plot.boundingBox();
    if (box) await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await page.screenshot({ path: path.join(dir, `bench-metric-chart-${theme}.png`) });
    await page.close();
  }
  console.log(`    screenshots: ${path.join(dir, 'bench-{log-viewer,metric-chart}-{light,dark}.png')}`);
}

export async function browserBenchmarks(): Promise<void> {
  const { server, origin, restoreEnv } = await startVite();
  const browser = await launch();
  try {
    console.log(`Browser benchmarks — Chromium ${browser.version()} via Playwright, Vite dev server ${origin}, React ${process.env.BENCH_REACT_DEV === '1' ? 'development' : 'production'} build`);
    // Figures scale with how busy the machine is: say so next to them.
    console.log(`    ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await logViewerBench(page, origin);
    await metricChartBench(page, origin);
    await page.close();
    if (process.env.BENCH_SCREENSHOTS !== '0') await screenshots(browser, origin);
  } finally {
    await browser.close();
    await server.close();
    restoreEnv();
  }
}

// `npx tsx bench/browser/index.ts` runs these alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  browserBenchmarks().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
