import { describe, expect, it } from 'vitest';
import { capacityShares } from './capacity';

describe('capacityShares', () => {
  it('gives the shares of capacity', () => {
    expect(capacityShares(8, { request: 2, limit: 4 })).toEqual({ used: undefined, request: 25, limit: 50, overcommitted: false });
  });
  it('clamps over-committed limits and flags them', () => {
    expect(capacityShares(4, { limit: 6, used: 1 })).toEqual({ used: 25, request: undefined, limit: 100, overcommitted: true });
  });
  it('draws nothing without a capacity', () => {
    expect(capacityShares(0, { request: 1 }).request).toBeUndefined();
  });
});
