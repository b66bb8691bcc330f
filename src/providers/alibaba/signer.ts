/**
 * Alibaba Cloud RPC signature version 1.0 (HMAC-SHA1), on Web Crypto so it runs in Node and the
 * browser. StringToSign = METHOD & %2F & percentEncode(canonicalized query); key = secret + "&".
 */

/** RFC 3986 percent-encoding: unreserved A-Z a-z 0-9 - _ . ~ stay; space is %20, * is %2A. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Pairs sorted by encoded name (byte order), joined as name=value with "&"; Signature excluded. */
export function canonicalizedQuery(params: Record<string, string>): string {
  return Object.entries(params)
    .filter(([name]) => name !== 'Signature')
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

export function stringToSign(method: string, params: Record<string, string>): string {
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalizedQuery(params))}`;
}

/** Base64(HMAC-SHA1(secret + "&", StringToSign)). */
export async function sign(input: { method: string; params: Record<string, string>; accessKeySecret: string }): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(`${input.accessKeySecret}&`), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(stringToSign(input.method, input.params)));
  return toBase64(new Uint8Array(mac));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** ISO 8601 UTC without milliseconds, as the gateway expects: 2016-02-23T12:46:24Z. */
export const rpcTimestamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A fresh UUID per request (the nonce must not repeat within the validity window). */
export const newNonce = (): string => crypto.randomUUID();
