import { describe, expect, it } from 'vitest';
import { neteaseOps } from '../../providers/netease/operations';
import { describeIssue } from './router';

const message = (op: keyof typeof neteaseOps, params: Record<string, unknown>) => {
  const parsed = neteaseOps[op].params.safeParse(params);
  if (parsed.success) throw new Error('valid');
  return describeIssue(parsed.error.issues[0] as never, params);
};

describe('validation messages', () => {
  it('names the missing field', () => {
    expect(message('deleteService', { id: 1 })).toBe('free_ip is required');
    expect(message('createService', { bill_info: 'default' })).toBe('service_info is required');
  });
  it('says what is wrong with a value, with its field', () => {
    expect(message('listRepositories', { limit: 'abc' })).toBe('limit: must be an integer');
    expect(message('createVolume', { volume_name: 'v', size: 15 })).toBe('size: size must be a multiple of 10');
    expect(message('scaleService', { id: 1, new_replicas: '9' })).toBe('new_replicas: new_replicas must be 1-5');
  });
});
