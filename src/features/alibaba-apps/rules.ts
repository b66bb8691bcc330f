/**
 * Pure rules of the app pages, from the retailcloud document (004): the three environment-type
 * codings, the deploy configuration's Base64 YAML, the deploy and scale limits, status tones.
 * Each rule returns a message key (the words live in messages.ts), so forms show it beside the field.
 */
import type { AppsMessageKey } from './messages';

export type EnvKind = 'test' | 'online';

/** CreateEnvironment EnvType: 0 test, 1 production (line 614). */
export const createEnvType = (kind: EnvKind): 0 | 1 => (kind === 'online' ? 1 : 0);
/** ListAppEnvironment / DescribeAppEnvironmentDetail EnvType: 1 test, 2 production (lines 771, 940). */
export const kindOfListedEnv = (envType: unknown): EnvKind => (Number(envType) === 2 ? 'online' : 'test');
export const listEnvType = (kind: EnvKind): 1 | 2 => (kind === 'online' ? 2 : 1);

/** UTF-8 text as the Base64 the deploy-config calls take (CreateDeployConfig, UpdateDeployConfig). */
export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The reverse, for showing what a list answer holds should it come back encoded. */
export function fromBase64(value: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0)));
}

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'ConfigMap';

/** `kind:` at the top level of one YAML document. */
export function yamlKind(yaml: string): string | undefined {
  const m = /^kind:\s*["']?([A-Za-z]+)["']?\s*$/m.exec(yaml);
  return m?.[1];
}

/**
 * What the document asks of a YAML field: a native k8s object of the field's kind ("yaml格式的
 * Deployment配置文件", "k8s的ConfigMap的原生yaml配置"). YAML forbids tabs for indentation;
 * apiVersion and kind make it a k8s object. Empty is fine: every YAML field is optional.
 */
export function yamlProblem(yaml: string | undefined, kind: WorkloadKind): AppsMessageKey | undefined {
  const text = (yaml ?? '').trim();
  if (!text) return undefined;
  if (/^\t/m.test(yaml ?? '') || /^ *\t/m.test(yaml ?? '')) return 'rule.yamlTabs';
  if (text.startsWith('{') || text.startsWith('[')) return 'rule.yamlNotObject';
  if (!/^apiVersion:\s*\S+/m.test(text)) return 'rule.yamlApiVersion';
  const found = yamlKind(text);
  if (!found) return 'rule.yamlKind';
  if (found !== kind) return kind === 'ConfigMap' ? 'rule.yamlKindConfigMap' : kind === 'Deployment' ? 'rule.yamlKindDeployment' : 'rule.yamlKindStatefulSet';
  return undefined;
}

/** `---`-separated ConfigMaps, one list entry each (ConfigMapList.N). */
export function splitYamlDocuments(text: string): string[] {
  return text
    .split(/^---\s*$/m)
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => `${d}\n`);
}

export interface DeployConfigInput {
  Name?: string;
  EnvType?: EnvKind;
  CodePath?: string;
  Workload?: string;
  ConfigMaps?: string;
}

/**
 * CreateDeployConfig / UpdateDeployConfig rules (lines 1025-1033, 1313-1318): a name and an
 * environment type; the workload YAML is a Deployment for a stateless application and a
 * StatefulSet for a stateful one (the two may not be sent together); ConfigMaps are ConfigMaps.
 */
export function deployConfigProblems(v: DeployConfigInput, stateful: boolean, editing: boolean): Partial<Record<keyof DeployConfigInput, AppsMessageKey>> {
  const out: Partial<Record<keyof DeployConfigInput, AppsMessageKey>> = {};
  if (!editing && !v.Name?.trim()) out.Name = 'rule.required';
  if (!editing && !v.EnvType) out.EnvType = 'rule.required';
  const workload = yamlProblem(v.Workload, stateful ? 'StatefulSet' : 'Deployment');
  if (workload) out.Workload = workload;
  for (const doc of splitYamlDocuments(v.ConfigMaps ?? '')) {
    const p = yamlProblem(doc, 'ConfigMap');
    if (p) {
      out.ConfigMaps = p;
      break;
    }
  }
  return out;
}

/** The call's YAML parameters: the workload under the name the application's state type allows. */
export function deployConfigYamlParams(v: DeployConfigInput, stateful: boolean): { Deployment?: string; StatefulSet?: string; ConfigMapList?: string[] } {
  const out: { Deployment?: string; StatefulSet?: string; ConfigMapList?: string[] } = {};
  const workload = v.Workload?.trim();
  if (workload) out[stateful ? 'StatefulSet' : 'Deployment'] = toBase64(`${workload}\n`);
  const maps = splitYamlDocuments(v.ConfigMaps ?? '');
  if (maps.length) out.ConfigMapList = maps.map(toBase64);
  return out;
}

/** k8s namespaces are DNS-1123 labels of at most 63 characters (CreateApp Namespace). */
export const NAMESPACE_RULE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export interface AppInput {
  Title?: string;
  Namespace?: string;
}

/** CreateApp rules beyond the schema's enums: the title is unique (line 149), the namespace a k8s name. */
export function appProblems(v: AppInput, takenTitles: readonly string[]): Partial<Record<keyof AppInput, AppsMessageKey>> {
  const out: Partial<Record<keyof AppInput, AppsMessageKey>> = {};
  const title = v.Title?.trim() ?? '';
  if (!title) out.Title = 'rule.required';
  else if (takenTitles.includes(title)) out.Title = 'rule.titleTaken';
  const ns = v.Namespace?.trim();
  if (ns && (ns.length > 63 || !NAMESPACE_RULE.test(ns))) out.Namespace = 'rule.namespace';
  return out;
}

export interface EnvInput {
  EnvName?: string;
  kind?: EnvKind;
  AppSchemaId?: number;
  Region?: string;
  Replicas?: number | null;
}

/** CreateEnvironment (lines 611-616): every field required, replicas a whole number ≥ 0, names unique in the app. */
export function envProblems(v: EnvInput, takenNames: readonly string[], editing: boolean): Partial<Record<keyof EnvInput, AppsMessageKey>> {
  const out: Partial<Record<keyof EnvInput, AppsMessageKey>> = {};
  const name = v.EnvName?.trim() ?? '';
  if (!editing || v.EnvName !== undefined) {
    if (!name) out.EnvName = 'rule.required';
    else if (takenNames.includes(name)) out.EnvName = 'rule.envNameTaken';
  }
  if (!editing && !v.kind) out.kind = 'rule.required';
  if (!editing && v.AppSchemaId === undefined) out.AppSchemaId = 'rule.required';
  if (!editing && !v.Region?.trim()) out.Region = 'rule.required';
  if (v.Replicas === undefined || v.Replicas === null) {
    if (!editing) out.Replicas = 'rule.required';
  } else if (!Number.isInteger(v.Replicas) || v.Replicas < 0) out.Replicas = 'rule.replicas';
  return out;
}

export interface DeployInput {
  Name?: string;
  TotalPartitions?: number | null;
  DeployPacketUrl?: string;
  DeployPacketId?: number | null;
  PauseType?: 'first' | 'each' | 'none';
}

/**
 * DeployApp (lines 2836-2845): a name; batches a whole number ≥ 1; the package URL HTTP(S); when
 * the environment's configuration has a code path, the system downloads a package, so a URL or
 * a package id is needed (an empty CodePath needs none, line 1313).
 */
export function deployProblems(v: DeployInput, needsPackage: boolean): Partial<Record<keyof DeployInput, AppsMessageKey>> {
  const out: Partial<Record<keyof DeployInput, AppsMessageKey>> = {};
  if (!v.Name?.trim()) out.Name = 'rule.required';
  if (v.TotalPartitions === undefined || v.TotalPartitions === null) out.TotalPartitions = 'rule.required';
  else if (!Number.isInteger(v.TotalPartitions) || v.TotalPartitions < 1) out.TotalPartitions = 'rule.partitions';
  const url = v.DeployPacketUrl?.trim();
  if (url && !/^https?:\/\/\S+$/.test(url)) out.DeployPacketUrl = 'rule.packetUrl';
  if (v.DeployPacketId !== undefined && v.DeployPacketId !== null && (!Number.isInteger(v.DeployPacketId) || v.DeployPacketId < 0)) out.DeployPacketId = 'rule.packetId';
  if (needsPackage && !url && (v.DeployPacketId === undefined || v.DeployPacketId === null)) out.DeployPacketUrl = 'rule.packetNeeded';
  return out;
}

/** The document recommends at least two batches (line 2838): a warning, not a refusal. */
export const partitionsAdvice = (n: number | null | undefined): AppsMessageKey | undefined => (n === 1 ? 'deploy.oneBatchAdvice' : undefined);

/** ScaleApp Replicas (line 3117): a whole number ≥ 0, different from what runs now. */
export function scaleProblem(replicas: number | null | undefined, current: number | undefined): AppsMessageKey | undefined {
  if (replicas === undefined || replicas === null) return 'rule.required';
  if (!Number.isInteger(replicas) || replicas < 0) return 'rule.replicas';
  if (current !== undefined && replicas === current) return 'rule.scaleSame';
  return undefined;
}

/** Deploy order and pod Status (1 deploying, 2 paused, 3 finished) and Result (0, 1 ok, 2 failed, 4 closed). */
export type Tone = 'success' | 'processing' | 'default' | 'error' | 'warning';
export function orderTone(status: unknown, result: unknown): Tone {
  const s = Number(status);
  const r = Number(result);
  if (s === 1) return 'processing';
  if (s === 2) return 'warning';
  if (s === 3) return r === 1 ? 'success' : r === 2 || r === 4 ? 'error' : 'default';
  return 'default';
}
/** The key of an order's state word: paused and deploying by status, finished by result. */
export function orderStateKey(status: unknown, result: unknown): AppsMessageKey {
  const s = Number(status);
  const r = Number(result);
  if (s === 1) return 'order.status.1';
  if (s === 2) return 'order.status.2';
  if (r === 1) return 'order.result.1';
  if (r === 2) return 'order.result.2';
  if (r === 4) return 'order.result.4';
  return 'order.status.3';
}
/** An order is over once its status is 3 (finished): polling stops then. */
export const orderEnded = (status: unknown) => Number(status) === 3;

/** The document's times ("2019-04-03 12:00:00" or ISO "2019-04-03T12:00:00Z") as epoch ms. */
export function parseTime(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const s = String(value);
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2} \d/.test(s) ? s.replace(' ', 'T') : s);
  return Number.isNaN(ms) ? undefined : ms;
}

/** A pod's age the kubectl way: 45s, 12m, 5h, 3d. */
export function age(start: unknown, now: number): string {
  const ms = parseTime(start);
  if (ms === undefined) return '';
  const s = Math.max(0, Math.floor((now - ms) / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 120) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}

/** Elapsed seconds as "1m 05s". */
export function elapsed(seconds: unknown): string {
  const n = Number(seconds);
  if (!Number.isFinite(n) || n < 0) return '';
  const m = Math.floor(n / 60);
  const s = Math.floor(n % 60);
  return m ? `${m}m ${String(s).padStart(2, '0')}s` : `${s}s`;
}

/** One batch of a deploy order as the page shows it. */
export type BatchState = 'done' | 'running' | 'paused' | 'waiting' | 'failed';
export interface Batch {
  num: number;
  state: BatchState;
  pods: string[];
}

/**
 * The deploy order's batches: the emulator's DeployPartitionList (batch, status, pods) where the
 * answer has it, else derived from the order's CurrentPartitionNum and the pods' batch numbers.
 * A batch after the current one has not started: waiting, or paused when the order waits for ResumeDeploy.
 */
export function batchesOf(
  detail: { TotalPartitions?: unknown; CurrentPartitionNum?: unknown; Status?: unknown; Result?: unknown; DeployPartitionList?: unknown } | undefined,
  pods: readonly { AppInstanceId?: unknown; DeployPartitionNum?: unknown; Status?: unknown; Result?: unknown }[],
): Batch[] {
  if (!detail) return [];
  const listed = Array.isArray(detail.DeployPartitionList) ? (detail.DeployPartitionList as { PartitionNum?: unknown; Status?: unknown; AppInstanceIdList?: unknown }[]) : undefined;
  const total = Math.max(1, Number(detail.TotalPartitions) || 1);
  const current = Number(detail.CurrentPartitionNum) || 1;
  const orderStatus = Number(detail.Status);
  return Array.from({ length: total }, (_, i) => {
    const num = i + 1;
    const own = listed?.find((b) => Number(b.PartitionNum) === num);
    const batchPods = pods.filter((p) => Number(p.DeployPartitionNum) === num);
    const names = own && Array.isArray(own.AppInstanceIdList) ? own.AppInstanceIdList.map(String) : batchPods.map((p) => String(p.AppInstanceId ?? ''));
    const failed = batchPods.some((p) => Number(p.Result) === 2 || Number(p.Result) === 4);
    const finished = own ? Number(own.Status) === 3 : num < current || (batchPods.length > 0 && batchPods.every((p) => Number(p.Status) === 3));
    let state: BatchState;
    if (finished || (orderStatus === 3 && num <= current)) state = failed || (orderStatus === 3 && num === current && Number(detail.Result) !== 1 && Number(detail.Result) !== 0) ? 'failed' : 'done';
    else if (num > current) state = orderStatus === 2 && num === current + 1 ? 'paused' : 'waiting';
    else state = orderStatus === 2 ? 'paused' : orderStatus === 3 ? 'failed' : 'running';
    return { num, state, pods: names };
  });
}
