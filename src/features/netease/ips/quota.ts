import { IP_TYPES } from '../../../providers/netease/operations';
import type { IpQuota } from '../shared/types';

export type IpType = (typeof IP_TYPES)[number];

export interface TypeQuota {
  type: IpType;
  quota: number;
  used: number;
  /** How many more of this type 8.1 may allocate. */
  free: number;
}

/**
 * 8.4 per type. The table types `quota` as String while the example prints a number, so both
 * are read; a type the answer leaves out has no room.
 */
export function typeQuotas(answer: IpQuota | undefined): TypeQuota[] {
  return IP_TYPES.map((type) => {
    const entry = answer?.quotas.find((q) => q.type === type);
    const quota = Number(entry?.quota ?? 0) || 0;
    const used = Number(entry?.used ?? 0) || 0;
    return { type, quota, used, free: Math.max(0, quota - used) };
  });
}

/** Which counts exceed their type's free quota (8.1 would allocate fewer than asked). */
export function overQuota(counts: Partial<Record<IpType, number | null>>, quotas: readonly TypeQuota[]): IpType[] {
  return quotas.filter((q) => (counts[q.type] ?? 0) > q.free).map((q) => q.type);
}
