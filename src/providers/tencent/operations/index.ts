import type { TencentOperationDef } from './define';
import { generatedOperations } from './generated';

export type { TencentOperationDef } from './define';
export { TENCENT_PATH } from './define';

/** Every operation of the Tencent document (95), keyed by canonical Action name. */
export const tencentOperations: Record<string, TencentOperationDef> = generatedOperations;

/** The typed table: `TencentOps['DescribeCluster']` carries its params and response schemas. */
export type TencentOps = typeof generatedOperations;
export type TencentOperationName = keyof TencentOps;

/** Maps every accepted Action spelling (the document's typos included) to its canonical operation. */
export const tencentActionIndex: ReadonlyMap<string, TencentOperationDef> = new Map(
  Object.values(tencentOperations).flatMap((op) => [op.name, ...op.acceptActions].map((a) => [a, op] as const)),
);

export { TENCENT_METRIC_LEVELS, TENCENT_MONITOR_PERIODS, type TencentMetricLevel } from './generated/metrics';
