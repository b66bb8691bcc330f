/**
 * The service's error format (1.3.4): HTTP status plus `{code, message}`, where `code` is 7 digits:
 * HTTP status (3) + service (2) + detail (2). The document's code table is missing (its `errors`
 * include is not in the file), so the service and detail numbers below are OUR invention; only
 * the structure is the document's. `code` is sent as a JSON number.
 */
export const SERVICE_CODES = {
  gateway: 0,
  token: 10,
  secretkey: 11,
  repository: 12,
  nlb: 13,
  disk: 14,
  ip: 15,
  space: 16,
  service: 17,
} as const;
export type ServiceName = keyof typeof SERVICE_CODES;

/** Detail codes, shared by every service. */
export const DETAIL = {
  invalidParameter: 1,
  malformedBody: 2,
  notFound: 4,
  conflict: 5,
  wrongState: 6,
  quotaExceeded: 7,
  missingToken: 11,
  unknownToken: 12,
  expiredToken: 13,
  wrongSecret: 14,
  unknownKey: 15,
  throttled: 21,
  internal: 31,
} as const;

export class NeteaseApiError extends Error {
  constructor(
    readonly status: number,
    readonly service: ServiceName,
    readonly detail: number,
    message: string,
  ) {
    super(message);
  }
  get code(): number {
    return this.status * 10000 + SERVICE_CODES[this.service] * 100 + this.detail;
  }
}

export const badRequest = (service: ServiceName, message: string) => new NeteaseApiError(400, service, DETAIL.invalidParameter, message);
export const notFound = (service: ServiceName, what: string) => new NeteaseApiError(404, service, DETAIL.notFound, `${what} not found`);
export const conflict = (service: ServiceName, message: string) => new NeteaseApiError(409, service, DETAIL.conflict, message);
/** The resource exists but its state forbids the action (release a bound IP, delete a used space). */
export const wrongState = (service: ServiceName, message: string) => new NeteaseApiError(400, service, DETAIL.wrongState, message);
export const quotaExceeded = (service: ServiceName, message: string) => new NeteaseApiError(403, service, DETAIL.quotaExceeded, message);
export const throttled = (service: ServiceName = 'gateway') => new NeteaseApiError(429, service, DETAIL.throttled, 'Too many requests, rate limit exceeded');
export const internalError = () => new NeteaseApiError(500, 'gateway', DETAIL.internal, 'Internal server error, please retry later');
