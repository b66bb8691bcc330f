import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Flex, Select } from 'antd';
import { useAccounts } from '../../../app/accounts/useAccounts';
import type { AccountInfo } from '../../../app/session/api';
import { useClusters, useNamespaces } from '../api';
import { useTsvcT } from '../messages';

export interface ScopeValue {
  account?: string;
  region?: string;
  cluster?: string;
  /** '' = every namespace (list page only). */
  namespace: string;
}

const PARAMS = ['account', 'region', 'cluster', 'namespace'] as const;

/** Account, region, cluster and namespace kept in the URL, defaulting to the first of each. */
export function useUrlScope(defaultNamespace: string) {
  const [params, setParams] = useSearchParams();
  const accounts = useAccounts();
  const tencent = useMemo<AccountInfo[]>(() => (accounts.data ?? []).filter((a) => a.provider === 'tencent'), [accounts.data]);
  const account = tencent.find((a) => a.id === params.get('account')) ?? tencent[0];
  const region = account?.regions.includes(params.get('region') ?? '') ? params.get('region')! : account?.regions[0];
  const clusters = useClusters(account?.id, region);
  const wantedCluster = params.get('cluster');
  const cluster = clusters.data?.find((c) => c.clusterId === wantedCluster)?.clusterId ?? (wantedCluster && clusters.isLoading ? wantedCluster : clusters.data?.find((c) => c.status === 'Running')?.clusterId ?? clusters.data?.[0]?.clusterId);
  const namespace = params.has('namespace') ? params.get('namespace')! : defaultNamespace;
  const set = (patch: Partial<Record<(typeof PARAMS)[number], string | undefined>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined) next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  return { accounts, tencent, account, region, clusters, cluster, namespace, set };
}

export function ScopeBar({ scope, allowAll }: { scope: ReturnType<typeof useUrlScope>; allowAll?: boolean }) {
  const t = useTsvcT();
  const { tencent, account, region, clusters, cluster, namespace, set } = scope;
  const namespaces = useNamespaces(account?.id, region, cluster);
  // A namespace that the chosen cluster does not have falls back to default.
  useEffect(() => {
    if (namespace && namespaces.data && !namespaces.data.some((n) => n.name === namespace)) set({ namespace: allowAll ? '' : 'default' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [namespaces.data, namespace]);
  return (
    <Flex gap={8} wrap align="center">
      <Select
        aria-label={t('scope.account')}
        style={{ minWidth: 160 }}
        value={account?.id}
        options={tencent.map((a) => ({ value: a.id, label: a.name }))}
        onChange={(v) => set({ account: v, region: undefined, cluster: undefined })}
      />
      <Select aria-label={t('scope.region')} style={{ minWidth: 90 }} value={region} options={(account?.regions ?? []).map((r) => ({ value: r, label: r }))} onChange={(v) => set({ region: v, cluster: undefined })} />
      <Select
        aria-label={t('scope.cluster')}
        style={{ minWidth: 240 }}
        placeholder={t('scope.pickCluster')}
        loading={clusters.isLoading}
        value={cluster}
        showSearch
        optionFilterProp="label"
        options={(clusters.data ?? []).map((c) => ({ value: c.clusterId!, label: `${c.clusterName} (${c.clusterId}) · ${c.status}` }))}
        onChange={(v) => set({ cluster: v })}
      />
      <Select
        aria-label={t('scope.namespace')}
        style={{ minWidth: 160 }}
        loading={namespaces.isLoading}
        value={namespace}
        options={[...(allowAll ? [{ value: '', label: t('scope.allNamespaces') }] : []), ...(namespaces.data ?? []).map((n) => ({ value: n.name!, label: n.name! }))]}
        onChange={(v) => set({ namespace: v })}
      />
    </Flex>
  );
}
