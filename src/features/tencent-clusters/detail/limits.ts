import type { NodeRow, RequestLimits } from '../api/types';

export interface NodeLimitRow {
  ip: string;
  node?: NodeRow;
  cpuRequest: number;
  cpuLimit: number;
  memRequest: number;
  memLimit: number;
  /** Node allocatable capacity in cores and GiB, when the node is known. */
  cpu?: number;
  mem?: number;
}

/**
 * DescribeClusterRequestLimitInfo keys its per-node totals by the node's IP; nodes come from
 * DescribeClusterInstances. Requests and limits are in cores and GiB (fractional, although the
 * table types them Int).
 */
export function nodeLimits(info: RequestLimits | undefined, nodes: readonly NodeRow[] | undefined): NodeLimitRow[] {
  const byIp = new Map((nodes ?? []).map((n) => [n.lanIp ?? '', n]));
  return Object.entries(info?.requestLimitInfo ?? {})
    .map(([ip, v]) => {
      const node = byIp.get(ip);
      return { ip, node, cpuRequest: v.cpuRequest ?? 0, cpuLimit: v.cpuLimit ?? 0, memRequest: v.memRequest ?? 0, memLimit: v.memLimit ?? 0, cpu: cores(node?.cpu), mem: gib(node?.mem) };
    })
    .sort((a, b) => a.ip.localeCompare(b.ip, undefined, { numeric: true }));
}

/** The document reports node and cluster CPU in millicores and memory in Mi (lines 1342–1343, 1464–1465). */
export const cores = (millicores: number | undefined) => (millicores === undefined ? undefined : Math.round(millicores / 10) / 100);
export const gib = (mi: number | undefined) => (mi === undefined ? undefined : Math.round((mi / 1024) * 100) / 100);

/** Capacity of a bar: the cluster's (or node's) total, or at least the limit so the bar stays readable. */
export const capacityOf = (total: number | undefined, request: number, limit: number) => Math.max(total ?? 0, request, limit, 0.001);
