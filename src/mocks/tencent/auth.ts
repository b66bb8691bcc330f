import { sameSignature, sign, signatureMethodOf, stringToSign, hmacBase64 } from '../../providers/tencent/signer';
import { missingParameter, TencentApiError, CODES } from './errors';

/** The document: Timestamp must be within 2 hours of server time, and a Nonce must not repeat. */
export const TIMESTAMP_WINDOW_SECONDS = 2 * 60 * 60;

export interface Credential {
  secretId: string;
  secretKey: string;
}

/**
 * Checks one request's signature exactly as the document describes (4104 unknown SecretId, 4100
 * bad signature, 4500 stale Timestamp or replayed Nonce). Returns the SecretId of the caller.
 *
 * Host in the string to sign: the host the client addressed (with its port when it has one), the
 * same host without its port, or the operation's public host: a client signs the host it believes
 * it talks to, and behind an endpoint override that may be either.
 */
export class TencentAuthenticator {
  private readonly keys = new Map<string, string>();
  /** Nonces seen per SecretId, remembered for as long as their Timestamp is acceptable. */
  private readonly seen = new Map<string, number>();

  constructor(
    credentials: Credential[],
    private readonly now: () => number,
  ) {
    for (const c of credentials) this.keys.set(c.secretId, c.secretKey);
  }

  reset(): void {
    this.seen.clear();
  }

  async verify(request: { method: string; hosts: string[]; path: string; params: Record<string, string> }): Promise<string> {
    const p = request.params;
    for (const name of ['SecretId', 'Signature', 'Timestamp', 'Nonce'] as const) if (!p[name]) throw missingParameter(name);
    const secretKey = this.keys.get(p.SecretId);
    if (secretKey === undefined) throw new TencentApiError(CODES.secretIdNotFound, 'SecretIdNotFound', 'SecretId 不存在，请确认 API 密钥是否有效并已启用');
    if (!(await this.signatureMatches(request, secretKey))) throw new TencentApiError(CODES.authFailed, 'AuthFailure', '签名验证失败：请确认 Signature 按文档计算并经过 URL 编码');
    const timestamp = Number(p.Timestamp);
    const nowSeconds = Math.floor(this.now() / 1000);
    if (!Number.isFinite(timestamp) || Math.abs(nowSeconds - timestamp) > TIMESTAMP_WINDOW_SECONDS)
      throw new TencentApiError(CODES.replay, 'TimestampExpired', `重放攻击错误：Timestamp 与服务器时间相差超过 2 小时`);
    if (!/^\d+$/.test(p.Nonce) || Number(p.Nonce) <= 0) throw new TencentApiError(CODES.invalidParameter, 'InvalidParameter', '(-10002)参数值错误：Nonce 须为正整数');
    this.forgetOld(nowSeconds);
    const nonceKey = `${p.SecretId}:${p.Nonce}:${p.Timestamp}`;
    if (this.seen.has(nonceKey)) throw new TencentApiError(CODES.replay, 'NonceReused', '重放攻击错误：Nonce 重复使用');
    this.seen.set(nonceKey, timestamp);
    return p.SecretId;
  }

  private async signatureMatches(request: { method: string; hosts: string[]; path: string; params: Record<string, string> }, secretKey: string): Promise<boolean> {
    const given = request.params.Signature;
    const method = signatureMethodOf(request.params.SignatureMethod);
    for (const host of new Set(request.hosts)) {
      const base = { method: request.method, host, path: request.path, params: request.params };
      if (sameSignature(await sign({ ...base, secretKey }), given)) return true;
      // The API 3.0 SDK's v1 signer does not apply the "_" → "." rule to names.
      if (Object.keys(request.params).some((k) => k.includes('_')) && sameSignature(await hmacBase64(method, secretKey, stringToSign({ ...base, underscoreToDot: false })), given)) return true;
    }
    return false;
  }

  private forgetOld(nowSeconds: number): void {
    if (this.seen.size < 10_000) return;
    for (const [key, ts] of this.seen) if (Math.abs(nowSeconds - ts) > TIMESTAMP_WINDOW_SECONDS) this.seen.delete(key);
  }
}
