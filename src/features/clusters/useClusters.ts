import { useScopes } from '../../app/accounts/useAccounts';
import { providersOffering } from '../../domain/capabilities';
import type { Cluster } from '../../domain/types';
import { resourceKeys } from '../shared/queryKeys';
import { inMotion } from '../shared/inMotion';
import { useAcrossScopes } from '../shared/useAcrossScopes';

const CLUSTER_PROVIDERS = providersOffering('clusters');

/** Clusters of every configured Tencent and Alibaba account and region the switcher selects. */
export function useClusters() {
  const { accounts, scopes } = useScopes(CLUSTER_PROVIDERS);
  const clusters = useAcrossScopes<Cluster>(scopes, (p, a, r) => resourceKeys.clusters(p, a, r), (domain, ctx) => domain.listClusters?.(ctx), { pollWhile: inMotion });
  return { accounts, scopes, ...clusters };
}
