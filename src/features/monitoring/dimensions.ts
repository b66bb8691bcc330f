import { TENCENT_METRIC_LEVELS, type TencentMetricLevel } from '../../providers/tencent/operations/generated/metrics';

/**
 * What a chart series measures, per GetMonitorData level. Each level's dimensions come from one
 * typed target, so a wrong dimension set (a pod without its service, a container by name)
 * cannot be built: the UI only ever holds these targets.
 */
export type MonitorTarget =
  | { level: 'cluster'; clusterId: string }
  | { level: 'service'; clusterId: string; namespace: string; serviceName: string }
  | { level: 'pod'; clusterId: string; namespace: string; serviceName: string; podName: string }
  | { level: 'container'; clusterId: string; namespace: string; serviceName: string; podName: string; containerId: string };

export interface Dimension {
  name: string;
  value: string;
}

/** The document's dimension names for the target's level, in the document's order. */
export function dimensionsOf(target: MonitorTarget): Dimension[] {
  const values: Record<string, string> =
    target.level === 'cluster'
      ? { docker_clusterid: target.clusterId }
      : {
          clusterId: target.clusterId,
          namespace: target.namespace,
          serviceName: target.serviceName,
          ...(target.level !== 'service' ? { podName: target.podName } : {}),
          // The document's containerId is the docker id's first 12 characters.
          ...(target.level === 'container' ? { containerId: target.containerId.replace(/^docker:\/\//, '').slice(0, 12) } : {}),
        };
  return (TENCENT_METRIC_LEVELS[target.level].dimensions as readonly string[]).map((name) => ({ name, value: values[name] }));
}

export const metricsOf = (level: TencentMetricLevel) => TENCENT_METRIC_LEVELS[level].metrics;
export const namespaceOf = (level: TencentMetricLevel) => TENCENT_METRIC_LEVELS[level].namespace;
