import { describe, expect, it } from 'vitest';
import { readAllPages } from './useAcrossAccounts';

describe('readAllPages', () => {
  it('follows offsets until total is reached', async () => {
    const data = Array.from({ length: 45 }, (_, i) => i);
    const offsets: number[] = [];
    const all = await readAllPages(async (offset) => {
      offsets.push(offset);
      return { total: data.length, items: data.slice(offset, offset + 20) };
    });
    expect(all).toEqual(data);
    expect(offsets).toEqual([0, 20, 40]);
  });
  it('stops on an empty page even when total says more', async () => {
    const all = await readAllPages(async (offset) => ({ total: 99, items: offset === 0 ? ['a'] : [] }));
    expect(all).toEqual(['a']);
  });
});
