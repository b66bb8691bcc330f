import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The committed definitions are exactly what the generator makes from the catalog (no drift, no hand edits). */
describe('generated operation definitions', () => {
  it('match a fresh run of scripts/tencent-gen-operations.ts', () => {
    const out = mkdtempSync(join(tmpdir(), 'tencent-gen-'));
    try {
      const repo = resolve(import.meta.dirname, '../../../..');
      execFileSync(process.execPath, ['--import', 'tsx', resolve(repo, 'scripts/tencent-gen-operations.ts')], { cwd: repo, env: { ...process.env, TENCENT_GEN_OUT: out }, stdio: 'pipe' });
      const committed = resolve(import.meta.dirname, 'generated');
      const files = readdirSync(out).sort();
      expect(readdirSync(committed).sort()).toEqual(files);
      for (const f of files) expect(readFileSync(join(committed, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});
