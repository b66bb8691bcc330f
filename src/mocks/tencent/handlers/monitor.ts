import { TENCENT_METRIC_LEVELS, type TencentMetricLevel } from '../../../providers/tencent/operations/generated/metrics';
import { hashString, seededRandom } from '../../core/random';
import { TencentApiError } from '../errors';
import { formatTime, parseTime } from '../store/time';
import type { AccountWorld, Cluster } from '../store/types';
import type { HandlerMap } from './context';

/** The monitor API's own error codes (negative, in `code`): the document's table 4. */
const monitorError = (code: -502 | -503 | -505 | -507 | -509, codeDesc: string, message: string) => new TencentApiError(code, codeDesc, message);

/** Points per answer; the document names "超出限制" (-507) without a number. */
export const MAX_POINTS = 1440;
const CST_OFFSET_MS = 8 * 3600 * 1000;

function levelOf(namespace: string, metric: string): TencentMetricLevel | undefined {
  return (Object.keys(TENCENT_METRIC_LEVELS) as TencentMetricLevel[]).find((l) => TENCENT_METRIC_LEVELS[l].namespace === namespace && TENCENT_METRIC_LEVELS[l].metrics.some((m) => m.name === metric));
}

/** Checks that the dimensions name an existing cluster / service / pod / container. */
function resolve(world: AccountWorld, level: TencentMetricLevel, dims: Record<string, string>): Cluster {
  const clusterId = level === 'cluster' ? dims.docker_clusterid : dims.clusterId;
  const c = world.clusters.get(clusterId);
  if (!c) throw monitorError(-502, 'OperationDenied.SourceNotExists', `资源不存在：集群 ${clusterId}`);
  if (level === 'cluster') return c;
  const s = c.services.get(`${dims.namespace}/${dims.serviceName}`);
  if (!s) throw monitorError(-502, 'OperationDenied.SourceNotExists', `资源不存在：服务 ${dims.namespace}/${dims.serviceName}`);
  if (level === 'service') return c;
  const pod = s.pods.find((p) => p.name === dims.podName);
  if (!pod) throw monitorError(-502, 'OperationDenied.SourceNotExists', `资源不存在：实例 ${dims.podName}`);
  // containerId: the first 12 characters of the docker id.
  if (level === 'container' && !pod.containerIds.some((id) => id.startsWith(dims.containerId) && dims.containerId.length >= 12))
    throw monitorError(-502, 'OperationDenied.SourceNotExists', `资源不存在：容器 ${dims.containerId}`);
  return c;
}

/** A plausible, deterministic value: a daily wave plus seeded noise, shaped by the metric's unit. */
function value(metric: string, unit: string, seed: string, t: number): number {
  const rand = seededRandom(hashString(`${seed}|${metric}|${t}`));
  const day = Math.sin(((t % 86_400_000) / 86_400_000) * 2 * Math.PI - Math.PI / 2) * 0.5 + 0.5;
  const base = (hashString(`${seed}|${metric}`) % 1000) / 1000;
  const load = 0.15 + 0.45 * day + 0.25 * base + 0.1 * rand();
  const scale: Record<string, number> = { '%': 100, cores: 2, MiB: 1024, MB: 500, Mbps: 50, 'packets/s': 2000, 'KB/s': 4096, count: 10 };
  const v = load * (scale[unit] ?? 100);
  return Math.round(Math.min(unit === '%' ? 100 : Infinity, v) * 100) / 100;
}

export const monitorHandlers: HandlerMap = {
  GetMonitorData: (ctx) => {
    const p = ctx.params;
    const level = levelOf(p.namespace, p.metricName);
    if (!level) throw monitorError(-503, 'InvalidParameter', `命名空间 ${p.namespace} 下没有指标 ${p.metricName}`);
    const dims = Object.fromEntries(p.dimensions.map((d) => [d.name, d.value]));
    const expected = TENCENT_METRIC_LEVELS[level].dimensions as readonly string[];
    const names = p.dimensions.map((d) => d.name);
    if (names.length !== expected.length || !expected.every((d) => names.includes(d))) throw monitorError(-509, 'InvalidParameter.DimensionGroupError', `错误的维度组合：${names.join(',')}（须为 ${expected.join(',')}）`);
    resolve(ctx.world, level, dims);
    const period = p.period ?? 300;
    const todayStart = Math.floor((ctx.now + CST_OFFSET_MS) / 86_400_000) * 86_400_000 - CST_OFFSET_MS;
    const start = p.startTime ? parseTime(p.startTime) : todayStart;
    const end = p.endTime ? parseTime(p.endTime) : ctx.now;
    if (end < start) throw monitorError(-503, 'InvalidParameter', 'endTime 不能小于 startTime');
    const step = period * 1000;
    // Closed interval [startTime, endTime]: 14:10–14:20 at 300 s gives 3 points.
    const first = start;
    const count = Math.floor((end - first) / step) + 1;
    if (count > MAX_POINTS) throw monitorError(-507, 'OperationDenied.ExceedLimit', `超出限制：最多返回 ${MAX_POINTS} 个数据点，请缩小时间范围或增大 period`);
    const unit = TENCENT_METRIC_LEVELS[level].metrics.find((m) => m.name === p.metricName)!.unit;
    const seed = expected.map((d) => dims[d]).join('/');
    const dataPoints: Array<number | null> = [];
    for (let i = 0; i < count; i++) {
      const t = first + i * step;
      dataPoints.push(t > ctx.now ? null : value(p.metricName, unit, seed, t));
    }
    return { metricName: p.metricName, startTime: formatTime(start), endTime: formatTime(end), period, dataPoints };
  },
};
