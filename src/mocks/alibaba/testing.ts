import { alibabaClient, unwrapAlibaba } from '../../providers/alibaba/client';
import { createAlibabaForwarder } from '../../providers/alibaba/forwarder';
import { ALIBABA_VERSION, alibabaOperations } from '../../providers/alibaba/operations';
import { accountClient } from '../../providers/core/client';
import type { Transport } from '../../providers/core/transport';
import { rpcTimestamp, sign } from '../../providers/alibaba/signer';
import { flattenParams } from '../../providers/alibaba/wire';
import { DEMO_CREDENTIALS } from '../demo-credentials';

let counter = 0;

/**
 * A signed RPC request, built by hand so tests can break any part of it (secret, timestamp,
 * nonce, method, format). Used by this folder's tests only.
 */
export async function signedRequest(input: {
  action: string;
  params?: Record<string, unknown>;
  now: number;
  method?: 'GET' | 'POST';
  format?: 'JSON' | 'XML';
  accessKeyId?: string;
  secret?: string;
  signWith?: string;
  nonce?: string;
  timestamp?: string;
  version?: string;
  tamper?: (wire: Record<string, string>) => void;
}): Promise<Request> {
  const method = input.method ?? 'POST';
  const wire: Record<string, string> = {
    ...flattenParams(input.params ?? {}),
    Action: input.action,
    Format: input.format ?? 'JSON',
    Version: input.version ?? ALIBABA_VERSION,
    AccessKeyId: input.accessKeyId ?? DEMO_CREDENTIALS.alibaba.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: input.nonce ?? `test-nonce-${++counter}`,
    Timestamp: input.timestamp ?? rpcTimestamp(input.now),
  };
  wire.Signature = await sign({ method, params: wire, accessKeySecret: input.signWith ?? input.secret ?? DEMO_CREDENTIALS.alibaba.accessKeySecret });
  input.tamper?.(wire);
  const body = new URLSearchParams(wire).toString();
  if (method === 'GET') return new Request(`http://retailcloud.aliyuncs.com/?${body}`);
  return new Request('http://retailcloud.aliyuncs.com/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
}

/** Fixed test clock: the document's version date. */
export const T0 = Date.UTC(2020, 1, 20, 12, 0, 0);

/**
 * The typed client over the real forwarder and this emulator, in process: what the console does
 * through the proxy in demo mode, minus HTTP. Business refusals throw ProviderError.
 */
export function inProcessClient(emulator: { handle(r: Request): Promise<Response> }, now: () => number) {
  const forwarder = createAlibabaForwarder(
    { id: 'demo', name: 'demo', provider: 'alibaba', regions: ['cn-zhangjiakou'], credentials: { ...DEMO_CREDENTIALS.alibaba } },
    { fetch: (r) => emulator.handle(r), now },
  );
  const transport: Transport = async (_account, call) => {
    const response = await forwarder({ op: alibabaOperations[call.operation], region: call.region, params: call.params });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  return alibabaClient(accountClient(transport, unwrapAlibaba, 'demo'));
}
