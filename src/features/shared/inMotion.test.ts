import { describe, expect, it } from 'vitest';
import { inMotion } from './inMotion';

describe('inMotion', () => {
  it('follows rows that are being created, changed or deleted, not settled ones', () => {
    expect(['pending', 'updating', 'deleting'].every((status) => inMotion({ status: status as never }))).toBe(true);
    expect(['running', 'stopped', 'failed', 'unknown'].some((status) => inMotion({ status: status as never }))).toBe(false);
  });
});
