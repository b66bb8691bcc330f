import { describe, expect, it } from 'vitest';
import type { AccountInfo } from '../session/api';
import { readSelection, regionChoices, resolveScopes, writeSelection } from './scope';

const accounts: AccountInfo[] = [
  { id: 'tc', name: 'Tencent', provider: 'tencent', regions: ['gz', 'sh', 'bj'] },
  { id: 'ali', name: 'Alibaba', provider: 'alibaba', regions: ['cn-hangzhou'] },
  { id: 'ne', name: 'NetEase', provider: 'netease', regions: [] },
];
const pairs = (s: ReturnType<typeof resolveScopes>) => s.map((x) => `${x.account.id}/${x.region}`);

describe('resolveScopes', () => {
  it('all accounts: every region of every account of the page’s providers', () => {
    expect(pairs(resolveScopes(accounts, {}, ['tencent', 'alibaba']))).toEqual(['tc/gz', 'tc/sh', 'tc/bj', 'ali/cn-hangzhou']);
  });
  it('narrows to one account and one region', () => {
    expect(pairs(resolveScopes(accounts, { account: 'tc', region: 'sh' }, ['tencent', 'alibaba']))).toEqual(['tc/sh']);
    expect(pairs(resolveScopes(accounts, { region: 'gz' }, ['tencent', 'alibaba']))).toEqual(['tc/gz']);
  });
  it('keeps a region-less account as one scope, and drops other providers', () => {
    expect(pairs(resolveScopes(accounts, { region: 'gz' }, ['netease']))).toEqual(['ne/']);
    expect(resolveScopes(accounts, { account: 'ne' }, ['tencent'])).toEqual([]);
  });
});

describe('selection in the URL', () => {
  it('round-trips and keeps other params', () => {
    const params = writeSelection(new URLSearchParams('q=web'), { account: 'tc', region: 'gz' });
    expect(params.toString()).toBe('q=web&account=tc&region=gz');
    expect(readSelection(params)).toEqual({ account: 'tc', region: 'gz' });
    expect(writeSelection(params, {}).toString()).toBe('q=web');
  });
  it('offers the regions of the chosen account, or all', () => {
    expect(regionChoices(accounts, 'ali')).toEqual(['cn-hangzhou']);
    expect(regionChoices(accounts)).toEqual(['bj', 'cn-hangzhou', 'gz', 'sh']);
  });
});
