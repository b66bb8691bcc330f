import { alibabaOperations, ALIBABA_VERSION, isAlibabaOperation } from '../../providers/alibaba/operations';
import type { FaultController } from '../core/faults';
import type { Handlers, HandlerContext } from './handlers/context';
import { authenticate, type NonceBook } from './protocol/auth';
import { BusinessError, gateway } from './protocol/errors';
import { operationParams } from './protocol/params';
import { formatOf, gatewayReply, reply } from './protocol/reply';
import { readRpcRequest } from './protocol/request';
import { requestId } from './store/ids';
import type { World } from './store/types';

export interface DispatchDeps {
  secrets: ReadonlyMap<string, string>;
  nonces: NonceBook;
  worldOf: (accessKeyId: string) => World;
  /** Brings time-driven state (deploy batches, cluster creation, databases) up to now. */
  tick: (world: World, now: number) => void;
  handlers: Handlers;
  faults: FaultController;
  now: () => number;
  rand: () => number;
}

/**
 * One RPC call, in the gateway's order: method, injected faults, signature and replay checks,
 * Version, Action, parameters; then the operation in the caller's world, answered in the
 * document's envelope {RequestId, Code, <error field>, Result|Data, Success?}, JSON or XML.
 */
export async function dispatch(request: Request, deps: DispatchDeps): Promise<Response> {
  const { method, params } = await readRpcRequest(request);
  const format = formatOf(params);
  const rid = requestId(deps.rand);
  const refuse = (error: ReturnType<typeof gateway.internalError>) => gatewayReply(error, rid, format);
  if (method !== 'GET' && method !== 'POST') return refuse(gateway.unsupportedMethod());

  const fault = await deps.faults.before(params.Action ?? '');
  if (fault === 'throttle') return refuse(gateway.throttling());
  if (fault === 'error') return refuse(gateway.internalError());

  const now = deps.now();
  const auth = await authenticate({ method, params, secrets: deps.secrets, nonces: deps.nonces, now });
  if ('error' in auth) return refuse(auth.error);
  if (params.Version !== ALIBABA_VERSION) return refuse(gateway.invalidVersion());
  const action = params.Action;
  if (!action) return refuse(gateway.missingParameter('Action'));
  if (!isAlibabaOperation(action)) return refuse(gateway.actionNotFound(action));
  const op = alibabaOperations[action];
  const parsed = operationParams(op, params);
  if ('error' in parsed) return refuse(parsed.error);

  const world = deps.worldOf(auth.accessKeyId);
  deps.tick(world, now);
  const ctx: HandlerContext = { world, now, accessKeyId: auth.accessKeyId };
  const handler = deps.handlers[action] as ((c: HandlerContext, p: Record<string, unknown>) => Record<string, unknown>) | undefined;
  const root = `${action}Response`;
  if (!handler) return refuse(gateway.actionNotFound(action));
  try {
    const body = handler(ctx, parsed.params);
    return reply({ RequestId: rid, Code: 0, ...(op.topLevelSuccess ? { Success: true } : {}), ...body }, { format, root });
  } catch (error) {
    if (!(error instanceof BusinessError)) throw error;
    const failure: Record<string, unknown> = { RequestId: rid, Code: error.code, [op.errorField]: error.message };
    if (op.topLevelSuccess) failure.Success = false;
    return reply(failure, { format, root });
  }
}
