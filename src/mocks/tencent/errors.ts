/**
 * Tencent's failures: a common `code` (the document's 4000/4100/4104/4500/5100 family), a module
 * code prefixed to `message` in parentheses ("(-10013)与同VPC其它集群CIDR冲突") and a business
 * name in `codeDesc`. The document prints only some of these; the rest follow the same pattern
 * (see README: "errors the document leaves undefined").
 */
export class TencentApiError extends Error {
  constructor(
    readonly code: number,
    readonly codeDesc: string,
    message: string,
    readonly moduleCode?: number,
  ) {
    super(moduleCode === undefined ? message : `(${moduleCode})${message}`);
  }
}

/** Common codes of the legacy API family. */
export const CODES = {
  invalidParameter: 4000,
  authFailed: 4100,
  secretIdNotFound: 4104,
  quotaExceeded: 4400,
  replay: 4500,
  resourceNotFound: 5000,
  operationFailed: 5100,
  internal: 6000,
} as const;

export const missingParameter = (name: string) => new TencentApiError(CODES.invalidParameter, 'MissingParameter', `缺少参数错误：${name}`, -10001);

export const invalidParameter = (name: string, detail: string) => new TencentApiError(CODES.invalidParameter, 'InvalidParameter', `参数值错误：${name} ${detail}`, -10002);

export const notFound = (what: string, id: string, codeDesc = 'ResourceNotFound') => new TencentApiError(CODES.resourceNotFound, codeDesc, `${what}不存在：${id}`, -10004);

export const conflict = (codeDesc: string, message: string, moduleCode = -10005) => new TencentApiError(CODES.invalidParameter, codeDesc, message, moduleCode);

export const limitExceeded = (codeDesc: string, message: string) => new TencentApiError(CODES.invalidParameter, codeDesc, message, -10007);

/** An operation refused in the resource's current state (e.g. adding nodes to a Creating cluster). */
export const wrongState = (codeDesc: string, message: string) => new TencentApiError(CODES.operationFailed, codeDesc, message, -10006);

export const internalError = () => new TencentApiError(CODES.internal, 'InternalError', '服务器内部错误', -1);

export const throttled = () => new TencentApiError(CODES.quotaExceeded, 'RequestLimitExceeded', '请求的次数超过了频率限制', -10008);
