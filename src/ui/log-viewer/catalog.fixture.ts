import { readFileSync } from 'node:fs';

// Tests only: the seed's example payloads, from ../shared/catalog beside the repo.
interface CatalogOperation {
  action?: string;
  name?: string;
  example_response?: unknown;
  example_response_valid_json?: boolean;
  example_response_repaired?: unknown;
}

export function catalogExample(provider: 'tencent' | 'alibaba' | 'netease', action: string): any {
  const url = new URL(`../../../../shared/catalog/${provider}.json`, import.meta.url);
  const catalog = JSON.parse(readFileSync(url, 'utf8')) as { operations: CatalogOperation[] };
  const op = catalog.operations.find((o) => (o.action ?? o.name) === action);
  if (!op) throw new Error(`${provider}.${action} is not in the catalog`);
  // The printed example when it parses, else the catalog's repaired copy of it.
  const example = op.example_response_valid_json === false && op.example_response_repaired !== undefined ? op.example_response_repaired : op.example_response;
  return typeof example === 'string' ? JSON.parse(example) : example;
}
