/**
 * Tencent Cloud legacy API v2 signature (document: 签名方法, seed lines 580–772), on Web Crypto so
 * the same code runs in Node and in the browser.
 *
 * string to sign = METHOD + host + path + "?" + params sorted by name, joined as raw `k=v` with "&",
 * where "_" in a parameter NAME becomes "." (Placement_Zone → Placement.Zone); values stay raw.
 * Signature = Base64(HMAC(secretKey, string)), HmacSHA256 when SignatureMethod=HmacSHA256, else HmacSHA1.
 */
export type TencentSignatureMethod = 'HmacSHA1' | 'HmacSHA256';

export interface StringToSignInput {
  method: string;
  host: string;
  path: string;
  /** Every parameter except Signature, as sent on the wire (strings). */
  params: Record<string, string>;
  /** Apply the document's "_" → "." rule to names (the API 3.0 SDK's v1 signer does not). */
  underscoreToDot?: boolean;
}

export function stringToSign({ method, host, path, params, underscoreToDot = true }: StringToSignInput): string {
  const pairs = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort(byCodeUnit)
    .map((k) => `${underscoreToDot ? k.replace(/_/g, '.') : k}=${params[k]}`);
  return `${method.toUpperCase()}${host}${path}?${pairs.join('&')}`;
}

/** Plain code-unit order, as PHP ksort and the SDKs' Array.sort do (upper case before lower case). */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The document's rule: HmacSHA256 only when asked for by name, HmacSHA1 in every other case. */
export const signatureMethodOf = (value: string | undefined): TencentSignatureMethod => (value === 'HmacSHA256' ? 'HmacSHA256' : 'HmacSHA1');

export async function hmacBase64(method: TencentSignatureMethod, secretKey: string, text: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', enc.encode(secretKey), { name: 'HMAC', hash: method === 'HmacSHA256' ? 'SHA-256' : 'SHA-1' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(text)));
  let binary = '';
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export async function sign(input: StringToSignInput & { secretKey: string }): Promise<string> {
  return hmacBase64(signatureMethodOf(input.params.SignatureMethod), input.secretKey, stringToSign(input));
}

/** Constant-time comparison of two signatures (no early exit on the first differing byte). */
export function sameSignature(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
