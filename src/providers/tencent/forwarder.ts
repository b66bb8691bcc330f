import type { AccountOf, Forwarder, ForwarderOptions } from '../core/types';
import { TENCENT_PATH, type TencentOperationDef } from './operations';
import { sign } from './signer';
import { flattenParams } from './wire';

/** Region used when neither the call nor the account names one (the document's short code). */
const FALLBACK_REGION = 'gz';

/**
 * Sends one call the document's way: POST (the document recommends it) to
 * https://<operation host>/v2/index.php with a form body holding the common parameters, the
 * flattened API parameters and the signature. With an endpoint override every host maps to it.
 * Returns the provider's answer untouched.
 */
export function createTencentForwarder(account: AccountOf<'tencent'>, options: ForwarderOptions): Forwarder {
  const now = options.now ?? Date.now;
  const { secretId, secretKey, signatureMethod } = account.credentials;
  return async ({ op, region, params }) => {
    const host = (op as Partial<TencentOperationDef>).host ?? 'ccs.api.qcloud.com';
    const url = new URL(TENCENT_PATH, account.endpoint ?? `https://${host}`);
    const wire: Record<string, string> = {
      ...flattenParams(params),
      Action: op.name,
      Region: region ?? account.regions[0] ?? FALLBACK_REGION,
      Timestamp: String(Math.floor(now() / 1000)),
      Nonce: String(randomNonce()),
      SecretId: secretId,
      ...(signatureMethod ? { SignatureMethod: signatureMethod } : {}),
    };
    wire.Signature = await sign({ method: 'POST', host: url.host, path: url.pathname, params: wire, secretKey });
    return options.fetch(
      new Request(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: new URLSearchParams(wire).toString(),
      }),
    );
  };
}

/** A random positive integer, as the document asks; from Web Crypto so nonces do not collide. */
function randomNonce(): number {
  const [n] = crypto.getRandomValues(new Uint32Array(1));
  return (n % 2_147_483_646) + 1;
}
