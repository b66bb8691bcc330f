import uPlot from 'uplot';
import { buildChartOptions, chartData } from '../../src/ui/metric-chart/options';
import { afterPaint } from './BenchShell';
import { syntheticSeries } from './synthetic';

/** uPlot alone with a given line width: time to the painted frame (profiling aid, `profile.ts chart`). */
export async function strokeExperiment(width: number): Promise<number> {
  const { times, series } = syntheticSeries(20, 1440);
  const holder = document.createElement('div');
  document.body.appendChild(holder);
  await afterPaint();
  const t0 = performance.now();
  const options = buildChartOptions({ width: 1200, height: 320, series, unit: '%', theme: { text: '#666', grid: '#eee', font: 'sans-serif' } });
  for (const s of options.series.slice(1)) s.width = width;
  const plot = new uPlot(options, chartData(times, series), holder);
  await afterPaint();
  const ms = performance.now() - t0;
  plot.destroy();
  holder.remove();
  return ms;
}
