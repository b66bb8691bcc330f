import { existsSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { createServer } from 'vite';

/**
 * The Services page with 10,000 services in the Tencent emulator (TRICLOUD_DEMO_SERVICES), in
 * Chromium: time to the full list, then scrolling, a search filter and a sort, each with the
 * longest main-thread task and frame seen. Prints figures; asserts nothing.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

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

/** Starts watching long tasks and frame gaps; `stop()` returns the worst of each since the start. */
async function watch(page: Page) {
  await page.evaluate(WATCH_START);
  return async () => (await page.evaluate(WATCH_STOP)) as { longestTask: number; worstFrame: number; p95Frame: number };
}

export async function servicesTableBench() {
  process.env.TRICLOUD_DEMO_SERVICES = String(SERVICES);
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
    // Warm-up: compile the page's modules once, so the figures below are the page's, not Vite's.
    await page.goto(`${origin}/services?account=tencent-demo&region=gz`);
    await page.getByText(/ of \d{5}/).waitFor({ timeout: 120_000 });

    const total = SERVICES + 3;
    const t0 = Date.now();
    await page.goto(`${origin}/services?account=tencent-demo&region=gz`);
    await page.getByText(new RegExp(`${total} of ${total}|${total.toLocaleString('en')} of`)).waitFor({ timeout: 120_000 });
    const loadMs = Date.now() - t0;
    console.log(`\nServices page, ${total.toLocaleString('en')} Tencent services in the emulator (Chromium, React production build; load ${loadavg()[0].toFixed(2)})`);
    line('services: open the page → all rows listed (API + render)', ms(loadMs), 'no visible pause');
    // The longest proxy call of the load (the one DescribeClusterService with every service).
    const slowestCall = (await page.evaluate(`Math.max(...performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/call')).map((e) => e.responseEnd - e.startTime))`)) as number;
    console.log(`    of which the slowest proxy call (emulator + proxy + transfer): ${slowestCall.toFixed(0)} ms`);

    // Scroll: 150 frames of 400 px each through the virtual list.
    const holder = page.locator('.ant-table-tbody-virtual-holder').first();
    await holder.waitFor();
    let stop = await watch(page);
    await holder.evaluate(async (el) => {
      for (let i = 0; i < 150; i++) {
        el.scrollTop += 400;
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    let w = await stop();
    line('services: scroll 60,000 px over 150 frames', `worst frame ${w.worstFrame.toFixed(1)} ms, p95 ${w.p95Frame.toFixed(1)} ms, longest task ${w.longestTask.toFixed(0)} ms`, 'frames ≤ 50 ms');

    // Filter: type a search that leaves 10 of 10,003 rows.
    const search = page.getByRole('textbox', { name: 'Search' }).first();
    stop = await watch(page);
    let t = await page.evaluate(() => performance.now());
    await search.fill('svc-0999');
    await page.getByText(/^10 of /).waitFor();
    let done = await page.evaluate(() => performance.now());
    w = await stop();
    line('services: search "svc-0999" → 10 rows shown', `${ms(done - t)}, longest task ${w.longestTask.toFixed(0)} ms`, 'no visible pause (≤ 100 ms)');
    stop = await watch(page);
    t = await page.evaluate(() => performance.now());
    await search.fill('');
    await page.getByText(new RegExp(`^${total} of`)).waitFor();
    done = await page.evaluate(() => performance.now());
    w = await stop();
    line('services: clear the search → all rows back', `${ms(done - t)}, longest task ${w.longestTask.toFixed(0)} ms`, 'no visible pause (≤ 100 ms)');

    // Sort by name, descending: the first row becomes the last service.
    const header = page.getByRole('columnheader', { name: /^Name/ }).first();
    for (const expected of ['api-server', `svc-${String(SERVICES - 1).padStart(5, '0')}`]) {
      stop = await watch(page);
      t = await page.evaluate(() => performance.now());
      await header.click();
      await page.locator('.ant-table-row').first().getByText(expected, { exact: true }).waitFor();
      done = await page.evaluate(() => performance.now());
      w = await stop();
      line(`services: sort by name → first row ${expected}`, `${ms(done - t)}, longest task ${w.longestTask.toFixed(0)} ms`, 'no visible pause (≤ 100 ms)');
    }
  } finally {
    await browser.close();
    await server.close();
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    delete process.env.TRICLOUD_DEMO_SERVICES;
  }
}

if (process.argv[1]?.endsWith('services.ts')) {
  servicesTableBench().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
