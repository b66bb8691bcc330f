import { SERVICE_SPECS } from '../../providers/netease/operations/specs';

/** "4", "2.5", "16Gi", "512Mi", "75%" → a number in the unit the caller reads (Gi for memory). */
export function quantity(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(Ki|Mi|Gi|Ti|m|%)?\s*$/.exec(String(value));
  if (!m) return undefined;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'Ki':
      return n / 1024 / 1024;
    case 'Mi':
      return n / 1024;
    case 'Ti':
      return n * 1024;
    case 'm':
      return n / 1000;
    default:
      return n;
  }
}

export interface NeteaseServiceRow {
  service_name: string;
  replicas: number;
  spec_id: number;
}

/** NetEase services of a space: replicas × the 9.0 spec, and the totals of the space. */
export function neteaseSpaceUsage(services: readonly NeteaseServiceRow[]) {
  const rows = services.map((s) => {
    const spec = SERVICE_SPECS.find((x) => x.id === s.spec_id);
    return { name: s.service_name, replicas: s.replicas, spec, cpu: (spec?.cpuCores ?? 0) * s.replicas, memoryMb: (spec?.memoryMb ?? 0) * s.replicas };
  });
  return { rows, cpu: rows.reduce((n, r) => n + r.cpu, 0), memoryMb: rows.reduce((n, r) => n + r.memoryMb, 0) };
}
