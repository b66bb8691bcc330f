import { rpcTimestamp, sign, stringToSign } from '../../../providers/alibaba/signer';
import { gateway, type GatewayError } from './errors';

/** The gateway accepts a Timestamp within 15 minutes of its clock, either way. */
export const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;

const REQUIRED_COMMON = ['AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureNonce', 'SignatureVersion', 'Timestamp', 'Version'] as const;

/**
 * Remembers the nonces seen within the validity window, per AccessKeyId. Expired entries are
 * dropped as new ones come in, so memory stays bounded by the request rate.
 */
export class NonceBook {
  private seen = new Map<string, number>();
  constructor(private readonly windowMs = TIMESTAMP_WINDOW_MS) {}
  /** True if new (and records it); false if reused within the window. */
  use(key: string, nonce: string, now: number): boolean {
    for (const [k, at] of this.seen) {
      if (now - at <= this.windowMs) break;
      this.seen.delete(k);
    }
    const id = `${key}\u0000${nonce}`;
    const at = this.seen.get(id);
    if (at !== undefined && now - at <= this.windowMs) return false;
    this.seen.delete(id);
    this.seen.set(id, now);
    return true;
  }
  clear(): void {
    this.seen.clear();
  }
}

/**
 * Checks a request the gateway's way, in its order: common parameters present, Timestamp well
 * formed and fresh, AccessKeyId known, signature matching, nonce unused. Returns the error to
 * send, or the AccessKeyId that signed.
 */
export async function authenticate(input: {
  method: string;
  params: Record<string, string>;
  secrets: ReadonlyMap<string, string>;
  nonces: NonceBook;
  now: number;
}): Promise<{ error: GatewayError } | { accessKeyId: string }> {
  const { params, now } = input;
  for (const name of REQUIRED_COMMON) if (!params[name]) return { error: gateway.missingParameter(name) };
  if (params.SignatureMethod !== 'HMAC-SHA1') return { error: gateway.unsupportedSignatureMethod() };
  if (params.SignatureVersion !== '1.0') return { error: gateway.incompleteSignature() };
  const ts = params.Timestamp;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(ts) || Number.isNaN(Date.parse(ts))) return { error: gateway.timestampFormat() };
  if (Math.abs(now - Date.parse(ts)) > TIMESTAMP_WINDOW_MS) return { error: gateway.timestampExpired(ts, rpcTimestamp(now)) };
  const secret = input.secrets.get(params.AccessKeyId);
  if (secret === undefined) return { error: gateway.accessKeyNotFound() };
  const expected = await sign({ method: input.method, params, accessKeySecret: secret });
  if (expected !== params.Signature) return { error: gateway.signatureDoesNotMatch(stringToSign(input.method, params)) };
  if (!input.nonces.use(params.AccessKeyId, params.SignatureNonce, now)) return { error: gateway.nonceUsed() };
  return { accessKeyId: params.AccessKeyId };
}
