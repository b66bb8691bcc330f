import type { z } from 'zod';
import type { TencentOperationName, TencentOps } from '../../../providers/tencent/operations';
import { notFound } from '../errors';
import type { RegionCode } from '../store/regions';
import type { AccountWorld, Cluster } from '../store/types';

/** What one handler sees: the caller's world, the call's region and time, and validated parameters. */
export interface HandlerContext<K extends TencentOperationName = TencentOperationName> {
  world: AccountWorld;
  region: RegionCode;
  now: number;
  params: z.output<TencentOps[K]['params']>;
  /** The wire parameters as sent (for the document's alternative spellings). */
  wire: Record<string, string>;
}

export type Handler<K extends TencentOperationName> = (ctx: HandlerContext<K>) => unknown;
export type HandlerMap = { [K in TencentOperationName]?: Handler<K> };

/** Clusters are regional: one in sh is not found when the call names gz. */
export function findCluster(ctx: { world: AccountWorld; region: RegionCode }, clusterId: string): Cluster {
  const c = ctx.world.clusters.get(clusterId);
  if (!c || c.region !== ctx.region) throw notFound('集群', clusterId, 'ClusterNotFound');
  return c;
}

export function page<T>(items: T[], offset: number | undefined, limit: number | undefined): T[] {
  const o = offset ?? 0;
  return items.slice(o, o + (limit ?? 20));
}
