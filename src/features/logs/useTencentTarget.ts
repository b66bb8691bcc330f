import { useProviderAccounts, useTencentClusters, useTencentPods, useTencentServices } from './api';
import { useUrlState } from '../shared/useUrlState';

/**
 * The Tencent target both the logs and the monitoring page pick, read from the URL: account and
 * region (the region falls back to the account's first), cluster, namespace, service, pod,
 * container; with the lists the pickers offer at each level.
 */
export function useTencentTarget() {
  const url = useUrlState();
  const { get } = url;
  const { list, account, accounts } = useProviderAccounts('tencent', get('account'));
  const accountId = account?.id ?? '';
  const region = get('region') && account?.regions.includes(get('region')) ? get('region') : (account?.regions[0] ?? '');
  const cluster = get('cluster');
  const namespace = get('namespace') || 'default';
  const service = get('service');
  const pod = get('pod');
  const container = get('container');
  const clusters = useTencentClusters(accountId, region);
  const services = useTencentServices(accountId, region, cluster);
  const pods = useTencentPods(accountId, region, cluster, namespace, service);
  return { ...url, list, account, accounts, accountId, region, cluster, namespace, service, pod, container, clusters, services, pods };
}
