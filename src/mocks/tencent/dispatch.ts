import { tencentActionIndex, type TencentOperationName } from '../../providers/tencent/operations';
import type { FaultController } from '../core/faults';
import type { TencentAuthenticator } from './auth';
import { failure, success, type EnvelopeKind } from './envelope';
import { internalError, invalidParameter, missingParameter, TencentApiError, throttled } from './errors';
import type { HandlerContext, HandlerMap } from './handlers/context';
import { operationParams } from './params';
import { readWireParams } from './request';
import { advance } from './store/clock';
import { normalizeRegion } from './store/regions';
import type { AccountWorld } from './store/types';

export interface DispatchDeps {
  auth: TencentAuthenticator;
  worldOf: (secretId: string) => AccountWorld;
  faults: FaultController;
  handlers: HandlerMap;
  now: () => number;
}

/** Region is "normally required"; the registry (ccr) calls work without it, except GetTagList. */
const REGION_OPTIONAL_HOST = 'ccr.api.qcloud.com';

let counter = 0;
const newRequestId = () => `${Date.now().toString(16)}-${(++counter).toString(16).padStart(6, '0')}-tricloud-emu`;

/** One call: read, authenticate, fault, validate, run, wrap — in the caller's envelope. */
export async function dispatch(request: Request, deps: DispatchDeps): Promise<Response> {
  const url = new URL(request.url);
  const kind: EnvelopeKind = url.pathname.endsWith('/index.php') ? 'legacy' : 'api3';
  const requestId = newRequestId();
  try {
    let wire: Record<string, string>;
    try {
      wire = await readWireParams(request);
    } catch {
      throw invalidParameter('(body)', '请求体无法解析');
    }
    if (!wire.Action) throw missingParameter('Action');
    const op = tencentActionIndex.get(wire.Action);
    const secretId = await deps.auth.verify({ method: request.method, hosts: [url.host, url.hostname, op?.host ?? 'ccs.api.qcloud.com'], path: url.pathname, params: wire });
    if (!op) throw new TencentApiError(4000, 'InvalidAction', `接口不存在：${wire.Action}`, -10003);
    const fault = await deps.faults.before(op.name);
    if (fault === 'error') throw internalError();
    if (fault === 'throttle') throw throttled();

    const region = normalizeRegion(wire.Region);
    if (wire.Region && !region) throw invalidParameter('Region', `不支持的地域：${wire.Region}`);
    if (!region && (op.host !== REGION_OPTIONAL_HOST || op.name === 'GetTagList')) throw missingParameter('Region');

    const world = deps.worldOf(secretId);
    const now = deps.now();
    advance(world, now);
    const params = operationParams(op, wire);
    const handler = deps.handlers[op.name as TencentOperationName] as ((ctx: HandlerContext) => unknown) | undefined;
    if (!handler) throw new TencentApiError(6100, 'UnsupportedOperation', `接口暂不可用：${op.name}`);
    const data = handler({ world, region: region ?? 'gz', now, params: params as never, wire });
    return success(kind, data, op.resultAt, requestId);
  } catch (error) {
    if (error instanceof TencentApiError) return failure(kind, error, requestId);
    console.error('tencent emulator:', error);
    return failure(kind, internalError(), requestId);
  }
}
