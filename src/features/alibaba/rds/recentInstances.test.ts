import { describe, expect, it } from 'vitest';
import { RDS_ID, recentInstances, rememberInstance } from './recentInstances';

const memory = () => {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
};

describe('remembered RDS instances', () => {
  it('keeps valid ids per account, newest first, without duplicates', () => {
    const store = memory();
    rememberInstance('a', 'rm-vy12vd8vrxxxxrd2c', store);
    rememberInstance('a', 'rm-2', store);
    rememberInstance('a', 'rm-vy12vd8vrxxxxrd2c', store);
    rememberInstance('a', 'not-an-id', store);
    rememberInstance('b', 'rm-b', store);
    expect(recentInstances('a', store)).toEqual(['rm-vy12vd8vrxxxxrd2c', 'rm-2']);
    expect(recentInstances('b', store)).toEqual(['rm-b']);
    expect(recentInstances('c', store)).toEqual([]);
  });
  it('survives a broken store and caps the list', () => {
    const store = memory();
    store.setItem('tricloud.alibaba.rds.recent', '{oops');
    expect(recentInstances('a', store)).toEqual([]);
    for (let i = 0; i < 12; i += 1) rememberInstance('a', `rm-${i}`, store);
    expect(recentInstances('a', store)).toHaveLength(8);
    expect(RDS_ID.test('rm-uf6wjk5xxx xxxxxxxx')).toBe(false);
  });
});
