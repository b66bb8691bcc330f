import { http, type RequestHandler } from 'msw';
import { neteaseOps, type NeteaseOperationName } from '../../providers/netease/operations';
import type { NeteaseOperationDef } from '../../providers/netease/operations/define';
import type { FaultController } from '../core/faults';
import type { AccountBook } from './accounts';
import type { TokenBook } from './auth';
import { badRequest, internalError, NeteaseApiError, throttled, type ServiceName } from './errors';
import { certificateHandlers } from './handlers/certificates';
import { ipHandlers } from './handlers/ips';
import { loadBalancerHandlers } from './handlers/loadbalancers';
import { repositoryHandlers } from './handlers/repositories';
import { secretKeyHandlers } from './handlers/secretkeys';
import { serviceHandlers } from './handlers/services';
import { spaceHandlers } from './handlers/spaces';
import type { HandlerContext, OperationHandlers } from './handlers/types';
import { volumeHandlers } from './handlers/volumes';
import { readParams, SERVICE_OF_GROUP } from './request';
import { errorAnswer, jsonAnswer } from './respond';
import { advance } from './store/clock';

export const operationHandlers: OperationHandlers = {
  ...secretKeyHandlers,
  ...repositoryHandlers,
  ...loadBalancerHandlers,
  ...certificateHandlers,
  ...volumeHandlers,
  ...ipHandlers,
  ...spaceHandlers,
  ...serviceHandlers,
};

interface RouterDeps {
  accounts: AccountBook;
  tokens: TokenBook;
  faults: FaultController;
  now: () => number;
}

type Handler = (ctx: HandlerContext, params: unknown) => Response | Promise<Response>;

/** `{id}` → `:id`, on any origin. */
const mswPath = (path: string) => `*${path.replace(/\{(\w+)\}/g, ':$1')}`;

/**
 * One MSW route per operation (plus the document's alternative spellings: 5.1 with or without its
 * trailing slash, 9.12 as PUT or POST and under `/microservice/`). Routes with fewer placeholders
 * come first, so `/ips/quota` and `/microservices/images` win over `/ips/{id}` and `/microservices/{id}`.
 */
export function operationRoutes(deps: RouterDeps): RequestHandler[] {
  const ops = Object.values(neteaseOps as Record<string, NeteaseOperationDef>);
  const placeholders = (p: string) => (p.match(/\{/g) ?? []).length;
  const routes: Array<{ op: NeteaseOperationDef; method: string; path: string }> = [];
  for (const op of ops) {
    for (const method of [op.method, ...(op.alsoMethods ?? [])]) {
      for (const path of [op.path, ...(op.alsoPaths ?? [])]) {
        routes.push({ op, method, path });
        if (path.endsWith('/')) routes.push({ op, method, path: path.slice(0, -1) });
      }
    }
  }
  routes.sort((a, b) => placeholders(a.path) - placeholders(b.path));
  return routes.map(({ op, method, path }) => {
    const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
    return http[verb](mswPath(path), async ({ request, params }) => {
      try {
        return await run(deps, op, request, params);
      } catch (error) {
        if (error instanceof NeteaseApiError) return errorAnswer(error);
        throw error;
      }
    });
  });
}

async function run(deps: RouterDeps, op: NeteaseOperationDef, request: Request, pathParams: Record<string, string | readonly string[] | undefined>): Promise<Response> {
  const fault = await deps.faults.before(op.name);
  if (fault === 'throttle') throw throttled();
  if (fault === 'error') throw internalError();
  const now = deps.now();
  const service: ServiceName = SERVICE_OF_GROUP[op.group] ?? 'gateway';

  if (!op.auth) {
    const params = validate(op, await readParams(op, request, pathParams), service) as { app_key: string; app_secret: string };
    return jsonAnswer(deps.tokens.issue(params.app_key, params.app_secret, now));
  }
  const account = deps.tokens.authenticate(request.headers.get('Authorization'), now);
  advance(account.world, now);
  const params = validate(op, await readParams(op, request, pathParams), service);
  const handler = operationHandlers[op.name as NeteaseOperationName] as Handler | undefined;
  if (!handler) throw new NeteaseApiError(501, 'gateway', 1, `${op.name} is not implemented`);
  return handler({ world: account.world, now, request }, params);
}

/** The definition's schema, refused in the service's format: the first problem, with its field. */
function validate(op: NeteaseOperationDef, raw: Record<string, unknown>, service: ServiceName) {
  const parsed = op.params.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw badRequest(service, `Invalid parameter: ${describeIssue(parsed.error.issues[0], raw)}`);
}

type Issue = { code: string; path: PropertyKey[]; message: string; errors?: Issue[][] };

/** "limit is required", "size: size must be a multiple of 10", "limit: must be an integer". */
export function describeIssue(issue: Issue, raw: unknown): string {
  const field = issue.path.map(String).join('.');
  const value = issue.path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), raw);
  if (field && value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return `${field} is required`;
  let message = issue.message;
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    // The string branch of a number-or-numeric-string union says what was wrong.
    const branch = issue.errors.find((b) => b[0] && b[0].code !== 'invalid_type') ?? issue.errors[0];
    if (branch[0]) message = branch[0].message;
  }
  return field ? `${field}: ${message}` : message;
}
