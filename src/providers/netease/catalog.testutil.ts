import { readFileSync } from 'node:fs';

/** Test-only access to ../shared/catalog/netease.json (never imported by production code). */
export interface CatalogParam {
  name: string;
  in: string;
  type: string;
  required: boolean;
}
export interface CatalogOperation {
  id: string;
  group: string;
  kind: string;
  method: string;
  path: string;
  seed_lines: [number, number];
  auth_required: boolean;
  params: CatalogParam[];
  example_request_body: unknown;
  example_response: unknown;
  example_http_request?: string;
  method_variants?: Record<string, string>;
}
export const neteaseCatalog = JSON.parse(readFileSync(new URL('../../../../shared/catalog/netease.json', import.meta.url), 'utf8')) as {
  operation_count: number;
  operations: CatalogOperation[];
};

export const catalogOperation = (name: string): CatalogOperation => {
  const op = neteaseCatalog.operations.find((o) => o.id === `netease.${name}`);
  if (!op) throw new Error(`no catalog operation ${name}`);
  return op;
};

/**
 * The example response as the document means it. Two are printed as text: 4.3's PEM (kept as
 * text, it is the answer) and 9.4's JSON with literal `......` elisions (removed here).
 */
export function exampleResponse(op: CatalogOperation): unknown {
  const raw = op.example_response;
  if (typeof raw !== 'string' || raw.startsWith('-----BEGIN')) return raw;
  return JSON.parse(raw.replace(/,\s*\.\.\.\.\.\./g, ''));
}
