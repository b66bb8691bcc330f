import type { LogLine } from '../../src/ui/log-viewer';

// Deterministic demo data for the browser benchmarks (same figures on every run).
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATHS = ['/api/orders', '/api/users/42', '/healthz', '/api/cart', '/static/app.js', '/api/search?q=shoes'];
const PODS = ['web-7d9f8-abcde', 'web-7d9f8-fghij', 'web-7d9f8-klmno', 'worker-5c6b7-pqrst'];
const START = Date.UTC(2026, 10, 23, 0, 0, 0);

/** `count` log lines from pod replicas, one every 100 ms, with the odd warning, error and long line. */
export function syntheticLines(count: number, firstId = 0): LogLine[] {
  const rand = random(42 + firstId);
  const lines: LogLine[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const r = rand();
    const pod = PODS[id % PODS.length];
    const path = PATHS[Math.floor(rand() * PATHS.length)];
    let text: string;
    let level: LogLine['level'];
    if (r < 0.02) {
      level = 'error';
      text = `ERROR upstream ${path} failed: dial tcp 10.0.${id % 255}.7:8080: connect: connection refused (attempt ${1 + (id % 3)})`;
    } else if (r < 0.08) {
      level = 'warn';
      text = `WARN slow request ${path} took ${Math.round(500 + rand() * 2000)}ms trace_id=${(id * 2654435761 >>> 0).toString(16)}`;
    } else if (r < 0.09) {
      level = 'info';
      text = `INFO config reloaded: ${'feature_flag_' + (id % 17) + '=true '.repeat(20)}`;
    } else {
      level = 'info';
      text = `INFO ${rand() < 0.7 ? 'GET' : 'POST'} ${path} ${rand() < 0.97 ? 200 : 404} ${Math.round(rand() * 120)}ms user=${id % 1000} request_id=${id}`;
    }
    lines[i] = { id, time: START + id * 100, text, source: pod, level };
  }
  return lines;
}

/** `seriesCount` plausible utilisation series of `points` minutes each (times in seconds). */
export function syntheticSeries(seriesCount: number, points: number) {
  const rand = random(7);
  const start = START / 1000;
  const times = Array.from({ length: points }, (_, i) => start + i * 60);
  const series = Array.from({ length: seriesCount }, (_, s) => {
    const base = 10 + rand() * 50;
    const values = new Array<number | null>(points);
    let v = base;
    for (let i = 0; i < points; i++) {
      v = Math.max(0, Math.min(100, v + (rand() - 0.5) * 4 + (base - v) * 0.05 + (i % 240 === 200 && s % 5 === 0 ? 30 : 0)));
      values[i] = Math.round(v * 10) / 10;
    }
    return { label: `web-${String(s).padStart(2, '0')}`, values };
  });
  return { times, series };
}
