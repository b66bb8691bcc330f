import { toXml } from '../../../providers/alibaba/xml';
import type { GatewayError } from './errors';

export type Format = 'JSON' | 'XML';

/** Format=JSON|XML, case-insensitive; the gateway's default is XML. */
export const formatOf = (params: Record<string, string>): Format => (params.Format?.toUpperCase() === 'JSON' ? 'JSON' : 'XML');

export function reply(body: Record<string, unknown>, options: { format: Format; status?: number; root: string }): Response {
  const status = options.status ?? 200;
  if (options.format === 'XML') return new Response(toXml(options.root, body), { status, headers: { 'content-type': 'text/xml;charset=utf-8' } });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json;charset=utf-8' } });
}

/** The gateway's error body; its XML root is <Error>. */
export function gatewayReply(error: GatewayError, requestId: string, format: Format): Response {
  const body = { RequestId: requestId, HostId: 'retailcloud.aliyuncs.com', Code: error.code, Message: error.message, Recommend: `https://error-center.aliyun.com/status/search?Keyword=${encodeURIComponent(error.code)}&source=PopGw` };
  return reply(body, { format, status: error.status, root: 'Error' });
}
