import { readFileSync } from 'node:fs';

/** Test-only access to ../shared/catalog/tencent.json (never imported by production code). */
export interface CatalogOperation {
  action: string;
  group: string;
  kind: string;
  params: Array<{ name: string; required: boolean | null; constraints: string | null }>;
  example_response: unknown;
  example_response_valid_json: boolean;
  example_response_repaired: unknown;
  mock_accept_actions: string[];
}
export interface TencentCatalog {
  operations: CatalogOperation[];
  signature: { test_vectors: Array<{ name: string; inputs: { method: string; host: string; path: string; SecretKey: string; params: Record<string, string> }; string_to_sign: string; expected: string; expected_as_printed?: string }> };
  enums: Record<string, { values: Array<{ value: string | number }> }>;
}

export const tencentCatalog = JSON.parse(readFileSync(new URL('../../../../shared/catalog/tencent.json', import.meta.url), 'utf8')) as TencentCatalog;

/** The example response as the document means it: the repaired copy where the printed JSON is broken. */
export function exampleBody(op: CatalogOperation): Record<string, unknown> {
  const raw = op.example_response_valid_json ? op.example_response : op.example_response_repaired;
  return (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>;
}
