import type { z } from 'zod';
import { serviceStatus } from '../../../providers/netease/domain';
import { SERVICE_SPECS, type ServiceSpec } from '../../../providers/netease/operations/specs';

/** Where each zod issue of an operation's params points: 'service_info.replicas', 'service_container_infos.0.image_path', '' for the whole form. */
export function issuePaths(schema: z.ZodType, values: unknown): Map<string, string> {
  const result = schema.safeParse(values);
  const paths = new Map<string, string>();
  if (result.success) return paths;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!paths.has(path)) paths.set(path, issue.message);
  }
  return paths;
}

/** Whether any refused path starts with this prefix (a field and its sub-fields). */
export const refusedUnder = (paths: Map<string, string>, prefix: string) => [...paths.keys()].some((p) => p === prefix || p.startsWith(`${prefix}.`));

/** An action is running: the service answers in-progress words until it ends with `<action>_succ` (README). */
export const isTransitional = (status: string | undefined): boolean => {
  if (!status) return false;
  const neutral = serviceStatus(status);
  return neutral === 'pending' || neutral === 'updating' || neutral === 'deleting';
};

/** 9.7 sends three fields as JSON strings; an unreadable one shows as nothing rather than breaking the page. */
export function parseJsonField<T>(text: string | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export interface PortMap {
  protocol: 'TCP' | 'UDP';
  /** Container port. */
  source_port: number;
  /** Service port. */
  dest_port: number;
}

/** 9.7's `port_maps` string uses camelCase (`destPort`, `sourcePort`); 9.6 and the inputs use snake_case. */
export function detailPortMaps(text: string | undefined): PortMap[] {
  const raw = parseJsonField<Array<Record<string, unknown>>>(text, []);
  if (!Array.isArray(raw)) return [];
  return raw.map((p) => ({
    protocol: p.protocol === 'UDP' ? 'UDP' : 'TCP',
    source_port: Number(p.sourcePort ?? p.source_port ?? p.src_port),
    dest_port: Number(p.destPort ?? p.dest_port ?? p.dst_port),
  }));
}

export interface PublicNet {
  used: boolean;
  type: 'flow' | 'bandwidth';
  bandwidth: number;
}
export const detailPublicNet = (text: string | undefined): PublicNet => {
  const net = parseJsonField<Partial<PublicNet>>(text, {});
  return { used: net.used === true, type: net.type === 'bandwidth' ? 'bandwidth' : 'flow', bandwidth: Number(net.bandwidth ?? 0) };
};

export interface SpecInfo {
  id?: number;
  name?: string;
  /** Millicores. */
  cpu?: number;
  /** Bytes. */
  memory?: number;
  storage?: number;
  diskType?: string;
  price?: number;
}
export const detailSpec = (text: string | undefined): SpecInfo => parseJsonField<SpecInfo>(text, {});

export const specById = (id: number | undefined): ServiceSpec | undefined => SERVICE_SPECS.find((s) => s.id === id);

/** "1 core · 640 MB · ¥0.049/h" — 9.0's table, in the console's words. */
export function specSummary(spec: ServiceSpec, lang: 'en' | 'zh-CN'): string {
  const memory = spec.memoryMb >= 1024 ? `${spec.memoryMb / 1024} GB` : `${spec.memoryMb} MB`;
  const name = lang === 'en' ? spec.nameEn : spec.name;
  const cores = lang === 'en' ? `${spec.cpuCores} core${spec.cpuCores > 1 ? 's' : ''}` : `${spec.cpuCores} 核`;
  return `${spec.id} · ${name} · ${cores} · ${memory} · SSD ${spec.diskGb} GB · ¥${spec.pricePerHour}/${lang === 'en' ? 'h' : '小时'}`;
}

/**
 * Weights split evenly so they sum to 100 (9.5: 1-99 each with several containers, 100 alone).
 * The remainder goes to the first containers: 3 → 34, 33, 33.
 */
export function evenWeights(count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(100 / count);
  return Array.from({ length: count }, (_, i) => base + (i < 100 - base * count ? 1 : 0));
}

/** Which actions the document allows on which kind of service (the notices of 9.8-9.15). */
export type ServiceAction = 'scale' | 'image' | 'spec' | 'stateless' | 'stateful' | 'restart' | 'restartContainer' | 'ports' | 'delete';
const STATELESS_ONLY: ServiceAction[] = ['scale', 'image', 'spec', 'stateless'];
const STATEFUL_ONLY: ServiceAction[] = ['stateful', 'restart', 'restartContainer'];

/** Why an action cannot run now, or undefined when it can. */
export function blockedReason(action: ServiceAction, service: { stateful: number; status: string }): 'statelessOnly' | 'statefulOnly' | 'busy' | undefined {
  if (STATELESS_ONLY.includes(action) && service.stateful !== 0) return 'statelessOnly';
  if (STATEFUL_ONLY.includes(action) && service.stateful !== 1) return 'statefulOnly';
  // Deleting stays possible mid-action; everything else waits (the service refuses with 409).
  if (action !== 'delete' && isTransitional(service.status)) return 'busy';
  return undefined;
}

/** `hub.c.163.com/<user>/<repo>:<tag>` → repository part and tag. */
export function splitImagePath(path: string): { repository: string; tag: string } {
  const at = path.lastIndexOf(':');
  const slash = path.lastIndexOf('/');
  if (at <= slash) return { repository: path, tag: '' };
  return { repository: path.slice(0, at), tag: path.slice(at + 1) };
}

/** 9.12 changes tags within one repository only: the images a container may switch to. */
export function sameRepositoryImages(current: string, images: ReadonlyArray<{ image_path: string }>): string[] {
  const { repository } = splitImagePath(current);
  return [...new Set(images.map((i) => i.image_path).filter((p) => splitImagePath(p).repository === repository))];
}

/** A space is deletable when 9.2 says so; otherwise say why (the document: spaces with services cannot be deleted). */
export function spaceDeleteBlock(space: { deletable: boolean; display_name: string }, serviceCount: number | undefined): 'hasServices' | 'notDeletable' | undefined {
  if (space.deletable) return undefined;
  if (serviceCount && serviceCount > 0) return 'hasServices';
  return 'notDeletable';
}
