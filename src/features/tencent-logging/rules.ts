/**
 * The log collector form and its rules, from the document's "收集和消费选项" tables (seed lines
 * 5463–5607, 5709–5862): which inputOption and outputOption fields each inputType and outputType
 * takes, and which are required.
 */
export const INPUT_TYPES = ['container-log', 'host-log'] as const;
export const OUTPUT_TYPES = ['kafka', 'ckafka', 'cls'] as const;
export type InputType = (typeof INPUT_TYPES)[number];
export type OutputType = (typeof OUTPUT_TYPES)[number];

export interface NamespaceChoice {
  namespace?: string;
  allContainers?: boolean;
  services?: string[];
}

export interface CollectorForm {
  name?: string;
  description?: string;
  inputType?: InputType;
  allNamespaces?: boolean;
  namespaces?: NamespaceChoice[];
  path?: string;
  labels?: { key?: string; value?: string }[];
  outputType?: OutputType;
  host?: string;
  port?: number | string;
  topic?: string;
  instanceId?: string;
  topicId?: string;
  logsetId?: string;
}

/** Output fields per type, in the document's order; every one is required ("必选 是"). */
export const OUTPUT_FIELDS: Record<OutputType, readonly ('host' | 'port' | 'topic' | 'instanceId' | 'topicId' | 'logsetId')[]> = {
  kafka: ['host', 'port', 'topic'],
  ckafka: ['instanceId', 'topicId', 'host', 'port', 'topic'],
  cls: ['logsetId', 'topicId'],
};

/** Why a field is refused: a dictionary key suffix (`rule.<reason>`). */
export type Refusal = 'required' | 'name' | 'taken' | 'port' | 'absolute' | 'duplicate' | 'chooseService';

/**
 * The document says only "unique in the cluster"; the rule is a Kubernetes object, and the
 * emulator (like the cluster) takes a DNS label: lower-case letters, digits and "-", ≤ 63.
 */
export const NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';

/** Every refused field of the form, keyed by its form path ("namespaces.0.services", "port"). */
export function validateCollector(f: CollectorForm, mode: 'create' | 'update'): Record<string, Refusal> {
  const out: Record<string, Refusal> = {};
  const name = (f.name ?? '').trim();
  if (mode === 'create') {
    if (!name) out.name = 'required';
    else if (name.length > 63 || !NAME_PATTERN.test(name)) out.name = 'name';
  }
  if (!f.inputType) out.inputType = 'required';
  if (f.inputType === 'container-log' && f.allNamespaces === false) {
    const list = f.namespaces ?? [];
    if (list.length === 0) out.namespaces = 'required';
    const seen = new Set<string>();
    list.forEach((n, i) => {
      if (blank(n.namespace)) out[`namespaces.${i}.namespace`] = 'required';
      else if (seen.has(n.namespace!)) out[`namespaces.${i}.namespace`] = 'duplicate';
      else seen.add(n.namespace!);
      if (n.allContainers === false && !(n.services ?? []).length) out[`namespaces.${i}.services`] = 'chooseService';
    });
  }
  if (f.inputType === 'host-log') {
    const path = (f.path ?? '').trim();
    if (!path) out.path = 'required';
    else if (!path.startsWith('/')) out.path = 'absolute';
    const keys = new Set<string>();
    (f.labels ?? []).forEach((l, i) => {
      const key = (l.key ?? '').trim();
      if (!key) out[`labels.${i}.key`] = 'required';
      else if (keys.has(key)) out[`labels.${i}.key`] = 'duplicate';
      else keys.add(key);
      if (blank(l.value)) out[`labels.${i}.value`] = 'required';
    });
  }
  if (!f.outputType) out.outputType = 'required';
  else
    for (const field of OUTPUT_FIELDS[f.outputType]) {
      const v = f[field];
      if (blank(v)) out[field] = 'required';
      else if (field === 'port') {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 65535) out.port = 'port';
      }
    }
  return out;
}

/**
 * The call's parameters (nested; the client writes the dotted wire form). CLS's topic is
 * `topicID` in CreateLogCollector's table and `topicId` in UpdateLogCollector's example.
 */
export function collectorParams(f: CollectorForm, clusterId: string, mode: 'create' | 'update'): Record<string, unknown> {
  const inputOption: Record<string, unknown> = {};
  if (f.inputType === 'container-log') {
    inputOption.allNamespaces = f.allNamespaces !== false;
    if (f.allNamespaces === false)
      inputOption.namespaces = (f.namespaces ?? []).map((n) => ({
        namespace: (n.namespace ?? '').trim(),
        allContainers: n.allContainers !== false,
        ...(n.allContainers === false ? { services: n.services ?? [] } : {}),
      }));
  } else {
    inputOption.path = (f.path ?? '').trim();
    const labels = (f.labels ?? []).filter((l) => (l.key ?? '').trim());
    if (labels.length) inputOption.labels = Object.fromEntries(labels.map((l) => [(l.key ?? '').trim(), (l.value ?? '').trim()]));
  }
  const outputOption: Record<string, unknown> = {};
  for (const field of OUTPUT_FIELDS[f.outputType ?? 'kafka']) {
    const v = f[field];
    const key = field === 'topicId' && f.outputType === 'cls' && mode === 'create' ? 'topicID' : field;
    outputOption[key] = field === 'port' ? Number(v) : String(v ?? '').trim();
  }
  return {
    clusterId,
    name: (f.name ?? '').trim(),
    ...(mode === 'update' && (f.description ?? '').trim() ? { description: (f.description ?? '').trim() } : {}),
    inputType: f.inputType,
    outputType: f.outputType,
    inputOption,
    outputOption,
  };
}

type Rec = Record<string, unknown>;
const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/** A collector as the API returns it, back into the form (for editing). */
export function formFromCollector(c: Rec): CollectorForm {
  const input = (c.inputOption ?? {}) as Rec;
  const output = (c.outputOption ?? {}) as Rec;
  const inputType = (str(c.inputType) as InputType) ?? 'container-log';
  return {
    name: str(c.name),
    description: str(c.description),
    inputType,
    allNamespaces: input.allNamespaces !== false,
    namespaces: ((input.namespaces ?? []) as Rec[]).map((n) => ({ namespace: str(n.namespace), allContainers: n.allContainers !== false, services: ((n.services ?? []) as unknown[]).map(String) })),
    path: str(input.path),
    labels: Object.entries((input.labels ?? {}) as Rec).map(([key, value]) => ({ key, value: str(value) })),
    outputType: (str(c.outputType) as OutputType) ?? 'kafka',
    host: str(output.host),
    port: output.port === undefined ? undefined : Number(output.port),
    topic: str(output.topic),
    instanceId: str(output.instanceId),
    topicId: str(output.topicId ?? output.topicID),
    logsetId: str(output.logsetId),
  };
}

/** One line for the table: what is collected. */
export function sourceSummary(c: Rec, all: string): string {
  const input = (c.inputOption ?? {}) as Rec;
  if (c.inputType === 'host-log') {
    const labels = Object.entries((input.labels ?? {}) as Rec).map(([k, v]) => `${k}=${String(v)}`);
    return [String(input.path ?? ''), ...labels].filter(Boolean).join(' · ');
  }
  if (input.allNamespaces !== false) return all;
  return ((input.namespaces ?? []) as Rec[])
    .map((n) => (n.allContainers === false ? `${String(n.namespace)}/{${((n.services ?? []) as unknown[]).join(',')}}` : `${String(n.namespace)}/*`))
    .join(' · ');
}

/** One line for the table: where it goes. */
export function destinationSummary(c: Rec): string {
  const o = (c.outputOption ?? {}) as Rec;
  if (c.outputType === 'cls') return `${String(o.logsetId ?? '')} / ${String(o.topicId ?? o.topicID ?? '')}`;
  const target = `${String(o.host ?? '')}:${String(o.port ?? '')} → ${String(o.topic ?? '')}`;
  return c.outputType === 'ckafka' ? `${String(o.instanceId ?? '')} · ${target}` : target;
}
