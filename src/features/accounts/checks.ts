import type { DomainContext } from '../../domain/types';
import type { ProviderId } from '../../providers/core/types';

/** What a connection check found: a line for the user, and how long the provider took. */
export interface CheckResult {
  detail: { key: 'tencent' | 'alibaba' | 'netease'; count: number };
  ms: number;
}

/**
 * One cheap, read-only call per provider that proves the credentials: Tencent lists one cluster,
 * Alibaba one cluster, NetEase exchanges its key for a token (the proxy keeps the token).
 */
const CHECKS: Record<ProviderId, (ctx: DomainContext) => Promise<number>> = {
  tencent: async (ctx) => Number(((await ctx.call('DescribeCluster', { offset: 0, limit: 1 })) as { totalCount?: number })?.totalCount ?? 0),
  alibaba: async (ctx) => Number(((await ctx.call('ListCluster', { PageNum: 1, PageSize: 1 })) as { TotalCount?: number })?.TotalCount ?? 0),
  netease: async (ctx) => Number(((await ctx.call('createToken', {})) as { expires_in?: string | number })?.expires_in ?? 0),
};

export async function checkConnection(provider: ProviderId, ctx: DomainContext, now: () => number = () => performance.now()): Promise<CheckResult> {
  const start = now();
  const count = await CHECKS[provider](ctx);
  return { detail: { key: provider, count }, ms: now() - start };
}
