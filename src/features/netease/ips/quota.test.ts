import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IpQuota } from '../shared/types';
import { overQuota, typeQuotas } from './quota';

const catalog = JSON.parse(readFileSync(new URL('../../../../../shared/catalog/netease.json', import.meta.url), 'utf8')) as { operations: { id: string; example_response: unknown }[] };
const example = catalog.operations.find((o) => o.id === 'netease.getIpQuota')!.example_response as IpQuota;

describe('IP quota (8.4)', () => {
  it('reads the document’s example: nce and nlb, 10 each', () => {
    const quotas = typeQuotas(example);
    expect(quotas.map((q) => [q.type, q.quota])).toEqual([
      ['nce', 10],
      ['nlb', 10],
    ]);
    for (const q of quotas) expect(q.free).toBe(q.quota - q.used);
  });
  it('accepts the quota as a string (the table’s type) and caps free at zero', () => {
    const quotas = typeQuotas({ total: 3, used: 5, quotas: [{ type: 'nce', quota: '3' as unknown as number, used: 5 }] });
    expect(quotas).toEqual([
      { type: 'nce', quota: 3, used: 5, free: 0 },
      { type: 'nlb', quota: 0, used: 0, free: 0 },
    ]);
  });
  it('names the types asked beyond their free quota', () => {
    const quotas = typeQuotas({ total: 20, used: 12, quotas: [{ type: 'nce', quota: 10, used: 9 }, { type: 'nlb', quota: 10, used: 3 }] });
    expect(overQuota({ nce: 2, nlb: 7 }, quotas)).toEqual(['nce']);
    expect(overQuota({ nce: 1, nlb: 7 }, quotas)).toEqual([]);
    expect(overQuota({ nlb: 8 }, quotas)).toEqual(['nlb']);
  });
});
