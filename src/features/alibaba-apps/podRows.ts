import { num, text } from '../alibaba/shared/values';
import type { Instance, Pod } from './useApps';

/** One pod of an environment as the pods tab shows it. */
export interface PodRow {
  name: string;
  /** 'running' for a live instance the latest order does not touch; else the order's per-pod Status/Result. */
  status: 'running' | 'deploying' | 'paused' | 'succeeded' | 'failed' | 'closed' | 'waiting';
  node: string;
  hostIp: string;
  podIp: string;
  restarts?: number;
  since: string;
  batch?: number;
  step: string;
  stepStatus: string;
  health: string;
}

function orderStatus(p: Pod, orderPaused: boolean): PodRow['status'] {
  const s = Number(p.Status);
  const r = Number(p.Result);
  if (s === 3) return r === 1 ? 'succeeded' : r === 4 ? 'closed' : 'failed';
  if (!text(p.StartTime)) return orderPaused ? 'paused' : 'waiting';
  return 'deploying';
}

/**
 * The environment's pods: the running instances (ListAppInstance: restarts, creation time,
 * health) joined with the pods of its latest deploy order (ListPods: status, node, batch, step),
 * plus the order's pods that are not running (yet, or any more).
 */
export function podRows(instances: readonly Instance[], pods: readonly Pod[], orderPaused = false): PodRow[] {
  const byName = new Map(pods.map((p) => [text(p.AppInstanceId), p]));
  const rows: PodRow[] = instances.map((i) => {
    const name = text(i.AppInstanceId);
    const p = byName.get(name);
    const finishedOk = p && Number(p.Status) === 3 && Number(p.Result) === 1;
    return {
      name,
      status: !p || finishedOk ? 'running' : orderStatus(p, orderPaused),
      node: text(p?.HostName),
      hostIp: text(i.HostIp) || text(p?.HostIp),
      podIp: text(i.PodIp) || text(p?.PodIp),
      restarts: num(i.RestartCount),
      since: text(i.CreateTime) || text(p?.StartTime),
      batch: num(p?.DeployPartitionNum),
      step: text(p?.DeploySteps?.[0]?.StepName),
      stepStatus: text(p?.DeploySteps?.[0]?.Status),
      health: text(i.Health),
    };
  });
  const running = new Set(rows.map((r) => r.name));
  for (const p of pods) {
    const name = text(p.AppInstanceId);
    if (running.has(name)) continue;
    // A pod deleted by a finished scale-in is gone: not shown.
    if (text(p.DeploySteps?.[0]?.StepName) && Number(p.Status) === 3 && Number(p.Result) === 1 && p.DeploySteps?.[0]?.StepCode === 'DeleteAppInstance') continue;
    rows.push({
      name,
      status: orderStatus(p, orderPaused),
      node: text(p.HostName),
      hostIp: text(p.HostIp),
      podIp: text(p.PodIp),
      since: text(p.StartTime),
      batch: num(p.DeployPartitionNum),
      step: text(p.DeploySteps?.[0]?.StepName),
      stepStatus: text(p.DeploySteps?.[0]?.Status),
      health: '',
    });
  }
  return rows;
}

export const POD_TONE: Record<PodRow['status'], 'success' | 'processing' | 'default' | 'error' | 'warning'> = {
  running: 'success',
  succeeded: 'success',
  deploying: 'processing',
  paused: 'warning',
  waiting: 'default',
  failed: 'error',
  closed: 'error',
};
