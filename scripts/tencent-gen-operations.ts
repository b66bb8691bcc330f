/**
 * Development-time generator: reads ../shared/catalog/tencent.json and writes one TypeScript file
 * of operation definitions per catalog group into src/providers/tencent/operations/generated/.
 * The generated files are committed; nothing reads the catalog at run time.
 *
 *   npx tsx scripts/tencent-gen-operations.ts
 *
 * Parameter rules come from the catalog's types and its free-text `constraints` (enum, default,
 * ranges, lengths, regex). Conditional requirements ("required iff …", "when inputType=…") are
 * left optional here and enforced by the emulator's handlers. Response schemas are loose objects
 * whose leaves accept the table's type and, where the document's example contradicts the table,
 * the example's type as well (the examples show what the service emits).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface CatalogParam {
  name: string;
  type: string | null;
  required: boolean | null;
  constraints: string | null;
  description_en?: string;
  likely_intended_name?: string;
  aliases?: string[];
}
interface CatalogField {
  name: string;
  type: string | null;
}
interface CatalogOp {
  action: string;
  mock_accept_actions: string[];
  summary_en: string;
  seed_lines: [number, number];
  group: string;
  kind: string;
  host: string;
  params: CatalogParam[];
  response_fields: CatalogField[] | null;
  example_response: unknown;
  example_response_valid_json: boolean;
  example_response_repaired: unknown;
}

const root = resolve(import.meta.dirname, '..');
const catalog = JSON.parse(readFileSync(resolve(root, '../shared/catalog/tencent.json'), 'utf8')) as { operations: CatalogOp[] };
// TENCENT_GEN_OUT lets the drift test generate into a scratch folder and compare.
const outDir = process.env.TENCENT_GEN_OUT ?? resolve(root, 'src/providers/tencent/operations/generated');

/** Hand decisions where the catalog's table and the document's intent differ (see README). */
const PARAM_RENAMES: Record<string, Record<string, string>> = {
  // "vpclid" is an OCR of vpcId; the emulator still accepts the printed spelling.
  CreateCluster: { vpclid: 'vpcId' },
  // "cluserName" is a typo of clusterName; the emulator accepts both.
  ModifyClusterAttributes: { cluserName: 'clusterName' },
  // The table writes instanceIds.N; the example InstanceIds.0. Console name: instanceIds.
  ModifyClusterNodeSchedulable: { 'instanceIds.N': 'instanceIds.n' },
};
/** Spellings the emulator accepts besides the defined name (document typos and example forms). */
const PARAM_ALIASES: Record<string, Record<string, string[]>> = {
  CreateCluster: { vpcId: ['vpclid', 'vpclId'] },
  ModifyClusterAttributes: { clusterName: ['cluserName'] },
  ModifyClusterNodeSchedulable: { instanceIds: ['InstanceIds'] },
  ModifyServiceReplicas: { scaleTo: ['replicas'] },
  AddFavor: { reptype: ['repotype'] },
  DeleteFavor: { reptype: ['repotype'] },
  BatchDeleteFavor: { favors: ['favours'] },
  AddHubInfo: { namespaces: ['namespace'] },
  // The UpdateLogCollector example drops the option prefixes (namespaces.0.namespace, topicId).
  UpdateLogCollector: { 'inputOption.namespaces': ['namespaces'], 'outputOption.topicId': ['topicId'], 'outputOption.logsetId': ['logsetId'] },
};
/** Objects whose fields depend on another parameter (inputType/outputType): unknown fields are kept. */
const OPEN_OBJECTS = new Set(['inputOption', 'outputOption']);
/** Parameters typed as arrays or objects whose wire form is `name.<key>=<value>` (string maps). */
const MAP_PARAMS = new Set(['label', 'labels@ModifyServiceLabels', 'inputOption.labels']);
/** Parameters whose catalog type is wrong for the values the document lists. */
const TYPE_FIXES: Record<string, string> = {
  'ModifyClusterAsgScaleDown.expander': 'String', // enum random|most-pods|least-waste
  'GetMonitorData.period': 'Int',
};
/** Enums the table states in prose rather than as "enum a|b" (the registry region codes). */
const ENUM_FIXES: Record<string, string[]> = {
  'AddUpdateServiceTrigger.clusterRegion': ['1', '4', '5', '7', '8', '9', '16'],
  // "see enums.cluster_status"
  'DescribeCluster.status': ['Creating', 'Running', 'Deleting', 'Scaling', 'Upgrading', 'Isolated', 'Abnormal'],
};
/** Required in the table but documented with a default ("default 1 … (but marked required)"). */
const OPTIONAL_WITH_DEFAULT = new Set(['AddClusterInstances.goodsNum', 'AddClusterInstances.rootSize']);

const INT_TYPES = /^(int|uint|integer|uint\/float)$/i;
const ARRAY_TYPES = /array|\[\]|数组/i;

interface PNode {
  leaf?: CatalogParam;
  array?: boolean;
  element?: PNode;
  children: Map<string, PNode>;
}
const newNode = (): PNode => ({ children: new Map() });

function parseEnum(constraints: string): string[] | null {
  const m = /enum\s+([^;(]+)/.exec(constraints);
  if (!m) return null;
  const values = m[1]
    .split('|')
    .map((v) => v.trim().replace(/^"|"$/g, '').trim())
    .filter(Boolean);
  return values.length ? values : null;
}

function parseDefault(constraints: string, isInt: boolean, enumValues: string[] | null): string | number | null {
  const m = /default\s+("([^"]*)"|([^;\s(]+))/.exec(constraints);
  if (!m) return null;
  if (/default\s+\S+\s+when/.test(constraints)) return null;
  const raw = m[2] ?? m[3];
  if (isInt) return /^-?\d+$/.test(raw) ? Number(raw) : null;
  if (enumValues && !enumValues.includes(raw)) return null;
  if (!enumValues && m[2] === undefined && !/^[\w./-]+$/.test(raw)) return null;
  return raw;
}

function leafCode(op: string, p: CatalogParam, type: string): string {
  const c = p.constraints ?? '';
  const isInt = INT_TYPES.test(type);
  const isBool = /^bool/i.test(type);
  const enumValues = ENUM_FIXES[`${op}.${p.name}`] ?? parseEnum(c);
  let code: string;
  if (isBool) code = 'bool()';
  else if (/^datetime$/i.test(type)) code = 'datetime()';
  else if (isInt && enumValues && enumValues.every((v) => /^-?\d+$/.test(v))) code = `intEnum([${enumValues.join(', ')}])`;
  else if (enumValues) code = `strEnum(${JSON.stringify(enumValues)})`;
  else if (isInt) {
    const range = /(?:^|[\s;])(\d+)-(\d+)(?!\S*\.)/.exec(c);
    // "min 100; 0 = unlimited": 0 stays allowed, the emulator checks the minimum otherwise.
    const zeroAllowed = /0(\/omitted)? = unlimited/.test(c);
    const min = zeroAllowed ? undefined : (/(?:^|;\s*)min (\d+)/.exec(c)?.[1] ?? (/> ?0\b/.test(c) ? '1' : range?.[1]));
    const max = /max (\d+)/.exec(c)?.[1] ?? range?.[2];
    const opts = [min !== undefined ? `min: ${min}` : '', max !== undefined ? `max: ${max}` : ''].filter(Boolean).join(', ');
    code = opts ? `int({ ${opts} })` : 'int()';
  } else {
    const len = /length (\d+)-(\d+)/.exec(c);
    const maxLen = /length <= (\d+)/.exec(c)?.[1];
    const regex = /regex (\S+)/.exec(c)?.[1];
    const opts = [
      len ? `min: ${len[1]}, max: ${len[2]}` : '',
      maxLen ? `max: ${maxLen}` : '',
      regex ? `regex: /${regex.replace(/;$/, '')}/` : '',
    ]
      .filter(Boolean)
      .join(', ');
    code = opts ? `str({ ${opts} })` : 'str()';
  }
  // Datetime defaults are words ("today 00:00:00", "now"): the emulator computes them.
  const dflt = /^datetime$/i.test(type) ? null : parseDefault(c, isInt, enumValues);
  const conditional = /required iff|^when |; when |\(but marked required\)/.test(c) || /when input|when output/.test(c);
  const required = p.required === true && !conditional && !OPTIONAL_WITH_DEFAULT.has(`${op}.${p.name}`);
  if (dflt !== null && !required) return `${code}.default(${JSON.stringify(dflt)})`;
  return required ? code : `${code}.optional()`;
}

function paramTree(op: CatalogOp): PNode {
  const tree = newNode();
  const renames = PARAM_RENAMES[op.action] ?? {};
  for (const original of op.params) {
    const p = { ...original, name: renames[original.name] ?? original.name };
    const segments = p.name.split('.');
    let node = tree;
    segments.forEach((seg, i) => {
      if (seg === 'n' || seg === 'N') {
        node.array = true;
        node.element ??= newNode();
        node = node.element;
      } else {
        if (!node.children.has(seg)) node.children.set(seg, newNode());
        node = node.children.get(seg)!;
      }
      if (i === segments.length - 1 && !node.leaf) node.leaf = p;
    });
  }
  return tree;
}

function nodeCode(op: string, node: PNode, path: string, indent: string): string {
  // `name.n` puts the parameter's row on the array's element node.
  const p = node.leaf ?? node.element?.leaf;
  const type = TYPE_FIXES[`${op}.${path}`] ?? p?.type ?? 'Object';
  // An array with no row of its own (dimensions.n.name, dimensions.n.value) is required when its fields are.
  const childRequired = [...(node.element?.children.values() ?? [])].some((ch) => ch.leaf?.required === true && !/required iff|when /.test(ch.leaf.constraints ?? ''));
  const required = p ? p.required === true && !/required iff|when /.test(p.constraints ?? '') : childRequired;
  const opt = (code: string) => (required ? code : `${code}.optional()`);
  if (MAP_PARAMS.has(path) || MAP_PARAMS.has(`${path}@${op}`)) return opt('strMap()');
  const wireArray = /wire form \S+\.(n|0)\b/.test(p?.constraints ?? '') && !/\.n\./.test(p?.constraints ?? '');
  const isArray = node.array || ARRAY_TYPES.test(type) || (wireArray && node.children.size === 0);
  if (isArray) {
    const el = node.element ?? newNode();
    let elCode: string;
    if (el.children.size) elCode = objectCode(op, el, path, indent);
    else if (node.children.size) elCode = objectCode(op, node, path, indent);
    else if (path.endsWith('configKeys')) elCode = 'z.looseObject({ key: str().optional(), path: str().optional() })';
    // favours are objects of reponame/repotype/regionId in the example (the table gives no fields).
    else if (path === 'favors') elCode = 'z.object({ reponame: str(), repotype: str().optional(), reptype: str().optional(), regionId: int().optional() })';
    else {
      const elType = /int/i.test(type) ? 'Int' : 'String';
      elCode = p ? stripOptional(leafCode(op, { ...p, required: true }, elType)) : 'str()';
    }
    const min = required ? '.min(1)' : '';
    return opt(`z.array(${elCode})${min}`);
  }
  if (node.children.size) return opt(objectCode(op, node, path, indent));
  if (!p) return 'str().optional()';
  if (/^object$/i.test(type)) return opt('strMap()');
  return leafCode(op, p, type);
}

const stripOptional = (code: string) => code.replace(/\.optional\(\)$/, '').replace(/\.default\([^)]*\)$/, '');

function objectCode(op: string, node: PNode, path: string, indent: string): string {
  const inner = indent + '  ';
  const lines = [...node.children.entries()].map(([key, child]) => {
    const childPath = path ? `${path}.${key}` : key;
    return `${inner}${JSON.stringify(key)}: ${nodeCode(op, child, childPath, inner)},`;
  });
  const ctor = OPEN_OBJECTS.has(path) ? 'z.looseObject' : 'z.object';
  return lines.length ? `${ctor}({\n${lines.join('\n')}\n${indent}})` : `${ctor}({})`;
}

// ---------- responses ----------
interface RNode {
  type?: string;
  array?: boolean;
  record?: boolean;
  children: Map<string, RNode>;
  samples: unknown[];
}
const newR = (): RNode => ({ children: new Map(), samples: [] });

function exampleOf(op: CatalogOp): Record<string, unknown> | null {
  const raw = op.example_response_valid_json ? op.example_response : op.example_response_repaired;
  let body = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  if (!body || typeof body !== 'object') return null;
  let b = body as Record<string, unknown>;
  // double envelope: {data:{code,message,codeDesc,data}, code, message}
  if (b.data && typeof b.data === 'object' && 'codeDesc' in (b.data as object)) b = b.data as Record<string, unknown>;
  body = b;
  return b;
}

const resultAtRoot = (op: CatalogOp) => (op.response_fields ?? []).some((f) => !f.name.startsWith('data') && !['code', 'message', 'codeDesc'].includes(f.name));

function responseTree(op: CatalogOp): RNode {
  const tree = newR();
  const atRoot = resultAtRoot(op);
  for (const f of op.response_fields ?? []) {
    if (['code', 'message', 'codeDesc'].includes(f.name)) continue;
    let name = f.name;
    if (!atRoot) {
      if (name === 'data') {
        tree.type = f.type ?? undefined;
        continue;
      }
      if (!name.startsWith('data.')) continue;
      name = name.slice(5);
    }
    let node = tree;
    for (const rawSeg of name.split('.')) {
      const isArr = rawSeg.endsWith('[]');
      const seg = isArr ? rawSeg.slice(0, -2) : rawSeg;
      if (/^\{.*\}$/.test(seg)) {
        node.record = true;
        node.children.set('*', node.children.get('*') ?? newR());
        node = node.children.get('*')!;
        continue;
      }
      if (!node.children.has(seg)) node.children.set(seg, newR());
      node = node.children.get(seg)!;
      if (isArr) node.array = true;
    }
    node.type = f.type ?? node.type;
  }
  return tree;
}

function collectSamples(node: RNode, value: unknown): void {
  if (value === undefined) return;
  node.samples.push(value);
  const objects = Array.isArray(value) ? value : [value];
  for (const v of objects) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    for (const [key, child] of node.children) {
      if (key === '*') Object.values(v).forEach((x) => collectSamples(child, x));
      else collectSamples(child, (v as Record<string, unknown>)[key]);
    }
  }
}

const jsonKind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function scalarFromTable(type: string | undefined): string[] {
  const t = (type ?? '').toLowerCase();
  if (/map/.test(t)) return ['object'];
  if (/array|\[\]|数组/.test(t)) return ['array'];
  if (/^(int|uint|integer|float)/.test(t)) return ['number'];
  if (/^bool/.test(t)) return ['boolean'];
  if (/object/.test(t)) return ['object'];
  if (/string|date/.test(t)) return ['string'];
  return [];
}

const KIND_CODE: Record<string, string> = {
  number: 'z.number()',
  string: 'z.string()',
  boolean: 'z.boolean()',
  object: 'z.record(z.string(), z.unknown())',
  array: 'z.array(z.unknown())',
};

function rCode(node: RNode, indent: string): string {
  const kinds = new Set(node.samples.map(jsonKind));
  const nullable = kinds.delete('null');
  if (node.record) {
    const child = node.children.get('*')!;
    return `z.record(z.string(), ${rCode(child, indent)})${nullable ? '.nullable()' : ''}`;
  }
  if (node.children.size) {
    const inner = indent + '  ';
    const lines = [...node.children.entries()].map(([k, c]) => `${inner}${JSON.stringify(k)}: ${rCode(c, inner)}.optional(),`);
    const obj = `z.looseObject({\n${lines.join('\n')}\n${indent}})`;
    const isArr = node.array || kinds.has('array') || /array|\[\]|数组/i.test(node.type ?? '');
    const code = isArr && kinds.has('object') ? `z.union([${obj}, z.array(${obj})])` : isArr ? `z.array(${obj})` : obj;
    return `${code}${nullable ? '.nullable()' : ''}`;
  }
  const table = node.array ? ['array'] : scalarFromTable(node.type);
  const all = [...new Set([...table, ...kinds])].filter((k) => k in KIND_CODE);
  if (!all.length) return 'z.unknown()';
  const code = all.length === 1 ? KIND_CODE[all[0]] : `z.union([${all.map((k) => KIND_CODE[k]).join(', ')}])`;
  return `${code}${nullable ? '.nullable()' : ''}`;
}

function responseCode(op: CatalogOp): { code: string; resultAt: 'data' | 'root' } {
  const tree = responseTree(op);
  const atRoot = resultAtRoot(op);
  const example = exampleOf(op);
  if (!tree.children.size) return { code: 'noData', resultAt: 'data' };
  if (example && (example.code === 0 || example.code === '0')) {
    if (atRoot) {
      const { code: _c, message: _m, codeDesc: _d, ...rest } = example;
      collectSamples(tree, rest);
    } else collectSamples(tree, example.data);
  }
  return { code: rCode(tree, '  '), resultAt: atRoot ? 'root' : 'data' };
}

// ---------- emit ----------
const camel = (group: string) => group.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const groups = new Map<string, CatalogOp[]>();
for (const op of catalog.operations) groups.set(op.group, [...(groups.get(op.group) ?? []), op]);

mkdirSync(outDir, { recursive: true });
for (const [group, ops] of groups) {
  const blocks = ops.map((op) => {
    const params = objectCode(op.action, paramTree(op), '', '  ');
    const { code: response, resultAt } = responseCode(op);
    const aliases = PARAM_ALIASES[op.action];
    return `/** ${op.summary_en.replace(/\*\//g, '')} (seed lines ${op.seed_lines[0]}–${op.seed_lines[1]}) */
export const ${op.action} = defineTencentOperation({
  name: ${JSON.stringify(op.action)},
  group: ${JSON.stringify(op.group)},
  kind: ${JSON.stringify(op.kind)},
  summary: ${JSON.stringify(op.summary_en)},
  seedLines: [${op.seed_lines[0]}, ${op.seed_lines[1]}],
  host: ${JSON.stringify(op.host)},
  acceptActions: ${JSON.stringify(op.mock_accept_actions)},
  resultAt: ${JSON.stringify(resultAt)},${aliases ? `\n  paramAliases: ${JSON.stringify(aliases)},` : ''}
  params: ${params},
  response: ${response},
});`;
  });
  const usesHelpers = ['str', 'int', 'intEnum', 'strEnum', 'bool', 'datetime', 'strMap', 'noData'].filter((h) => blocks.some((b) => new RegExp(`\\b${h}\\b[(]?`).test(b.replace(/name: .*\n/g, ''))));
  const file = `// Generated by scripts/tencent-gen-operations.ts from ../shared/catalog/tencent.json. Do not edit by hand:
// change the generator (or its hand-decision tables) and run it again.
import { z } from 'zod';
import { defineTencentOperation } from '../define';
import { ${usesHelpers.join(', ')} } from '../schema';

${blocks.join('\n\n')}

export const ${camel(group)}Operations = { ${ops.map((o) => o.action).join(', ')} } as const;
`;
  writeFileSync(resolve(outDir, `${group}.ts`), file);
}
const index = `// Generated by scripts/tencent-gen-operations.ts. Do not edit by hand.
${[...groups.keys()].map((g) => `import { ${camel(g)}Operations } from './${g}';`).join('\n')}

export const generatedOperations = {
${[...groups.keys()].map((g) => `  ...${camel(g)}Operations,`).join('\n')}
} as const;
`;
writeFileSync(resolve(outDir, 'index.ts'), index);
console.log(`wrote ${catalog.operations.length} operations in ${groups.size} groups to ${outDir}`);

// ---------- monitoring metrics (GetMonitorData) ----------
interface MetricEnum {
  values: Array<{ metricName: string; label_en: string; label_zh: string; unit: string }>;
  monitor_namespace: string;
  required_dimensions: string[];
}
const enums = (JSON.parse(readFileSync(resolve(root, '../shared/catalog/tencent.json'), 'utf8')) as { enums: Record<string, MetricEnum> }).enums;
const levels = ['cluster', 'service', 'pod', 'container'] as const;
const metricsFile = `// Generated by scripts/tencent-gen-operations.ts from the document's metric tables. Do not edit by hand.
/** GetMonitorData: every metric of the document per dimension level, with its namespace and dimensions. */
export const TENCENT_METRIC_LEVELS = {
${levels
  .map((level) => {
    const e = enums[`monitor_metrics_${level}`];
    return `  ${level}: {
    namespace: ${JSON.stringify(e.monitor_namespace)},
    dimensions: ${JSON.stringify(e.required_dimensions)},
    metrics: [
${e.values.map((m) => `      { name: ${JSON.stringify(m.metricName)}, unit: ${JSON.stringify(m.unit)}, label: ${JSON.stringify(m.label_en)}, labelZh: ${JSON.stringify(m.label_zh)} },`).join('\n')}
    ],
  },`;
  })
  .join('\n')}
} as const;

export type TencentMetricLevel = keyof typeof TENCENT_METRIC_LEVELS;
export const TENCENT_MONITOR_PERIODS = [60, 300, 3600, 86400] as const;
`;
writeFileSync(resolve(outDir, 'metrics.ts'), metricsFile);
