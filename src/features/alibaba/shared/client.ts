import { accountClient } from '../../../providers/core/client';
import { httpTransport, type Transport } from '../../../providers/core/transport';
import { alibabaClient, unwrapAlibaba, type AlibabaClient } from '../../../providers/alibaba/client';

export type AlibabaApi = AlibabaClient;

/** The typed Alibaba client of one account, through the proxy (which signs, RPC signature v1). */
export const alibabaApi = (accountId: string, transport: Transport = httpTransport): AlibabaApi =>
  alibabaClient(accountClient(transport, unwrapAlibaba, accountId));
