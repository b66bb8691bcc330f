import type { ProviderId } from './types';

/**
 * A failed call, as the user needs to see it: which provider said what, in its own code and
 * message, and the request id to quote to its support. `source` tells whether the provider (or
 * its emulator) or our proxy refused.
 */
export class ProviderError extends Error {
  readonly provider: ProviderId | 'proxy';
  readonly code: string;
  readonly requestId?: string;
  readonly proxyRequestId?: string;
  readonly httpStatus: number;
  readonly operation?: string;

  constructor(init: {
    provider: ProviderId | 'proxy';
    code: string | number;
    message: string;
    httpStatus: number;
    requestId?: string;
    proxyRequestId?: string;
    operation?: string;
  }) {
    super(init.message);
    this.name = 'ProviderError';
    this.provider = init.provider;
    this.code = String(init.code);
    this.httpStatus = init.httpStatus;
    this.requestId = init.requestId;
    this.proxyRequestId = init.proxyRequestId;
    this.operation = init.operation;
  }
}

export const isProviderError = (e: unknown): e is ProviderError => e instanceof ProviderError;
