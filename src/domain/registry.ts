import { unwrapAlibaba } from '../providers/alibaba/client';
import { alibabaDomain } from '../providers/alibaba/domain';
import type { Unwrap } from '../providers/core/client';
import type { ProviderId } from '../providers/core/types';
import { unwrapNetease } from '../providers/netease/client';
import { neteaseDomain } from '../providers/netease/domain';
import { unwrapTencent } from '../providers/tencent/client';
import { tencentDomain } from '../providers/tencent/domain';
import type { ProviderDomain } from './types';

/** What the browser knows of each provider: how to unwrap its answers and map them to pages. */
export interface ProviderPack {
  domain: ProviderDomain;
  unwrap: Unwrap;
}

export const providerPacks: Record<ProviderId, ProviderPack> = {
  tencent: { domain: tencentDomain, unwrap: unwrapTencent },
  alibaba: { domain: alibabaDomain, unwrap: unwrapAlibaba },
  netease: { domain: neteaseDomain, unwrap: unwrapNetease },
};
