import type { TencentScope } from './scope';
import type { AsgRow, ClusterRow, HubRow, NodeRow } from './types';

const PAGE = 100;

async function all<R>(load: (offset: number) => Promise<{ rows: R[]; total?: number }>): Promise<R[]> {
  const rows: R[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await load(offset);
    rows.push(...page.rows);
    if (page.rows.length < PAGE || rows.length >= (page.total ?? 0)) return rows;
  }
}

/** One cluster by id (DescribeCluster's clusterIds filter); undefined once it is gone. */
export async function fetchCluster(s: TencentScope, clusterId: string): Promise<ClusterRow | null> {
  const r = await s.client.DescribeCluster({ clusterIds: [clusterId], orderField: 'createdAt', orderType: 'desc', offset: 0, limit: 20 }, s.region);
  return (r.clusters ?? []).find((c) => c.clusterId === clusterId) ?? null;
}

export const fetchClusters = (s: TencentScope) =>
  all(async (offset) => {
    const r = await s.client.DescribeCluster({ orderField: 'createdAt', orderType: 'desc', offset, limit: PAGE }, s.region);
    return { rows: r.clusters ?? [], total: r.totalCount };
  });

export const fetchNodes = (s: TencentScope, clusterId: string): Promise<NodeRow[]> =>
  all(async (offset) => {
    const r = await s.client.DescribeClusterInstances({ clusterId, offset, limit: PAGE, namespace: 'default' }, s.region);
    return { rows: r.nodes ?? [], total: r.totalCount };
  });

export const fetchHubs = (s: TencentScope, clusterId: string): Promise<HubRow[]> =>
  all(async (offset) => {
    const r = await s.client.DescribeHubInfo({ clusterId, offset, limit: PAGE }, s.region);
    return { rows: (r.hubs ?? []) as HubRow[], total: r.totalCount };
  });

/** The document's label list `[{key, value}]` (or a plain map) as a map. */
export function labelMap(label: unknown): Record<string, string> {
  if (Array.isArray(label)) {
    const out: Record<string, string> = {};
    for (const item of label) if (item && typeof item === 'object' && 'key' in item) out[String((item as { key: unknown }).key)] = String((item as { value?: unknown }).value ?? '');
    return out;
  }
  if (label && typeof label === 'object') return Object.fromEntries(Object.entries(label).map(([k, v]) => [k, String(v ?? '')]));
  return {};
}

/** DescribeClusterAsg's answer is an object, or (as one example prints it) a list of them. */
export function asgRows(data: unknown): { rows: AsgRow[]; total: number } {
  const blocks = (Array.isArray(data) ? data : [data]) as { totalCount?: number; asgInfo?: Record<string, unknown>[] }[];
  const rows = blocks.flatMap((b) => b?.asgInfo ?? []).map((g) => ({ ...(g as unknown as AsgRow), autoScalingGroupId: String(g.autoScalingGroupId), label: labelMap(g.label) }));
  return { rows, total: blocks.reduce((n, b) => n + (b?.totalCount ?? 0), 0) };
}

export const fetchAsgs = (s: TencentScope, clusterId: string): Promise<AsgRow[]> =>
  all(async (offset) => asgRows(await s.client.DescribeClusterAsg({ clusterId, offset, limit: PAGE }, s.region)));
