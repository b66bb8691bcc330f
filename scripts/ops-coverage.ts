import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { OperationDef, ProviderId } from '../src/providers/core/types';
import { providerRegistry } from '../src/proxy/providers';

/**
 * Which page or action calls each operation: derived from the operation definitions and the
 * operation names quoted in src/features, not from a hand-kept list.
 * `npm run ops:coverage` prints the table; `-- --strict` exits 1 while any operation has no caller.
 */
export interface Coverage {
  provider: ProviderId;
  operation: string;
  group: string;
  callers: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Comment lines name operations without calling them: they are blanked, keeping line numbers. */
const isComment = (line: string) => /^\s*(\/\/|\/\*|\*)/.test(line);
const read = (path: string) => ({ path: relative(process.cwd(), path), lines: readFileSync(path, 'utf8').split('\n').map((l) => (isComment(l) ? '' : l)) });

export function operationCoverage(featuresDir = 'src/features'): Coverage[] {
  const files = sourceFiles(featuresDir).map(read);
  const rows: Coverage[] = [];
  for (const [provider, entry] of Object.entries(providerRegistry) as Array<[ProviderId, { operations: Record<string, OperationDef> }]>) {
    // The cross-cloud pages call through the provider's domain adapter, so its quotes count too.
    const adapter = read(`src/providers/${provider}/domain.ts`);
    for (const op of Object.values(entry.operations)) {
      // A quoted name (`call('DescribeCluster', …)`), or a typed client method (`client.DuplicateImage(…)`):
      // only for PascalCase Actions, since camelCase NetEase names also name domain methods.
      const quoted = new RegExp(`['"\`]${op.name}['"\`]${/^[A-Z]/.test(op.name) ? `|\\.${op.name}\\(` : ''}`);
      const callers = [...files, adapter].flatMap((f) => f.lines.flatMap((line, i) => (quoted.test(line) ? [`${f.path}:${i + 1}`] : [])));
      rows.push({ provider, operation: op.name, group: op.group, callers });
    }
  }
  return rows;
}

function main() {
  const rows = operationCoverage();
  for (const provider of ['tencent', 'alibaba', 'netease'] as const) {
    const mine = rows.filter((r) => r.provider === provider);
    console.log(`\n${provider}: ${mine.filter((r) => r.callers.length).length} of ${mine.length} operations have a caller in src/features (or its domain adapter)`);
    for (const r of mine) console.log(`  ${r.callers.length ? '✓' : '✗'} ${r.group.padEnd(20)} ${r.operation.padEnd(36)} ${r.callers.join(', ') || '—'}`);
  }
  const covered = rows.filter((r) => r.callers.length).length;
  console.log(`\ntotal: ${covered} of ${rows.length}`);
  if (process.argv.includes('--strict') && covered < rows.length) process.exit(1);
}

if (process.argv[1]?.endsWith('ops-coverage.ts')) main();
