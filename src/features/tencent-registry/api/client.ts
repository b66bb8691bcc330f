import { accountClient } from '../../../providers/core/client';
import { httpTransport } from '../../../providers/core/transport';
import { tencentClient, unwrapTencent, type TencentClient } from '../../../providers/tencent/client';
import type { AccountInfo } from '../../../app/session/api';

/**
 * The registry (ccr) is one per account, not per region. Only GetTagList requires a Region, so
 * every call carries the account's first region: harmless for the others, needed for that one.
 */
export interface RegistryScope {
  client: TencentClient;
  accountId: string;
  accountName: string;
  region: string | undefined;
}


export function registryScope(account: AccountInfo): RegistryScope {
  return { client: tencentClient(accountClient(httpTransport, unwrapTencent, account.id)), accountId: account.id, accountName: account.name, region: account.regions[0] };
}
