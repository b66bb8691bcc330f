/** Runs `fn` `runs` times (after a warm-up) and returns the timing figures in milliseconds. */
export async function measure(runs: number, fn: (i: number) => Promise<unknown> | unknown) {
  for (let i = 0; i < Math.min(20, runs); i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const total = times.reduce((a, b) => a + b, 0);
  return { runs, mean: total / runs, p50: at(0.5), p95: at(0.95), max: times[times.length - 1] };
}

export function report(name: string, figures: Awaited<ReturnType<typeof measure>>) {
  const f = (n: number) => n.toFixed(3).padStart(9);
  console.log(`${name.padEnd(58)} runs=${String(figures.runs).padStart(6)} mean=${f(figures.mean)}ms p50=${f(figures.p50)}ms p95=${f(figures.p95)}ms max=${f(figures.max)}ms`);
}
