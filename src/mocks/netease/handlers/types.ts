import type { z } from 'zod';
import type { NeteaseOperationName, NeteaseOps } from '../../../providers/netease/operations';
import type { AccountWorld } from '../store/types';

export interface HandlerContext {
  world: AccountWorld;
  now: number;
  request: Request;
}

/** One operation's behaviour, given validated parameters (the definition's parsed output). */
export type OperationHandlers = {
  [K in NeteaseOperationName]?: (ctx: HandlerContext, params: z.output<NeteaseOps[K]['params']>) => Response | Promise<Response>;
};
