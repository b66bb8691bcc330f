import { describe, expect, it } from 'vitest';
import { readAllPages } from './readAllPages';

describe('readAllPages', () => {
  it('asks page 1, 2, … until TotalCount is reached', async () => {
    const data = Array.from({ length: 230 }, (_, i) => i);
    const asked: number[] = [];
    const all = await readAllPages(async (n, size) => (asked.push(n), { total: data.length, items: data.slice((n - 1) * size, n * size) }));
    expect(all).toEqual(data);
    expect(asked).toEqual([1, 2, 3]);
  });
  it('stops on a short page when TotalCount is missing', async () => {
    const all = await readAllPages(async (n) => ({ items: n === 1 ? ['a', 'b'] : ['never'] }), 20);
    expect(all).toEqual(['a', 'b']);
  });
});
