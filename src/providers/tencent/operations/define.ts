import type { z } from 'zod';
import type { OperationDef, OperationKind } from '../../core/types';

/** The three API hosts of the document, all on /v2/index.php. */
export type TencentHost = 'ccs.api.qcloud.com' | 'ccr.api.qcloud.com' | 'monitor.api.qcloud.com';
export const TENCENT_PATH = '/v2/index.php';

export interface TencentOperationDef<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> extends OperationDef<P, R> {
  provider: 'tencent';
  host: TencentHost;
  /** Action spellings the service accepts (the document's alternative spellings included). */
  acceptActions: readonly string[];
  /** Where the result sits in the envelope: under `data`, or beside `code` (GetMonitorData, DeleteInstances). */
  resultAt: 'data' | 'root';
  /** Other parameter spellings the document prints for the same parameter (typos, example forms). */
  paramAliases?: Readonly<Record<string, readonly string[]>>;
}

export function defineTencentOperation<P extends z.ZodType, R extends z.ZodType>(def: {
  name: string;
  group: string;
  kind: OperationKind;
  summary: string;
  seedLines: readonly [number, number];
  host: string;
  acceptActions: readonly string[];
  resultAt: 'data' | 'root';
  paramAliases?: Record<string, readonly string[]>;
  params: P;
  response: R;
}): TencentOperationDef<P, R> {
  return { ...def, provider: 'tencent', host: def.host as TencentHost };
}
