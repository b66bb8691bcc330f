import type { AccountOf, Forwarder, ForwarderOptions } from '../core/types';
import { ALIBABA_ENDPOINT, ALIBABA_VERSION } from './operations/define';
import { newNonce, rpcTimestamp, sign } from './signer';
import { flattenParams } from './wire';

/** The region of every example in the document; used when neither the call nor the account names one. */
const FALLBACK_REGION = 'cn-zhangjiakou';

/**
 * Sends one call the RPC way, as Alibaba's SDK does for this product: POST to
 * https://retailcloud.aliyuncs.com/ with a form body holding the common parameters (Format JSON,
 * signature v1), the flattened API parameters and the signature. An account endpoint overrides
 * the host. Returns the provider's answer untouched.
 */
export function createAlibabaForwarder(account: AccountOf<'alibaba'>, options: ForwarderOptions): Forwarder {
  const now = options.now ?? Date.now;
  const { accessKeyId, accessKeySecret } = account.credentials;
  return async ({ op, region, params }) => {
    const url = new URL('/', account.endpoint ?? `https://${ALIBABA_ENDPOINT}`);
    const own = flattenParams(params);
    const wire: Record<string, string> = {
      ...own,
      Action: op.name,
      Format: 'JSON',
      Version: ALIBABA_VERSION,
      AccessKeyId: accessKeyId,
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      SignatureNonce: newNonce(),
      Timestamp: rpcTimestamp(now()),
      // CreateCluster has a RegionId parameter of its own, which wins over the common one.
      RegionId: own.RegionId ?? region ?? account.regions[0] ?? FALLBACK_REGION,
    };
    wire.Signature = await sign({ method: 'POST', params: wire, accessKeySecret });
    return options.fetch(
      new Request(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'application/json' },
        body: new URLSearchParams(wire).toString(),
      }),
    );
  };
}
