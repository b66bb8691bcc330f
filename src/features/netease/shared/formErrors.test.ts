import { describe, expect, it } from 'vitest';
import { neteaseOps } from '../../../providers/netease/operations';
import { refusedFields } from './formErrors';

describe('refusedFields (rules from the operation definitions)', () => {
  it('7.1: volume name and size rules', () => {
    const params = neteaseOps.createVolume.params;
    expect([...refusedFields(params, { volume_name: 'data-1', size: 10 })]).toEqual([]);
    expect([...refusedFields(params, { volume_name: 'Data', size: 10 })]).toEqual(['volume_name']);
    expect([...refusedFields(params, { volume_name: 'data-', size: 10 })]).toEqual(['volume_name']);
    expect([...refusedFields(params, { volume_name: 'a'.repeat(33), size: 10 })]).toEqual(['volume_name']);
    for (const size of [0, 5, 15, 1000, 1010]) expect([...refusedFields(params, { volume_name: 'ok', size })], String(size)).toEqual(['size']);
    expect([...refusedFields(params, { volume_name: 'ok', size: 990 })]).toEqual([]);
  });
  it('8.1: at least one IP, counts not negative', () => {
    const params = neteaseOps.createIps.params;
    expect([...refusedFields(params, { nlb: 0, nce: 0 })]).toEqual(['']);
    expect([...refusedFields(params, { nlb: -1, nce: 2 })]).toEqual(['nlb']);
    expect([...refusedFields(params, { nlb: 1, nce: 0 })]).toEqual([]);
  });
});
