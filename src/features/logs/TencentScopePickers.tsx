import { Select } from 'antd';
import type { useTencentTarget } from './useTencentTarget';

type Target = ReturnType<typeof useTencentTarget>;
type Services = Target['services']['data'];

/** What choosing an account or a cluster clears below it. */
const BELOW_CLUSTER = { namespace: undefined, service: undefined, pod: undefined, container: undefined };

/**
 * The account · region and cluster pickers of the Tencent logs and monitoring pages: the same
 * lists and the same URL changes on both (labels come from each page's own dictionary).
 */
export function TencentScopePickers({ target, labels }: { target: Target; labels: { account: string; cluster: string } }) {
  const { list, account, region, cluster, clusters, set } = target;
  return (
    <>
      <Select
        aria-label={labels.account}
        style={{ minWidth: 200 }}
        value={account ? `${account.id}|${region}` : undefined}
        placeholder={labels.account}
        onChange={(v) => {
          const [a, r] = v.split('|');
          set({ account: a, region: r, cluster: undefined, ...BELOW_CLUSTER });
        }}
        options={list.flatMap((a) => a.regions.map((r) => ({ value: `${a.id}|${r}`, label: `${a.name} · ${r}` })))}
      />
      <Select
        aria-label={labels.cluster}
        style={{ minWidth: 200 }}
        showSearch
        loading={clusters.isLoading}
        placeholder={labels.cluster}
        value={cluster || undefined}
        onChange={(v) => set({ cluster: v, ...BELOW_CLUSTER })}
        options={(clusters.data?.clusters ?? []).map((c) => ({ value: c.clusterId ?? '', label: `${c.clusterName ?? ''} (${c.clusterId ?? ''})` }))}
      />
    </>
  );
}

/** The cluster's services as picker options, valued `namespace/name`. */
export const serviceOptions = (services: Services) =>
  (services?.services ?? []).map((s) => ({ value: `${s.namespace ?? 'default'}/${s.serviceName ?? ''}`, label: `${s.namespace ?? 'default'} / ${s.serviceName ?? ''}` }));
