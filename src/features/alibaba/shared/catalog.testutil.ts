import { readFileSync } from 'node:fs';

interface CatalogOperation {
  action: string;
  example_response?: string;
  example_response_valid_json?: boolean;
  /** The catalog's repair of an example broken by a page break. */
  example_response_repaired?: Record<string, unknown>;
}

/** Tests only: the example answer the document prints for an Action, from ../shared/catalog. */
export function exampleResponse(action: string): Record<string, unknown> {
  const catalog = JSON.parse(readFileSync(new URL('../../../../../shared/catalog/alibaba.json', import.meta.url), 'utf8')) as { operations: CatalogOperation[] };
  const op = catalog.operations.find((o) => o.action === action);
  if (!op?.example_response) throw new Error(`no example for ${action}`);
  if (op.example_response_valid_json === false && op.example_response_repaired) return op.example_response_repaired;
  return JSON.parse(op.example_response) as Record<string, unknown>;
}

/** The RDS examples print lowerCamelCase keys; the tables (and the service) use PascalCase. */
export function pascalKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === 'dBName' ? 'DBName' : k === 'dBInstanceId' ? 'DBInstanceId' : k === 'dBDescription' ? 'DBDescription' : k === 'dBStatus' ? 'DBStatus' : k.charAt(0).toUpperCase() + k.slice(1), pascalKeys(v)]));
  return value;
}
