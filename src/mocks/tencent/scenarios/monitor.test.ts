import { describe, expect, it } from 'vitest';
import { TENCENT_METRIC_LEVELS, TENCENT_MONITOR_PERIODS } from '../../../providers/tencent/operations/generated/metrics';
import { tencentCatalog } from '../../../providers/tencent/catalog.testutil';
import { harness } from '../testing';

const cst = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

async function setup() {
  const h = harness();
  const id = (await h.ok('DescribeCluster', { clusterName: 'prod-web' })).clusters[0].clusterId as string;
  const pod = (await h.ok('DescribeServiceInstance', { clusterId: id, serviceName: 'nginx-web' })).instances[0];
  const dims = {
    cluster: [{ name: 'docker_clusterid', value: id }],
    service: [
      { name: 'clusterId', value: id },
      { name: 'serviceName', value: 'nginx-web' },
      { name: 'namespace', value: 'default' },
    ],
    pod: [] as Array<{ name: string; value: string }>,
    container: [] as Array<{ name: string; value: string }>,
  };
  dims.pod = [...dims.service, { name: 'podName', value: pod.name }];
  dims.container = [...dims.pod, { name: 'containerId', value: pod.containers[0].containerId.slice(0, 12) }];
  return { h, id, dims };
}

describe('GetMonitorData', () => {
  it('lists every metric of the document for the four dimension levels', () => {
    const fromCatalog = ['cluster', 'service', 'pod', 'container'].flatMap((l) => (tencentCatalog.enums[`monitor_metrics_${l}`].values as unknown as Array<{ metricName: string }>).map((m) => m.metricName));
    const defined = Object.values(TENCENT_METRIC_LEVELS).flatMap((l) => l.metrics.map((m) => m.name));
    expect(defined).toEqual(fromCatalog);
    expect(defined.length).toBeGreaterThanOrEqual(30);
  });

  it('answers every metric at every period over a closed interval', async () => {
    const { h, dims } = await setup();
    const end = Math.floor(h.now() / 3_600_000) * 3_600_000;
    for (const [level, spec] of Object.entries(TENCENT_METRIC_LEVELS))
      for (const metric of spec.metrics)
        for (const period of TENCENT_MONITOR_PERIODS) {
          const span = period === 86400 ? 2 * 86_400_000 : period * 1000 * 4;
          const body = await h.call('GetMonitorData', { namespace: spec.namespace, metricName: metric.name, dimensions: dims[level as keyof typeof dims], period, startTime: cst(end - span), endTime: cst(end) });
          expect(body.code, `${metric.name}/${period}: ${body.message}`).toBe(0);
          expect(body.dataPoints, `${metric.name}/${period}`).toHaveLength(span / (period * 1000) + 1);
          expect((body.dataPoints as number[]).every((v) => typeof v === 'number' && v >= 0)).toBe(true);
          if (metric.unit === '%') expect((body.dataPoints as number[]).every((v) => v <= 100)).toBe(true);
        }
  });

  it('14:10–14:20 at 300 s gives 3 points (the document rule), results are flat and deterministic', async () => {
    const { h, dims } = await setup();
    const q = { namespace: 'qce/cvm', metricName: 'dc_cpu_usage', dimensions: dims.cluster, period: 300, startTime: '2026-01-10 08:10:00', endTime: '2026-01-10 08:20:00' };
    const a = await h.call('GetMonitorData', q);
    expect(a).toMatchObject({ code: 0, metricName: 'dc_cpu_usage', startTime: '2026-01-10 08:10:00', endTime: '2026-01-10 08:20:00', period: 300 });
    expect(a.dataPoints).toHaveLength(3);
    expect(a.data).toBeUndefined();
    const b = await harness().call('GetMonitorData', q);
    expect(b.dataPoints).toEqual(a.dataPoints);
  });

  it('future points are null; the default window is today from 00:00 to now', async () => {
    const { h, dims } = await setup();
    const future = await h.ok('GetMonitorData', { namespace: 'qce/cvm', metricName: 'dc_mem_usage', dimensions: dims.cluster, period: 3600, startTime: cst(h.now() - 3_600_000), endTime: cst(h.now() + 3 * 3_600_000) });
    expect(future.dataPoints.slice(-2)).toEqual([null, null]);
    const today = await h.ok('GetMonitorData', { namespace: 'qce/cvm', metricName: 'dc_mem_usage', dimensions: dims.cluster, period: 3600 });
    expect(today.startTime).toBe(`${cst(h.now()).slice(0, 10)} 00:00:00`);
  });

  it('rejects wrong dimension combinations, unknown resources, bad intervals and too many points', async () => {
    const { h, dims } = await setup();
    expect(await h.call('GetMonitorData', { namespace: 'qce/cvm', metricName: 'dc_cpu_usage', dimensions: dims.service, period: 60 })).toMatchObject({ code: -509, codeDesc: 'InvalidParameter.DimensionGroupError' });
    expect((await h.call('GetMonitorData', { namespace: 'qce/docker', metricName: 'service_cpu_used', dimensions: dims.pod, period: 60 })).code).toBe(-509);
    expect((await h.call('GetMonitorData', { namespace: 'qce/docker', metricName: 'dc_cpu_usage', dimensions: dims.cluster, period: 60 })).code).toBe(-503);
    expect((await h.call('GetMonitorData', { namespace: 'qce/cvm', metricName: 'dc_cpu_usage', dimensions: [{ name: 'docker_clusterid', value: 'cls-ghost' }], period: 60 })).code).toBe(-502);
    expect((await h.call('GetMonitorData', { namespace: 'qce/docker', metricName: 'container_cpu_used', dimensions: [...dims.pod, { name: 'containerId', value: 'abc' }], period: 60 })).code).toBe(-502);
    // The document's own examples put endTime before startTime.
    expect((await h.call('GetMonitorData', { namespace: 'qce/cvm', metricName: 'dc_cpu_usage', dimensions: dims.cluster, period: 60, startTime: '2017-03-28 14:10:00', endTime: '2016-03-28 15:10:00' })).code).toBe(-503);
    expect((await h.call('GetMonitorData', { namespace: 'qce/cvm', metricName: 'dc_cpu_usage', dimensions: dims.cluster, period: 60, startTime: '2025-01-01 00:00:00', endTime: '2026-01-01 00:00:00' })).code).toBe(-507);
    expect((await h.call('GetMonitorData', { namespace: 'qce/cvm', metricName: 'dc_cpu_usage', dimensions: dims.cluster, period: 120 })).codeDesc).toBe('InvalidParameter');
    expect((await h.call('GetMonitorData', { namespace: 'qce/cvm', metricName: 'dc_cpu_usage', period: 60 })).codeDesc).toBe('MissingParameter');
  });
});
