import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canGrow, nextSize, resizeAllowed } from './sizeRules';

// The catalog records 7.3's rule and its contradicting example (1000).
interface CatalogParam {
  name: string;
  maximum?: number;
  multiple_of?: number;
}
const catalog = JSON.parse(readFileSync(new URL('../../../../../shared/catalog/netease.json', import.meta.url), 'utf8')) as { operations: { id: string; params: CatalogParam[]; example_http_request: string }[] };
const resize = catalog.operations.find((o) => o.id === 'netease.resizeVolume')!;
const sizeParam = resize.params.find((p) => p.name === 'size')!;

describe('volume size rules (7.1, 7.3)', () => {
  it('agrees with the catalog: maximum, step, and the example that breaks the rule', () => {
    expect(resizeAllowed(10, sizeParam.maximum!)).toBe(true);
    expect(resizeAllowed(10, sizeParam.maximum! + sizeParam.multiple_of!)).toBe(false);
    expect(resizeAllowed(10, 10 + sizeParam.multiple_of! / 2)).toBe(false);
    const exampleSize = Number(/size=(\d+)/.exec(resize.example_http_request)![1]);
    expect(exampleSize).toBe(1000);
    expect(resizeAllowed(10, exampleSize)).toBe(false);
  });
  it('grows only, below 1000, in steps of 10', () => {
    expect(resizeAllowed(50, 60)).toBe(true);
    expect(resizeAllowed(50, 990)).toBe(true);
    expect(resizeAllowed(50, 50)).toBe(false);
    expect(resizeAllowed(50, 40)).toBe(false);
    expect(resizeAllowed(50, 65)).toBe(false);
    // 7.3's example resizes to 1000; its rule (below 1000) wins.
    expect(resizeAllowed(50, 1000)).toBe(false);
    expect(resizeAllowed(50, null)).toBe(false);
  });
  it('knows the ceiling', () => {
    expect(canGrow(980)).toBe(true);
    expect(canGrow(990)).toBe(false);
    expect(nextSize(10)).toBe(20);
    expect(nextSize(985)).toBe(990);
    expect(nextSize(990)).toBe(990);
  });
});
