import { proxyBench } from './proxy.bench';

// `npm run bench`: prints figures; it asserts nothing about time (tests never do).
async function main() {
  console.log(`Tricloud Console benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  await proxyBench();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
