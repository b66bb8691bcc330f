/**
 * Development-time generator: reads ../shared/catalog/alibaba.json and writes one TypeScript file
 * of operation definitions per catalog group into src/providers/alibaba/operations/generated/.
 * The generated files are committed; nothing reads the catalog at run time.
 *
 *   npx tsx scripts/alibaba-gen-operations.ts
 *
 * Parameter rules come from the catalog's types, required flags and enums, plus the hand
 * decisions below for what the free-text constraints imply (ranges, defaults, formats) and where
 * the document contradicts itself. Response schemas are loose objects over the whole business
 * body (envelope included) whose leaves accept the table's kind of value.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface CatalogParam {
  name: string;
  type: string;
  required: boolean;
  enum?: string;
  constraints: string | null;
}
interface CatalogField {
  name: string;
  type: string;
}
interface CatalogOp {
  action: string;
  summary_en: string;
  seed_lines: [number, number];
  group: string;
  kind: string;
  params: CatalogParam[];
  response_fields: CatalogField[];
  fields_only_in_example?: string[];
  envelope: { error_message_field: string; top_level_success: boolean; result_container: 'Result' | 'Data' | null };
}
interface Catalog {
  operations: CatalogOp[];
  enums: Record<string, { values: { value: string | number }[] }>;
}

const root = resolve(import.meta.dirname, '..');
const catalog = JSON.parse(readFileSync(resolve(root, '../shared/catalog/alibaba.json'), 'utf8')) as Catalog;
const outDir = resolve(root, 'src/providers/alibaba/operations/generated');

/** Table names that are typos of what the example request sends: the definition uses the sent name. */
const PARAM_RENAMES: Record<string, Record<string, string>> = {
  ModifySlbAP: { SlbAPIId: 'SlbAPId' },
  ListPods: { 'DeployOrder.Id': 'DeployOrderId' },
  DescribePodEvents: { DeployOrderIdx: 'DeployOrderId' },
};
/** The printed spellings stay accepted by the emulator. */
const PARAM_ALIASES: Record<string, Record<string, string[]>> = {
  ModifySlbAP: { SlbAPId: ['SlbAPIId'] },
  ListPods: { DeployOrderId: ['DeployOrder.Id'] },
  DescribePodEvents: { DeployOrderId: ['DeployOrderIdx'] },
  // The UpdateEnvironment example sends EnvName although its table has none.
};
/** Extra parameters an example request sends that the table lacks. */
const EXTRA_PARAMS: Record<string, Record<string, string>> = {
  UpdateEnvironment: { EnvName: 'str().optional()' },
};
/** Required flags the document contradicts in its own words (see README). */
const OPTIONAL_DESPITE_TABLE: Record<string, string[]> = {
  // "非必传" in every description.
  ListNodeLabelBindings: ['ClusterId', 'InstanceId', 'LabelKey', 'LabelValue'],
  // Marked required yet "null = not updated".
  UpdateDeployConfig: ['CodePath'],
  // All 18 marked required, but DeployType/PartitionType "need not be passed" and the rest are filters.
  ListDeployOrders: [
    'EnvId', 'EnvType', 'DeployType', 'PauseType', 'DeployCategory', 'PartitionType', 'Status',
    'EndTimeLessThan', 'EndTimeLessThanOrEqualTo', 'EndTimeGreaterThanOrEqualTo', 'EndTimeGreaterThanOrEqualToOrEqualTo',
    'StartTimeGreaterThanOrEqualTo', 'StartTimeGreaterThanOrEqualToOrEqualTo', 'StartTimeLessThan', 'StartTimeLessThanOrEqualTo',
  ],
};
const REQUIRED_DESPITE_TABLE: Record<string, string[]> = {
  // "否" but it names the application to delete.
  DeleteAppDetail: ['AppId'],
};
const DATETIME = 'str({ regex: /^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$/, message: "must be yyyy-MM-dd HH:mm:ss" })';
/** ListDeployOrders' eight time filters, all in the example's "2020-01-01 00:00:00" form. */
const TIME_FILTERS = ['EndTimeLessThan', 'EndTimeLessThanOrEqualTo', 'EndTimeGreaterThanOrEqualTo', 'EndTimeGreaterThanOrEqualToOrEqualTo', 'StartTimeGreaterThanOrEqualTo', 'StartTimeGreaterThanOrEqualToOrEqualTo', 'StartTimeLessThan', 'StartTimeLessThanOrEqualTo'];

/** Free-text constraints turned into rules: `<Action>.<Param>` or `*.<Param>` → schema expression. */
const RULES: Record<string, string> = {
  '*.PageNumber': 'int({ min: 1 })',
  '*.PageNum': 'int({ min: 1 })',
  '*.PageSize': 'int({ min: 1, max: 100 })',
  'ListPersistentVolume.PageSize': 'int({ min: 1, max: 100 })',
  'ListApp.PageSize': 'int({ min: 1, max: 100 }).default(20)',
  'ListApp.PageNumber': 'int({ min: 1 }).default(1)',
  'GetRdsBackUp.PageNumber': 'int({ min: 1 }).default(1)',
  'GetRdsBackUp.PageSize': 'intEnum([30, 50, 100]).default(30)',
  'CreateApp.StateType': 'intEnum([1, 2]).default(1)',
  'CreateEnvironment.Replicas': 'int({ min: 0 })',
  'UpdateEnvironment.Replicas': 'int({ min: 0 })',
  'ScaleApp.Replicas': 'int({ min: 0 })',
  'DeployApp.TotalPartitions': 'int({ min: 1 })',
  'DeployApp.PauseType': 'strEnum(["first", "each", "none"]).default("none")',
  'DeployApp.ArmsFlag': 'bool().default(false)',
  'DeployApp.DeployPacketUrl': 'str({ regex: /^https?:\\/\\//, message: "must be an HTTP or HTTPS URL" })',
  '*.EstablishedTimeout': 'int({ min: 10, max: 900 })',
  '*.CookieTimeout': 'int({ min: 1, max: 86400 })',
  '*.ListenerPort': 'int({ min: 1, max: 65535 })',
  '*.RealServerPort': 'int({ min: 1, max: 65535 })',
  '*.Capacity': 'str({ regex: /^\\d+(\\.\\d+)?(E|P|T|G|M|K|Ei|Pi|Ti|Gi|Mi|Ki)?$/, message: "must be a k8s quantity such as 500Gi" })',
  'CreatePersistentVolumeClaim.StorageClass': 'str({ regex: /^[a-z][a-z0-9.-]*$/, message: "must start with a lower-case letter and hold only lower-case letters, digits, \\".\\" and \\"-\\"" })',
  'CreatePersistentVolume.StorageClass': 'str({ regex: /^[a-z][a-z0-9.-]*$/, message: "must start with a lower-case letter and hold only lower-case letters, digits, \\".\\" and \\"-\\"" })',
  'CreatePersistentVolume.Name': 'str({ regex: /^[a-z][a-z0-9.-]*$/, message: "must start with a lower-case letter and hold only lower-case letters, digits, \\"-\\" and \\".\\"" })',
  'CreatePersistentVolume.MountDir': 'str().default("/")',
  'CreateNodeLabel.LabelKey': 'str({ regex: /^label\\.jst\\.com\\/.+/, message: "must start with label.jst.com/" })',
  'BindNodeLabel.LabelKey': 'str({ regex: /^label\\.jst\\.com\\/.+/, message: "must start with label.jst.com/" })',
  'CreateCluster.CloudMonitorFlags': 'intEnum([0, 1]).default(1)',
  'CreateCluster.SnatEntry': 'intEnum([0, 1]).default(1)',
  'CreateCluster.PublicSlb': 'intEnum([0, 1])',
  'CreateCluster.CreateWithLogIntegration': 'bool().default(false)',
  'CreateCluster.Password': 'str({ regex: /^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{8,}$/, message: "must be at least 8 characters with upper-case, lower-case, digit and special character" })',
  'CreateDb.DbName': 'str({ min: 2, max: 64, regex: /^[a-z][a-z0-9_-]*[a-z0-9]$/, message: "must start with a letter, end with a letter or digit, and hold lower-case letters, digits, \\"_\\" or \\"-\\"" })',
  'CreateDb.DbDescription': 'str({ min: 2, max: 256, regex: /^[\\p{Script=Han}A-Za-z][\\p{Script=Han}A-Za-z0-9_-]*$/u, message: "must start with a Chinese character or letter and hold digits, Chinese, letters, \\"_\\" and \\"-\\"" })',
  'DeleteAppDetail.Force': 'bool().default(false)',
  'ListDeployOrders.ResultList.N': 'list(intEnum([0, 1, 2, 4]))',
  'ListPods.ResultList.N': 'list(intEnum([0, 1, 2, 4]))',
  'ListDeployOrders.StatusList.N': 'list(intEnum([1, 2, 3]))',
  'ListPods.StatusList.N': 'list(intEnum([1, 2, 3]))',
  'ListSlbAPs.ProtocolList.N': 'list(strEnum(["TCP", "UDP", "HTTP", "HTTPS"]))',
  // "empty = both" (document line 7160).
  'GetRdsBackUp.BackupType': 'z.union([strEnum(["FullBackup", "IncrementalBackup"]), z.literal("")])',
  // "currently the default, need not be passed": the only value the document shows.
  'ListDeployOrders.DeployType': 'strEnum(["partition_parallel"])',
  ...Object.fromEntries(TIME_FILTERS.map((name) => [`ListDeployOrders.${name}`, DATETIME])),
};

const id = (s: string) => (/^[A-Za-z_$][\w$]*$/.test(s) ? s : JSON.stringify(s));

function enumExpr(p: CatalogParam): string | null {
  if (!p.enum) return null;
  const e = catalog.enums[p.enum];
  if (!e || p.enum === 'k8s_quantity') return null;
  const values = e.values.map((v) => v.value);
  if (values.every((v) => typeof v === 'number')) return `intEnum([${values.join(', ')}])`;
  return `strEnum(${JSON.stringify(values.map(String))})`;
}

function baseExpr(op: string, p: CatalogParam, name: string): string {
  const rule = RULES[`${op}.${p.name}`] ?? RULES[`${op}.${name}`] ?? RULES[`*.${name}`];
  if (rule) return rule;
  const e = enumExpr(p);
  if (p.type === 'RepeatList') return `list(${e ?? 'str()'})`;
  if (e) return e;
  if (p.type === 'Integer' || p.type === 'Long') return 'int()';
  if (p.type === 'Boolean') return 'bool()';
  return 'str()';
}

function paramsExpr(op: CatalogOp): string {
  const lines: string[] = [];
  const structs = new Map<string, string[]>();
  const structRequired = new Map<string, boolean>();
  const optional = new Set(OPTIONAL_DESPITE_TABLE[op.action] ?? []);
  const required = new Set(REQUIRED_DESPITE_TABLE[op.action] ?? []);
  for (const p of op.params) {
    if (p.name === 'Action') continue;
    const name = PARAM_RENAMES[op.action]?.[p.name] ?? p.name;
    const isRequired = (p.required && !optional.has(name)) || required.has(name);
    const m = /^(\w+)\.N\.(\w+)$/.exec(name);
    if (m) {
      const member = `${id(m[2])}: ${baseExpr(op.action, p, m[2])}${isRequired ? '' : '.optional()'}`;
      structs.set(m[1], [...(structs.get(m[1]) ?? []), member]);
      structRequired.set(m[1], (structRequired.get(m[1]) ?? false) || isRequired);
      continue;
    }
    const listName = /^(\w+)\.N$/.exec(name)?.[1];
    let expr = baseExpr(op.action, { ...p, type: listName ? 'RepeatList' : p.type }, name);
    if (listName) expr = RULES[`${op.action}.${name}`] ?? expr;
    const hasDefault = expr.includes('.default(');
    lines.push(`    ${id(listName ?? name)}: ${expr}${isRequired || hasDefault ? '' : '.optional()'},`);
  }
  for (const [list, members] of structs) {
    const req = structRequired.get(list);
    lines.push(`    ${id(list)}: list(z.object({ ${members.join(', ')} }))${req ? '.min(1)' : '.optional()'},`);
  }
  for (const [name, expr] of Object.entries(EXTRA_PARAMS[op.action] ?? {})) lines.push(`    ${id(name)}: ${expr},`);
  return `z.object({\n${lines.join('\n')}\n  })`;
}

interface Node {
  type: string;
  children: Map<string, Node>;
}

function responseExpr(op: CatalogOp): string {
  const rootNode: Node = { type: 'Struct', children: new Map() };
  const place = (path: string, type: string) => {
    const parts = path.replace(/\[\]/g, '').split('.');
    let node = rootNode;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      let child = node.children.get(part);
      if (!child) {
        child = { type: last ? type : 'Struct', children: new Map() };
        node.children.set(part, child);
      } else if (last && type !== 'Struct') child.type = child.children.size ? child.type : type;
      if (!last && child.type !== 'Array' && child.type !== 'List' && path.split('.')[i].endsWith('[]')) child.type = 'Array';
      node = child;
    });
  };
  for (const f of op.response_fields) place(f.name, f.type);
  const render = (node: Node, indent: string): string => {
    const entries = [...node.children.entries()].map(([k, child]) => `${indent}  ${id(k)}: ${leaf(child, indent + '  ')},`);
    return `z.looseObject({\n${entries.join('\n')}\n${indent}})`;
  };
  const leaf = (node: Node, indent: string): string => {
    if (node.type === 'Array' || node.type === 'List') {
      return node.children.size ? `z.array(${render(node, indent)}).nullish()` : 'rList()';
    }
    // A field typed String whose children follow it (ContainerCodePath.CodePath) is a struct.
    if (node.type === 'Struct' || node.children.size) return node.children.size ? `${render(node, indent)}.nullish()` : 'z.looseObject({}).nullish()';
    if (node.type === 'Integer' || node.type === 'Long') return 'rNum()';
    if (node.type === 'Boolean') return 'rBool()';
    return 'rStr()';
  };
  return render(rootNode, '  ');
}

const byGroup = new Map<string, CatalogOp[]>();
for (const op of catalog.operations) byGroup.set(op.group, [...(byGroup.get(op.group) ?? []), op]);

mkdirSync(outDir, { recursive: true });
const exportsByGroup: [string, string[]][] = [];
for (const [group, ops] of byGroup) {
  const out: string[] = [
    '// Generated by scripts/alibaba-gen-operations.ts from ../shared/catalog/alibaba.json. Do not edit by hand:',
    '// change the generator (or its hand-decision tables) and run it again.',
    "import { z } from 'zod';",
    "import { defineAlibabaOperation } from '../define';",
    "import { bool, int, intEnum, list, rBool, rList, rNum, rStr, str, strEnum } from '../schema';",
    '',
    '// Every helper is imported for every group; keep the linter quiet about the unused ones.',
    'void [bool, int, intEnum, list, rBool, rList, rNum, rStr, str, strEnum];',
    '',
  ];
  for (const op of ops) {
    const aliases = PARAM_ALIASES[op.action];
    out.push(
      `/** ${op.summary_en.replace(/\*\//g, '*\\/')} (seed lines ${op.seed_lines[0]}–${op.seed_lines[1]}) */`,
      `export const ${op.action} = defineAlibabaOperation({`,
      `  name: ${JSON.stringify(op.action)},`,
      `  group: ${JSON.stringify(op.group)},`,
      `  kind: ${JSON.stringify(op.kind)},`,
      `  summary: ${JSON.stringify(op.summary_en)},`,
      `  seedLines: [${op.seed_lines[0]}, ${op.seed_lines[1]}],`,
      `  errorField: ${JSON.stringify(op.envelope.error_message_field)},`,
      `  topLevelSuccess: ${op.envelope.top_level_success},`,
      `  resultContainer: ${JSON.stringify(op.envelope.result_container)},`,
      ...(aliases ? [`  paramAliases: ${JSON.stringify(aliases)},`] : []),
      `  params: ${paramsExpr(op)},`,
      // Code is the one field every business answer carries (integer 0 on success).
      `  response: ${responseExpr(op).replace(/^    Code: rNum\(\),$/m, '    Code: z.union([z.number().int(), z.string().regex(/^-?\\d+$/)]),')},`,
      '});',
      '',
    );
  }
  writeFileSync(resolve(outDir, `${group}.ts`), out.join('\n'));
  exportsByGroup.push([group, ops.map((o) => o.action)]);
}
const index = [
  '// Generated by scripts/alibaba-gen-operations.ts. Do not edit by hand.',
  ...exportsByGroup.map(([group, names]) => `export { ${names.join(', ')} } from './${group}';`),
  '',
];
writeFileSync(resolve(outDir, 'index.ts'), index.join('\n'));
console.log(`wrote ${catalog.operations.length} operations in ${byGroup.size} groups`);
