import { browserBenchmarks } from './browser';
import { proxyBench } from './proxy.bench';
import { tablesBench } from './table/tables';

// `npm run bench`: prints figures; it asserts nothing about time (tests never do).
async function main() {
  console.log(`Tricloud Console benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  await proxyBench();
  // Log viewer and metric chart in Chromium (Playwright) against a Vite dev server it starts.
  await browserBenchmarks();
  // Services, ingresses and repositories with 10,000 rows each: load, scroll, search, sort.
  await tablesBench();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
