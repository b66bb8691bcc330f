import { browserBenchmarks } from './browser';
import { proxyBench } from './proxy.bench';
import { servicesTableBench } from './table/services';

// `npm run bench`: prints figures; it asserts nothing about time (tests never do).
async function main() {
  console.log(`Tricloud Console benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  await proxyBench();
  // Log viewer and metric chart in Chromium (Playwright) against a Vite dev server it starts.
  await browserBenchmarks();
  // The Services page with 10,000 services in the emulator: load, scroll, search, sort.
  await servicesTableBench();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
