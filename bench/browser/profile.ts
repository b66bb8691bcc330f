import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';

// `npx tsx bench/browser/profile.ts chart|follow`: where the time of one bench figure goes —
// long animation frames (script, style and layout, paint) and a CPU profile's heaviest functions.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const what = process.argv[2] ?? 'chart';

async function metrics(cdp: import('@playwright/test').CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function main() {
  process.env.NODE_ENV = 'production';
  const port = 5300 + Math.floor(Math.random() * 500);
  const server = await createServer({ configFile: path.join(repo, 'vite.config.ts'), root: repo, mode: 'production', define: { 'process.env.NODE_ENV': '"production"' }, cacheDir: path.join(repo, 'node_modules/.vite-bench-production'), logLevel: 'warn', server: { host: '127.0.0.1', port, strictPort: true, hmr: false } });
  await server.listen();
  const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const url = `http://127.0.0.1:${port}/bench/browser/${what === 'chart' ? 'metric-chart' : 'log-viewer'}.html`;
  await page.goto(url);
  await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 120_000 });
  await page.evaluate(() => {
    (window as any).__loaf = [];
    new PerformanceObserver((l) => (window as any).__loaf.push(...l.getEntries().map((e: any) => ({ d: e.duration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0, style: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0, scripts: (e.scripts ?? []).map((s: any) => `${s.invoker} ${Math.round(s.duration)}ms`) })))).observe({ type: 'long-animation-frame', buffered: false });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (what === 'chart') {
    await page.evaluate(() => (window.__bench as any).draw(20, 1440));
    await cdp.send('Profiler.start');
    for (let i = 0; i < 5; i++) console.log(JSON.stringify(await page.evaluate(() => (window.__bench as any).draw(20, 1440))));
    for (let i = 0; i < 3; i++) console.log('plot', JSON.stringify(await page.evaluate(() => (window.__bench as any).drawPlot(20, 1440))));
    // Line width: 1.5 px goes through Skia's stroker; 1 device pixel is drawn as a hairline.
    const widths: Record<string, number[]> = { '1': [], '1.5': [] };
    for (let i = 0; i < 6; i++)
      for (const w of [1, 1.5])
        widths[String(w)].push(await page.evaluate(async (width) => (await import('/bench/browser/strokeExperiment.ts' as string)).strokeExperiment(width), w));
    console.log('line width → painted ms', JSON.stringify(widths));
  } else {
    await page.evaluate(() => (window.__bench as any).open(100_000));
    // QUERY=… follows with a search active (every batch searched too).
    if (process.env.QUERY) console.log('search', JSON.stringify(await page.evaluate((q) => (window.__bench as any).search(q), process.env.QUERY)));
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);
    await cdp.send('Profiler.start');
    const result = await page.evaluate((s) => (window.__bench as any).follow(1000, s), Number(process.env.SECONDS ?? 20));
    const after = await metrics(cdp);
    console.log(JSON.stringify(result));
    // Counts do not depend on how busy the machine is: work per 1,000 lines appended.
    const per = (k: string) => (((after[k] ?? 0) - (before[k] ?? 0)) * 1000) / result.appended;
    console.log('per 1,000 lines:', ['LayoutCount', 'RecalcStyleCount', 'LayoutDuration', 'RecalcStyleDuration', 'ScriptDuration', 'TaskDuration'].map((k) => `${k} ${per(k).toFixed(k.endsWith('Count') ? 1 : 4)}`).join(' · '));
  }
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
  const loaf = (await page.evaluate(() => (window as any).__loaf)) as { d: number; render: number; style: number; scripts: string[] }[];
  console.log('long animation frames:', loaf.length, 'longest:', JSON.stringify(loaf.sort((a, b) => b.d - a.d).slice(0, 6)));
  await browser.close();
  await server.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
