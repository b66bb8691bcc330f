import { describe, expect, it } from 'vitest';
import { asgRows, labelMap } from './read';
import { requestIdOf, taskStore } from './tasks';
import { existingResult } from '../detail/AddNodesModal';
import { podsOf } from '../detail/DrainModal';
import { nodeLimits, cores, gib } from '../detail/limits';
import { checkKey, checkOutcome, mayCreate } from '../create/cidrCheck';
import { taskPercent } from '../components/TaskList';
import { ProviderError } from '../../../providers/core/errors';

describe('reading the document’s answers', () => {
  it('scaling groups: an object or a list of them, labels as [{key,value}] or a map', () => {
    const g = { autoScalingGroupId: 'asg-1', label: [{ key: 'a', value: 'b' }] };
    expect(asgRows({ totalCount: 1, asgInfo: [g] })).toEqual({ total: 1, rows: [{ ...g, label: { a: 'b' } }] });
    expect(asgRows([{ totalCount: 1, asgInfo: [g] }]).rows[0].label).toEqual({ a: 'b' });
    expect(labelMap({ x: 1 })).toEqual({ x: '1' });
  });
  it('existing CVMs: the printed I/l spellings and the intended ones', () => {
    expect(existingResult({ succInstancelds: ['ins-1'], failInstancelds: [{ instanceld: 'ins-2', message: 'already in Cluster' }] })).toEqual({ succ: ['ins-1'], fail: [{ instanceId: 'ins-2', message: 'already in Cluster' }] });
    expect(existingResult({ succInstanceIds: ['ins-3'], failInstanceIds: null })).toEqual({ succ: ['ins-3'], fail: [] });
  });
  it('drain pods: "Nodelp" (OCR) and NodeIp', () => {
    expect(podsOf({ Pods: [{ Name: 'p', Namespace: 'default', Nodelp: '10.0.0.1' }] })).toEqual([{ Name: 'p', Namespace: 'default', NodeIp: '10.0.0.1' }]);
    expect(podsOf(null)).toEqual([]);
  });
  it('requests and limits per node, with capacity from millicores and Mi', () => {
    const rows = nodeLimits({ requestLimitInfo: { '10.0.0.2': { cpuRequest: 0.5, memRequest: 1 } } }, [{ lanIp: '10.0.0.2', cpu: 1940, mem: 3676 }]);
    expect(rows).toEqual([{ ip: '10.0.0.2', node: { lanIp: '10.0.0.2', cpu: 1940, mem: 3676 }, cpuRequest: 0.5, cpuLimit: 0, memRequest: 1, memLimit: 0, cpu: 1.94, mem: 3.59 }]);
    expect(cores(undefined)).toBeUndefined();
    expect(gib(2048)).toBe(2);
  });
});

describe('long operations', () => {
  it('tracks a task by the answer’s requestId, finishes and dismisses it', () => {
    taskStore.clear();
    expect(requestIdOf({ requestId: '42' })).toBe(42);
    expect(taskStore.track({}, { kind: 'addNodes', accountId: 'a', region: 'gz', clusterId: 'c' })).toBeUndefined();
    expect(taskStore.track({ requestId: 7 }, { kind: 'createCluster', accountId: 'a', region: 'gz', clusterId: 'c' }, 1000)).toBe(7);
    expect(taskStore.list()).toEqual([{ kind: 'createCluster', accountId: 'a', region: 'gz', clusterId: 'c', requestId: 7, startedAt: 1000, status: 'running' }]);
    taskStore.finish('a', 7, 'succ');
    expect(taskStore.list()[0].status).toBe('succ');
    taskStore.dismiss('a', 7);
    expect(taskStore.list()).toEqual([]);
  });
  it('estimates progress up to 95 % until the service says the task ended', () => {
    expect(taskPercent('createCluster', 0)).toBe(0);
    expect(taskPercent('createCluster', 45_000)).toBe(48);
    expect(taskPercent('createCluster', 600_000)).toBe(95);
  });
});

describe('CheckClusterCIDR before create', () => {
  it('creates only when the check passed for the same VPC and CIDR, or a refusal is ignored on purpose', () => {
    const key = checkKey('vpc-1', '10.0.0.0/16');
    expect(mayCreate(checkOutcome(key, undefined), key, false)).toBe(true);
    expect(mayCreate(checkOutcome(key, undefined), checkKey('vpc-1', '10.1.0.0/16'), false)).toBe(false);
    const refused = checkOutcome(key, new ProviderError({ provider: 'tencent', code: 4000, message: '(-10013)与同VPC其它集群CIDR冲突', httpStatus: 200 }));
    expect(refused).toMatchObject({ state: 'refused', code: '4000' });
    expect(mayCreate(refused, key, false)).toBe(false);
    expect(mayCreate(refused, key, true)).toBe(true);
  });
});
