import { useScopes } from '../../app/accounts/useAccounts';
import type { ProviderId } from '../../providers/core/types';
import { useAcrossScopes } from '../shared/useAcrossScopes';
import { INGRESS_LOADERS, type IngressRow } from './adapters';
import { ingressKeys } from './keys';

/** Tencent ingresses, Alibaba SLB access points and k8s services, NetEase load balancers. */
export const INGRESS_PROVIDERS: readonly ProviderId[] = ['tencent', 'alibaba', 'netease'];

/** One query per account and region the switcher selects; a failing one keeps its error to itself. */
export function useIngresses() {
  const { accounts, scopes } = useScopes(INGRESS_PROVIDERS);
  const result = useAcrossScopes<IngressRow>(scopes, ingressKeys.list, (_domain, ctx) => {
    const scope = scopes.find((s) => s.account.id === ctx.accountId && s.region === ctx.region);
    return scope ? INGRESS_LOADERS[scope.account.provider](ctx) : undefined;
  });
  return { accounts, scopes, ...result };
}
