import { useMemo } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountClient } from '../../providers/core/client';
import { httpTransport } from '../../providers/core/transport';
import { tencentClient, unwrapTencent, type TencentClient, type TencentResult } from '../../providers/tencent/client';
import { resourceKeys } from '../shared/queryKeys';
import { isSettling, serviceOf } from './rules';

/** One service: the path of its detail page. */
export interface ServiceRef {
  accountId: string;
  region: string;
  clusterId: string;
  namespace: string;
  serviceName: string;
}

export const clientFor = (accountId: string): TencentClient => tencentClient(accountClient(httpTransport, unwrapTencent, accountId));

export function useTencentClient(accountId: string | undefined): TencentClient | undefined {
  return useMemo(() => (accountId ? clientFor(accountId) : undefined), [accountId]);
}

/**
 * Keys under the shared (provider, account, region) root: invalidating the root after a change
 * refreshes these and the cross-cloud Services page of that account and region.
 */
export const tsvcKeys = {
  root: (accountId: string, region: string) => resourceKeys.scope('tencent', accountId, region),
  clusters: (accountId: string, region: string) => [...tsvcKeys.root(accountId, region), 'tsvc', 'clusters'] as const,
  namespaces: (accountId: string, region: string, clusterId: string) => [...tsvcKeys.root(accountId, region), 'tsvc', 'namespaces', clusterId] as const,
  list: (accountId: string, region: string, clusterId: string, namespace: string) => [...tsvcKeys.root(accountId, region), 'tsvc', 'services', clusterId, namespace] as const,
  service: (r: ServiceRef) => [...tsvcKeys.root(r.accountId, r.region), 'tsvc', 'service', r.clusterId, r.namespace, r.serviceName] as const,
  registry: (accountId: string) => [...resourceKeys.scope('tencent', accountId, 'ccr'), 'tsvc', 'repos'] as const,
  tags: (accountId: string, reponame: string) => [...resourceKeys.scope('tencent', accountId, 'ccr'), 'tsvc', 'tags', reponame] as const,
};

const PAGE = 100;

export function useClusters(accountId: string | undefined, region: string | undefined) {
  const client = useTencentClient(accountId);
  return useQuery({
    queryKey: tsvcKeys.clusters(accountId ?? '', region ?? ''),
    enabled: !!client && !!region,
    queryFn: async () => {
      const rows: NonNullable<TencentResult<'DescribeCluster'>['clusters']> = [];
      for (let offset = 0; ; offset += PAGE) {
        const r = await client!.DescribeCluster({ offset, limit: PAGE, orderField: 'createdAt', orderType: 'desc' }, region);
        rows.push(...(r.clusters ?? []));
        if ((r.clusters ?? []).length < PAGE || rows.length >= (r.totalCount ?? 0)) return rows;
      }
    },
  });
}

export function useNamespaces(accountId: string | undefined, region: string | undefined, clusterId: string | undefined) {
  const client = useTencentClient(accountId);
  return useQuery({
    queryKey: tsvcKeys.namespaces(accountId ?? '', region ?? '', clusterId ?? ''),
    enabled: !!client && !!region && !!clusterId,
    queryFn: async () => (await client!.DescribeClusterNameSpaces({ clusterId: clusterId! }, region)).namespaces ?? [],
  });
}

/** `namespace` empty = every namespace (allnamespace=1). */
export function useServiceList(accountId: string | undefined, region: string | undefined, clusterId: string | undefined, namespace: string) {
  const client = useTencentClient(accountId);
  return useQuery({
    queryKey: tsvcKeys.list(accountId ?? '', region ?? '', clusterId ?? '', namespace),
    enabled: !!client && !!region && !!clusterId,
    queryFn: async () => {
      const r = await client!.DescribeClusterService({ clusterId: clusterId!, namespace: namespace || 'default', allnamespace: namespace ? 0 : 1 }, region);
      return r.services ?? [];
    },
    refetchInterval: (q) => (q.state.data?.some((s) => isSettling(s)) ? 3000 : false),
  });
}

const base = (r: ServiceRef) => ({ clusterId: r.clusterId, namespace: r.namespace, serviceName: r.serviceName });

/** The detail; polled every 2 s while a rollout runs or while `watch` is on. */
export function useServiceInfo(ref: ServiceRef, watch: boolean) {
  const client = useTencentClient(ref.accountId)!;
  return useQuery({
    queryKey: [...tsvcKeys.service(ref), 'info'],
    queryFn: async () => serviceOf(await client.DescribeClusterServiceInfo(base(ref), ref.region)),
    refetchInterval: (q) => (watch || isSettling(q.state.data) ? 2000 : false),
  });
}

export type InstanceRow = NonNullable<TencentResult<'DescribeServiceInstance'>['instances']>[number];

export function useInstances(ref: ServiceRef, watch: boolean) {
  const client = useTencentClient(ref.accountId)!;
  return useQuery({
    queryKey: [...tsvcKeys.service(ref), 'instances'],
    queryFn: async () => {
      const rows: InstanceRow[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const r = await client.DescribeServiceInstance({ clusterId: ref.clusterId, namespace: ref.namespace, serviceName: ref.serviceName, offset, limit: PAGE }, ref.region);
        rows.push(...(r.instances ?? []));
        if ((r.instances ?? []).length < PAGE || rows.length >= (r.totalCount ?? 0)) return rows;
      }
    },
    refetchInterval: watch ? 2000 : false,
  });
}

export function useEvents(ref: ServiceRef, enabled: boolean, watch: boolean) {
  const client = useTencentClient(ref.accountId)!;
  return useQuery({
    queryKey: [...tsvcKeys.service(ref), 'events'],
    enabled,
    queryFn: async () => (await client.DescribeServiceEvent(base(ref), ref.region)).eventList ?? [],
    refetchInterval: watch ? 4000 : false,
  });
}

export function useServiceText(ref: ServiceRef, enabled: boolean) {
  const client = useTencentClient(ref.accountId)!;
  return useQuery({
    queryKey: [...tsvcKeys.service(ref), 'text'],
    enabled,
    queryFn: () => client.DescribeClusterServiceText({ ...base(ref), bSimple: 0 }, ref.region),
  });
}

/** The account's registry repositories and their tags, for the image picker. */
export function useRegistryRepos(accountId: string | undefined, region: string | undefined, enabled: boolean) {
  const client = useTencentClient(accountId);
  return useQuery({
    queryKey: tsvcKeys.registry(accountId ?? ''),
    enabled: enabled && !!client,
    queryFn: async () => {
      const rows: NonNullable<TencentResult<'SearchUserRepository'>['repoInfo']> = [];
      for (let offset = 0; ; offset += PAGE) {
        const r = await client!.SearchUserRepository({ offset, limit: PAGE }, region);
        rows.push(...(r.repoInfo ?? []));
        if ((r.repoInfo ?? []).length < PAGE || rows.length >= Number(r.totalCount ?? 0)) return rows;
      }
    },
  });
}

export function useRegistryTags(accountId: string | undefined, region: string | undefined, reponame: string | undefined) {
  const client = useTencentClient(accountId);
  return useQuery({
    queryKey: tsvcKeys.tags(accountId ?? '', reponame ?? ''),
    enabled: !!client && !!reponame,
    queryFn: async () => {
      const r = await client!.GetTagList({ reponame: reponame!, offset: 0, limit: 100 }, region);
      const tags = [...(r.tagInfo ?? [])].sort((a, b) => (b.pushTime ?? '').localeCompare(a.pushTime ?? ''));
      return { server: r.server, tags };
    },
  });
}

/**
 * A change to one account/region: on success every list of that scope refreshes (one prefix),
 * the caller shows the provider's answer and starts watching the rollout.
 */
export function useChange<V, R>(accountId: string, region: string, run: (client: TencentClient, vars: V) => Promise<R>, onDone?: (result: R, vars: V) => void) {
  const client = useTencentClient(accountId)!;
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => run(client, vars),
    onSuccess: (result, vars) => {
      onDone?.(result, vars);
      // Not awaited: the lists refresh in the background while the rollout is polled; the action
      // is done (and its button free again) as soon as the provider accepted it.
      void qc.invalidateQueries({ queryKey: tsvcKeys.root(accountId, region) });
    },
  });
}
