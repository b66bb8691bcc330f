import { accountClient } from '../../../providers/core/client';
import { httpTransport, type Transport } from '../../../providers/core/transport';
import { neteaseClient, unwrapNetease } from '../../../providers/netease/client';

export type NeteaseApi = ReturnType<typeof neteaseClient>;

/** The typed NetEase client of one account, through the proxy (which signs with the token). */
export const neteaseApi = (accountId: string, transport: Transport = httpTransport): NeteaseApi =>
  neteaseClient(accountClient(transport, unwrapNetease, accountId));
