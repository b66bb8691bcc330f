import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alibabaOperations } from './operations';
import { alignToSchema } from './schema-align';
import { fromXml } from './xml';

interface CatalogOp {
  action: string;
  example_envelope: 'flat' | 'gateway-wrapped' | 'wrapped-in-action-key' | 'rds-lowerCamel';
  example_response: string;
  example_response_valid_json: boolean;
  example_response_repaired?: unknown;
  example_response_xml: string;
  example_response_xml_well_formed: boolean;
}
const catalog = JSON.parse(readFileSync(new URL('../../../../shared/catalog/alibaba.json', import.meta.url), 'utf8')) as { operations: CatalogOp[] };

/** Undo the documented envelope variants so each example shows the body the service sends. */
function normalise(op: CatalogOp, body: unknown): Record<string, unknown> {
  let b = body as Record<string, unknown>;
  const keys = Object.keys(b);
  // {"<Action>Response": {...}} or {"<Action>": {...}} (node labels, resource allocations).
  if (keys.length === 1 && keys[0].startsWith(op.action)) b = b[keys[0]] as Record<string, unknown>;
  // Gateway wrapper {code, data, name, message} (CreateNodeLabel, DeleteNodeLabel).
  if (op.example_envelope === 'gateway-wrapped' && b.data && typeof b.data === 'object') b = b.data as Record<string, unknown>;
  if (op.example_envelope === 'rds-lowerCamel') b = pascal(b) as Record<string, unknown>;
  // CreateNodeLabel prints Result as a one-item list where its table has a struct.
  if (op.action === 'CreateNodeLabel' && Array.isArray(b.Result)) b = { ...b, Result: b.Result[0] };
  return b;
}

/** lowerCamel keys (RDS examples) to the tables' PascalCase: requestId → RequestId, dBName → DBName. */
function pascal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascal);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.charAt(0).toUpperCase() + k.slice(1), pascal(v)]));
}

/**
 * ListDeployOrders' XML prints DeployPauseTypeName and PartitionTypeName under the names
 * DeployPauseType and PartitionType (each element appears twice, the second holding the name).
 */
function xmlQuirks(action: string, body: Record<string, unknown>): Record<string, unknown> {
  if (action !== 'ListDeployOrders' || !body.Data || typeof body.Data !== 'object') return body;
  const rows = (Array.isArray(body.Data) ? body.Data : [body.Data]) as Record<string, unknown>[];
  const fixed = rows.map((row) => {
    const out = { ...row };
    for (const field of ['DeployPauseType', 'PartitionType']) {
      const v = out[field];
      if (Array.isArray(v) && v.length === 2) [out[field], out[`${field}Name`]] = v;
    }
    return out;
  });
  return { ...body, Data: fixed };
}

function exampleJson(op: CatalogOp): unknown {
  if (op.example_response_valid_json) return JSON.parse(op.example_response);
  const repaired = op.example_response_repaired;
  return typeof repaired === 'string' ? JSON.parse(repaired) : repaired;
}

describe('every catalog operation has a definition', () => {
  it('covers the 66 operations and nothing else', () => {
    expect(Object.keys(alibabaOperations).sort()).toEqual(catalog.operations.map((o) => o.action).sort());
    expect(Object.keys(alibabaOperations)).toHaveLength(66);
  });
});

describe("the document's example responses match the response schemas", () => {
  it.each(catalog.operations.map((op) => [op.action, op] as const))('%s (JSON)', (_name, op) => {
    const body = normalise(op, exampleJson(op));
    const parsed = alibabaOperations[op.action].response.safeParse(body);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it.each(catalog.operations.filter((op) => op.example_response_xml_well_formed).map((op) => [op.action, op] as const))('%s (XML)', (_name, op) => {
    const { value } = fromXml(op.example_response_xml);
    const schema = alibabaOperations[op.action].response;
    const body = alignToSchema(xmlQuirks(op.action, normalise(op, value)), schema);
    const parsed = schema.safeParse(body);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  });
});

describe('the response schemas are not tautologies', () => {
  it('refuses a body without Code, and a Data that is not a list', () => {
    expect(alibabaOperations.ListApp.response.safeParse({ RequestId: 'x', Data: [] }).success).toBe(false);
    expect(alibabaOperations.ListApp.response.safeParse({ Code: 0, Data: { AppId: 1 } }).success).toBe(false);
    expect(alibabaOperations.ListCluster.response.safeParse({ Code: 0, TotalCount: 'many' }).success).toBe(false);
  });
});
