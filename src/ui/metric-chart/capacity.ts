/** Shares of capacity for a requests/limits bar, as percentages clamped to 0..100 for drawing. */
export interface CapacityShares {
  used?: number;
  request?: number;
  limit?: number;
  /** Limits above capacity (Kubernetes allows over-commit): worth a warning colour. */
  overcommitted: boolean;
}

export function capacityShares(capacity: number, values: { used?: number; request?: number; limit?: number }): CapacityShares {
  const share = (v: number | undefined) => (v === undefined || !(capacity > 0) ? undefined : Math.max(0, Math.min(100, (v / capacity) * 100)));
  return {
    used: share(values.used),
    request: share(values.request),
    limit: share(values.limit),
    overcommitted: capacity > 0 && values.limit !== undefined && values.limit > capacity,
  };
}
