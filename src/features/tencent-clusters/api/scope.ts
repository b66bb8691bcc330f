import { accountClient } from '../../../providers/core/client';
import { httpTransport } from '../../../providers/core/transport';
import { tencentClient, unwrapTencent, type TencentClient } from '../../../providers/tencent/client';

/** One Tencent account in one region: every call of this area carries the region (the legacy API is regional). */
export interface TencentScope {
  client: TencentClient;
  accountId: string;
  region: string;
}

const cache = new Map<string, TencentScope>();

export function tencentScope(accountId: string, region: string): TencentScope {
  const key = `${accountId}/${region}`;
  let scope = cache.get(key);
  if (!scope) cache.set(key, (scope = { client: tencentClient(accountClient(httpTransport, unwrapTencent, accountId)), accountId, region }));
  return scope;
}
