import { createAlibabaForwarder } from '../providers/alibaba/forwarder';
import { alibabaOperations } from '../providers/alibaba/operations';
import type { AccountOf, Forwarder, ForwarderOptions, OperationDef, ProviderAccount, ProviderId } from '../providers/core/types';
import { createNeteaseForwarder } from '../providers/netease/forwarder';
import { neteaseOperations } from '../providers/netease/operations';
import { createTencentForwarder } from '../providers/tencent/forwarder';
import { tencentOperations } from '../providers/tencent/operations';

export interface ProviderEntry {
  /** The allow-list: only these operations can be called through the proxy. */
  operations: Record<string, OperationDef>;
  createForwarder: (account: ProviderAccount, options: ForwarderOptions) => Forwarder;
  /** The provider's public endpoints: with no endpoint override, nothing else is reachable. */
  origins: string[];
}

export type ProviderRegistry = Record<ProviderId, ProviderEntry>;

export const providerRegistry: ProviderRegistry = {
  tencent: {
    operations: tencentOperations,
    createForwarder: (a, o) => createTencentForwarder(a as AccountOf<'tencent'>, o),
    origins: ['https://ccs.api.qcloud.com', 'https://ccr.api.qcloud.com', 'https://monitor.api.qcloud.com'],
  },
  alibaba: {
    operations: alibabaOperations,
    createForwarder: (a, o) => createAlibabaForwarder(a as AccountOf<'alibaba'>, o),
    origins: ['https://retailcloud.aliyuncs.com'],
  },
  netease: {
    operations: neteaseOperations,
    createForwarder: (a, o) => createNeteaseForwarder(a as AccountOf<'netease'>, o),
    origins: ['https://open.c.163.com'],
  },
};
