import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountClient } from '../../providers/core/client';
import { httpTransport } from '../../providers/core/transport';
import { tencentClient, unwrapTencent, type TencentClient, type TencentParams } from '../../providers/tencent/client';
import { resourceKeys } from '../shared/queryKeys';
import { ingressKeys } from '../ingresses/keys';

type Row = Record<string, unknown>;
const rows = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);

/** The typed Tencent client of one account, through the proxy (which signs). */
export const tencentApi = (accountId: string): TencentClient => tencentClient(accountClient(httpTransport, unwrapTencent, accountId));

export interface IngressRef {
  accountId: string;
  region: string;
  clusterId: string;
  namespace: string;
  name: string;
}

/** Clusters whose ingresses can be managed (Creating and Deleting ones cannot). */
const USABLE = new Set(['Running', 'Scaling', 'Upgrading', 'Abnormal']);

export function useTencentClusters(accountId: string | undefined, region: string | undefined) {
  return useQuery({
    queryKey: [...resourceKeys.clusters('tencent', accountId ?? '', region ?? ''), 'ingress-form'],
    enabled: !!accountId && !!region,
    queryFn: async () => {
      const data = (await tencentApi(accountId!).call('DescribeCluster', { offset: 0, limit: 100 }, region)) as Row;
      return rows(data?.clusters)
        .filter((c) => USABLE.has(String(c.status)))
        // Running clusters first: the form preselects the first one.
        .sort((a, b) => Number(b.status === 'Running') - Number(a.status === 'Running'))
        .map((c) => ({ id: String(c.clusterId), name: String(c.clusterName ?? c.clusterId), status: String(c.status) }));
    },
  });
}

export function useTencentNamespaces(accountId: string | undefined, region: string | undefined, clusterId: string | undefined) {
  return useQuery({
    queryKey: [...resourceKeys.scope('tencent', accountId ?? '', region ?? ''), 'namespaces', { clusterId }],
    enabled: !!accountId && !!region && !!clusterId,
    queryFn: async () => {
      const data = (await tencentApi(accountId!).call('DescribeClusterNameSpaces', { clusterId: clusterId! }, region)) as Row;
      return rows(data?.namespaces).map((n) => String(n.name));
    },
  });
}

/** The services a rule can forward to: DescribeClusterService of the ingress's namespace. */
export function useTencentServiceNames(accountId: string | undefined, region: string | undefined, clusterId: string | undefined, namespace: string | undefined) {
  return useQuery({
    queryKey: [...resourceKeys.scope('tencent', accountId ?? '', region ?? ''), 'services', { clusterId, namespace, for: 'ingress' }],
    enabled: !!accountId && !!region && !!clusterId && !!namespace,
    queryFn: async () => {
      const data = (await tencentApi(accountId!).call('DescribeClusterService', { clusterId: clusterId!, namespace: namespace! }, region)) as Row;
      return rows(data?.services).map((s) => String(s.serviceName));
    },
  });
}

/** One ingress: DescribeIngress of its namespace, then the one of that name (null when gone). */
export function useTencentIngress(ref: IngressRef) {
  return useQuery({
    queryKey: ingressKeys.tencentCluster(ref.accountId, ref.region, ref.clusterId, ref.namespace),
    queryFn: async () => {
      const data = (await tencentApi(ref.accountId).call('DescribeIngress', { clusterId: ref.clusterId, namespace: ref.namespace }, ref.region)) as Row;
      return rows(data?.ingressList);
    },
    select: (list) => list.find((i) => i.ingressName === ref.name) ?? null,
    // The VIP arrives a little after creation: look again until it is there.
    refetchInterval: (q) => (q.state.data?.some((i) => i.ingressName === ref.name && !i.ingressIp) ? 5000 : false),
  });
}

type Create = TencentParams<'CreateIngress'>;
type Modify = TencentParams<'ModifyIngress'>;

/** Create, modify and delete; afterwards every ingress query of the account and region refreshes. */
export function useIngressChanges(accountId: string | undefined, region: string | undefined) {
  const queryClient = useQueryClient();
  const settled = () => (accountId ? queryClient.invalidateQueries({ queryKey: ingressKeys.all('tencent', accountId, region ?? '') }) : undefined);
  const api = () => {
    if (!accountId) throw new Error('no Tencent account');
    return tencentApi(accountId);
  };
  return {
    create: useMutation({ mutationFn: (p: Create) => api().call('CreateIngress', p, region), onSettled: settled }),
    modify: useMutation({ mutationFn: (p: Modify) => api().call('ModifyIngress', p, region), onSettled: settled }),
    remove: useMutation({
      mutationFn: (p: { clusterId: string; namespace: string; ingressName: string }) => api().call('DeleteIngress', p, region),
      onSettled: settled,
    }),
  };
}

export interface ClusterRef {
  accountId: string;
  region: string;
  clusterId: string;
  namespace: string;
}

/** The ports a rule can forward to: DescribeClusterServiceInfo's port mappings (service and container ports). */
export function useServicePorts(ref: ClusterRef | undefined, serviceName: string | undefined) {
  return useQuery({
    queryKey: [...resourceKeys.scope('tencent', ref?.accountId ?? '', ref?.region ?? ''), 'service-ports', { clusterId: ref?.clusterId, namespace: ref?.namespace, serviceName }],
    enabled: !!ref && !!serviceName,
    staleTime: 60_000,
    queryFn: async () => {
      const data = (await tencentApi(ref!.accountId).call('DescribeClusterServiceInfo', { clusterId: ref!.clusterId, namespace: ref!.namespace, serviceName: serviceName! }, ref!.region)) as Row;
      const service = (data?.service ?? {}) as Row;
      const ports = rows(service.portMappings).flatMap((m) => [m.lbPort, m.containerPort]).filter((p): p is number => typeof p === 'number' && p > 0);
      return [...new Set(ports)].sort((a, b) => a - b);
    },
  });
}
