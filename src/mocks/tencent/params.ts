import type { z } from 'zod';
import type { TencentOperationDef } from '../../providers/tencent/operations';
import { unflattenParams } from '../../providers/tencent/wire';
import { invalidParameter, missingParameter } from './errors';

/** Common parameters (and the SDKs' extras) that are not part of an operation's own parameters. */
const COMMON = new Set(['Action', 'Region', 'Timestamp', 'Nonce', 'SecretId', 'Signature', 'SignatureMethod', 'Uin', 'AppId', 'RequestClient', 'Version', 'Language', 'Token']);

/**
 * The operation's parameters from the wire: common ones dropped, the document's other spellings
 * mapped to the defined name (vpclid → vpcId, InstanceIds.0 → instanceIds.0, replicas → scaleTo,
 * repotype → reptype, favours → favors), `a.0.b` forms nested, then validated by the definition.
 */
/** Object parameters some examples send as `inputOption=allNamespaces=false` (prefix missing). */
const INLINE_OBJECTS = new Set(['inputOption', 'outputOption', 'labels']);

export function operationParams(op: TencentOperationDef, wire: Record<string, string>): unknown {
  const own: Record<string, string> = {};
  const defined = new Set(Object.keys((op.params as unknown as { shape?: object }).shape ?? {}));
  const aliasOf = new Map<string, string>();
  for (const [name, aliases] of Object.entries(op.paramAliases ?? {})) for (const a of aliases) aliasOf.set(a, name);
  for (const [key, value] of Object.entries(wire)) {
    if (COMMON.has(key)) continue;
    const inline = INLINE_OBJECTS.has(key) ? /^([\w.-]+)=(.*)$/.exec(value) : null;
    if (inline) {
      own[`${key}.${inline[1]}`] = inline[2];
      continue;
    }
    // ModifyServiceLabels' example: labels=qcloud-app=d2048&qcloud-application-label=d2048&aaa=bbb.
    if (op.name === 'ModifyServiceLabels' && !defined.has(key.split('.')[0])) {
      own[`labels.${key}`] = value;
      continue;
    }
    const [head, ...rest] = key.split('.');
    const name = aliasOf.get(head);
    const mapped = name ? [name, ...rest].join('.') : key;
    if (name && mapped in wire) continue; // the defined spelling wins when both are sent
    // BatchDeleteTag's example wraps values in double quotes: tags.0="v1".
    own[mapped] = /^"[^"]*"$/.test(value) ? value.slice(1, -1) : value;
  }
  const nested = unflattenParams(own);
  // A single value sent without an index (namespace=default for namespaces.n) is a one-item list.
  const shape = (op.params as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  for (const [key, value] of Object.entries(nested)) if (typeof value === 'string' && shape[key] && isArraySchema(shape[key])) nested[key] = [value];
  return parseWith(op.params, nested);
}

function isArraySchema(schema: z.ZodType): boolean {
  let def = (schema as unknown as { def: { type: string; innerType?: z.ZodType } }).def;
  while ((def.type === 'optional' || def.type === 'default') && def.innerType) def = (def.innerType as unknown as { def: typeof def }).def;
  return def.type === 'array';
}

export function parseWith(schema: z.ZodType, input: unknown): unknown {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.map(String).join('.') || '(parameters)';
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) throw missingParameter(path);
  if (issue.code === 'invalid_value' && 'values' in issue) throw invalidParameter(path, `取值须为 ${(issue.values as unknown[]).join('|')} 之一`);
  if (issue.code === 'too_small') throw invalidParameter(path, `取值过小（最小 ${String((issue as { minimum?: unknown }).minimum)}）`);
  if (issue.code === 'too_big') throw invalidParameter(path, `取值过大（最大 ${String((issue as { maximum?: unknown }).maximum)}）`);
  throw invalidParameter(path, issue.message);
}
