import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { Col, Row } from 'antd';
import uPlot from 'uplot';
import { CapacityBar, MetricChart } from '../../src/ui/metric-chart';
import { buildChartOptions, chartData } from '../../src/ui/metric-chart/options';
import type { MetricChartBench } from './bench-api';
import { afterPaint, BenchShell, benchLocale } from './BenchShell';
import { syntheticSeries } from './synthetic';

// Bench page: the Monitoring page's building blocks with synthetic series.
const container = document.getElementById('root')!;
let root: Root | null = null;
let drawRoot: Root | null = null;
let run = 0;

const remount = () => {
  root?.unmount();
  drawRoot = null;
  root = createRoot(container);
  return root;
};

const bench: MetricChartBench = {
  async draw(seriesCount, points) {
    const { times, series } = syntheticSeries(seriesCount, points);
    // The shell (antd theme) stays mounted between runs: a new key mounts a new chart only.
    if (!drawRoot) {
      root?.unmount();
      drawRoot = root = createRoot(container);
    }
    const r = drawRoot;
    run++;
    await afterPaint();
    let drawnAt = 0;
    let drawn: () => void = () => undefined;
    const firstDraw = new Promise<void>((resolve) => (drawn = () => ((drawnAt = drawnAt || performance.now()), resolve())));
    const t0 = performance.now();
    flushSync(() =>
      r.render(
        <BenchShell>
          <MetricChart key={run} times={times} series={series} unit="%" title="CPU (20 pods)" height={320} onDraw={() => drawn()} locale={benchLocale} />
        </BenchShell>,
      ),
    );
    await firstDraw;
    await afterPaint();
    return { ms: performance.now() - t0, drawnMs: drawnAt - t0 };
  },

  async drawPlot(seriesCount, points) {
    const { times, series } = syntheticSeries(seriesCount, points);
    const holder = document.createElement('div');
    document.body.appendChild(holder);
    await afterPaint();
    let drawnAt = 0;
    let drawn: () => void = () => undefined;
    const firstDraw = new Promise<void>((resolve) => (drawn = () => ((drawnAt = drawnAt || performance.now()), resolve())));
    const t0 = performance.now();
    const options = buildChartOptions({ width: 1200, height: 320, series, unit: '%', theme: { text: '#666', grid: '#eee', font: 'sans-serif' } });
    options.hooks!.draw = [() => drawn()];
    const plot = new uPlot(options, chartData(times, series), holder);
    await firstDraw;
    await afterPaint();
    const ms = performance.now() - t0;
    plot.destroy();
    holder.remove();
    return { ms, drawnMs: drawnAt - t0 };
  },

  async gallery() {
    const cpu = syntheticSeries(6, 1440);
    const memory = syntheticSeries(6, 1440);
    const memorySeries = memory.series.map((s) => ({ ...s, values: s.values.map((v) => (v === null ? null : v * 40)) }));
    const traffic = syntheticSeries(2, 1440);
    const trafficSeries = [
      { label: 'in', values: traffic.series[0].values.map((v) => (v === null ? null : v * 25)) },
      { label: 'out', values: traffic.series[1].values.map((v) => (v === null ? null : v * 9)) },
    ];
    const from = cpu.times[0];
    const to = cpu.times[cpu.times.length - 1];
    remount().render(
      <BenchShell>
        <Row gutter={[16, 16]}>
          <Col span={18}>
            <MetricChart times={cpu.times} series={cpu.series} unit="%" title="service_cpu_usage_for_cluster" syncKey="page" from={from} to={to} height={180} locale={benchLocale} />
            <MetricChart times={memory.times} series={memorySeries} unit="MiB" title="service_mem_used" syncKey="page" from={from} to={to} height={180} locale={benchLocale} />
            <MetricChart times={traffic.times} series={trafficSeries} unit="Mbps" title="service_in/out_bandwidth" syncKey="page" from={from} to={to} height={180} locale={benchLocale} />
          </Col>
          <Col span={6}>
            <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
              <CapacityBar label="CPU" capacity={8} request={2.52} limit={4} used={1.7} unit="cores" locale={benchLocale} />
              <CapacityBar label="Memory" capacity={16384} request={2181} limit={20480} unit="MiB" locale={benchLocale} />
            </div>
          </Col>
        </Row>
      </BenchShell>,
    );
    await afterPaint();
    await new Promise((r) => setTimeout(r, 300));
  },
};
window.__bench = bench;
