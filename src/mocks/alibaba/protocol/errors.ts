/**
 * Alibaba's gateway (POP) refusals, with the HTTP status and words the real gateway uses. They
 * come before any business logic and use the gateway body {RequestId, HostId, Code, Message,
 * Recommend}; business failures use the document's envelope instead (see reply.ts).
 */
export interface GatewayError {
  code: string;
  status: number;
  message: string;
}

export const gateway = {
  missingParameter: (name: string): GatewayError => ({
    code: 'MissingParameter',
    status: 400,
    message: `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
  }),
  invalidParameter: (name: string, why: string): GatewayError => ({
    code: 'InvalidParameter',
    status: 400,
    message: `The specified parameter "${name}" is not valid. ${why}`.trim(),
  }),
  signatureDoesNotMatch: (stringToSign: string): GatewayError => ({
    code: 'SignatureDoesNotMatch',
    status: 400,
    message: `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
  }),
  incompleteSignature: (): GatewayError => ({ code: 'IncompleteSignature', status: 400, message: 'The request signature does not conform to Aliyun standards.' }),
  unsupportedSignatureMethod: (): GatewayError => ({ code: 'InvalidSignatureMethod', status: 400, message: 'Specified signature method is not valid.' }),
  accessKeyNotFound: (): GatewayError => ({ code: 'InvalidAccessKeyId.NotFound', status: 404, message: 'Specified access key is not found.' }),
  timestampExpired: (ts: string, server: string): GatewayError => ({
    code: 'InvalidTimeStamp.Expired',
    status: 400,
    message: `Specified time stamp or date value is expired. Timestamp:${ts}, ServerTime:${server}`,
  }),
  timestampFormat: (): GatewayError => ({ code: 'InvalidTimeStamp.Format', status: 400, message: 'Specified time stamp or date value is not well formatted.' }),
  nonceUsed: (): GatewayError => ({ code: 'SignatureNonceUsed', status: 400, message: 'Specified signature nonce was used already.' }),
  invalidVersion: (): GatewayError => ({ code: 'InvalidVersion', status: 400, message: 'Specified parameter Version is not valid.' }),
  actionNotFound: (action: string): GatewayError => ({
    code: 'InvalidAction.NotFound',
    status: 404,
    message: `Specified api "${action}" is not found, please check your url and method.`,
  }),
  unsupportedMethod: (): GatewayError => ({ code: 'UnsupportedHTTPMethod', status: 400, message: 'This http method is not supported.' }),
  throttling: (): GatewayError => ({ code: 'Throttling', status: 400, message: 'Request was denied due to request throttling.' }),
  internalError: (): GatewayError => ({ code: 'InternalError', status: 500, message: 'The request processing has failed due to some unknown error, exception or failure.' }),
};

/**
 * A business refusal in the document's envelope: integer Code other than 0 and the message in the
 * operation's own error field. The document prints no code table (its 错误码 sections only link to
 * an error centre), so the emulator uses HTTP-like numbers: 400 bad request or wrong state,
 * 403 forbidden, 404 not found, 409 conflict with an existing resource.
 */
export class BusinessError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new BusinessError(404, `${what}不存在`);
export const badRequest = (message: string) => new BusinessError(400, message);
export const conflict = (message: string) => new BusinessError(409, message);
