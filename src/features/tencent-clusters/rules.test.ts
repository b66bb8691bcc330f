import { describe, expect, it } from 'vitest';
import { tencentOperations } from '../../providers/tencent/operations';
import {
  bandwidthTypesFor,
  buildAddExisting,
  buildAddInstances,
  buildCreateCluster,
  buildCreateEmptyCluster,
  buildScaleDown,
  cidrProblem,
  cpuMemProblem,
  labelProblem,
  namespaceProblem,
  networkOf,
  NODE_DEFAULTS,
  parseLabels,
  passwordProblem,
  rangeProblem,
  SCALE_DOWN_DEFAULTS,
  storageProblem,
  toBase64,
} from './rules';

const basics = { clusterName: ' web ', clusterDesc: '', vpcId: 'vpc-1', clusterCIDR: '10.30.0.0/16', ignoreClusterCIDRConflict: false };
const spec = { ...NODE_DEFAULTS, zoneId: 'ap-guangzhou-3', subnetId: ' subnet-1 ' };

describe('CIDR', () => {
  it('accepts a network address with a mask of 8–28 and says what is wrong otherwise', () => {
    expect(cidrProblem('172.16.0.0/16')).toBeUndefined();
    expect(cidrProblem('')).toBe('rule.required');
    expect(cidrProblem('172.16.0.0')).toBe('rule.cidrSyntax');
    expect(cidrProblem('300.1.0.0/16')).toBe('rule.cidrSyntax');
    expect(cidrProblem('10.0.0.0/30')).toBe('rule.cidrPrefix');
    expect(cidrProblem('10.0.0.0/7')).toBe('rule.cidrPrefix');
    expect(cidrProblem('10.1.2.3/16')).toBe('rule.cidrHostBits');
    expect(networkOf('10.1.2.3/16')).toBe('10.1.0.0/16');
  });
});

describe('node purchase rules (document lines 776–1124)', () => {
  it('passwords: 8–16 characters of two classes', () => {
    expect(passwordProblem('abc')).toBe('rule.passwordLength');
    expect(passwordProblem('abcdefghijklmnopq')).toBe('rule.passwordLength');
    expect(passwordProblem('abcdefgh')).toBe('rule.passwordClasses');
    expect(passwordProblem('abcdefg1')).toBeUndefined();
    expect(passwordProblem('abcdefg!')).toBeUndefined();
    expect(passwordProblem('abcdefg 1')).toBe('rule.passwordChars');
  });
  it('cpu/memory ratio, data disk steps, bandwidth types per billing', () => {
    expect(cpuMemProblem(2, 4)).toBeUndefined();
    expect(cpuMemProblem(4, 2)).toBe('rule.cpuMemRatio');
    expect(cpuMemProblem(1, 16)).toBe('rule.cpuMemRatio');
    expect(storageProblem(0)).toBeUndefined();
    expect(storageProblem(25)).toBe('rule.storageStep');
    expect(bandwidthTypesFor('PayByMonth')).toEqual(['PayByMonth', 'PayByTraffic']);
    expect(bandwidthTypesFor('PayByHour')).toEqual(['PayByHour', 'PayByTraffic']);
  });
  it('labels, namespaces and scaling-group ranges', () => {
    expect(labelProblem('app', 'web')).toBeUndefined();
    expect(labelProblem('example.com/tier', '')).toBeUndefined();
    expect(labelProblem('-bad', 'x')).toBe('rule.labelKey');
    expect(labelProblem('ok', 'bad value')).toBe('rule.labelValue');
    expect(parseLabels('a=1\nb=2, c=')).toEqual({ labels: { a: '1', b: '2', c: '' } });
    expect(parseLabels('a=1\n=x').problem).toBe('rule.required');
    expect(namespaceProblem('team-a')).toBeUndefined();
    expect(namespaceProblem('Team')).toBe('rule.namespaceName');
    expect(namespaceProblem('a'.repeat(64))).toBe('rule.namespaceName');
    expect(rangeProblem(0, 3)).toBeUndefined();
    expect(rangeProblem(4, 3)).toBe('rule.asgRange');
    expect(rangeProblem(0, 21)).toBe('rule.asgMax');
  });
});

describe('parameter builders', () => {
  it('CreateCluster: trimmed, wanIp off without bandwidth, login only as chosen, and valid for the operation', () => {
    const p = buildCreateCluster(basics, { ...spec, bandwidth: 0, login: 'password', password: 'abcdefg1', keyId: 'skey-x', userScript: 'echo 你好' });
    expect(p).toMatchObject({ clusterName: 'web', vpcId: 'vpc-1', subnetId: 'subnet-1', wanIp: 0, ignoreClusterCIDRConflict: 0, password: 'abcdefg1', userScript: toBase64('echo 你好') });
    expect(p).not.toHaveProperty('keyId');
    expect(p).not.toHaveProperty('clusterDesc');
    expect(p).not.toHaveProperty('period');
    expect(tencentOperations.CreateCluster.params.safeParse(p).success).toBe(true);
  });
  it('monthly hosts carry period and renewFlag', () => {
    const p = buildCreateCluster(basics, { ...spec, cvmType: 'PayByMonth', period: 3, bandwidthType: 'PayByMonth' });
    expect(p).toMatchObject({ cvmType: 'PayByMonth', period: 3, renewFlag: 'NOTIFY_AND_AUTO_RENEW' });
  });
  it('CreateEmptyCluster sends the VPC (the example does) and only the optional fields given', () => {
    const p = buildCreateEmptyCluster({ ...basics, ignoreClusterCIDRConflict: true }, { projectId: 0, clusterVersion: ' ' });
    expect(p).toEqual({ clusterName: 'web', clusterCIDR: '10.30.0.0/16', ignoreClusterCIDRConflict: 1, projectId: 0, vpcId: 'vpc-1' });
    expect(tencentOperations.CreateEmptyCluster.params.safeParse(p).success).toBe(true);
  });
  it('AddClusterInstances and AddClusterInstancesFromExistedCvm', () => {
    const add = buildAddInstances('cls-1', { ...spec, unschedulable: true, osName: 'centos7.2x86_64 GPU' });
    expect(add).toMatchObject({ clusterId: 'cls-1', unschedulable: 1, dockerGraphPath: '/var/lib/docker', osName: 'centos7.2x86_64 GPU' });
    expect(tencentOperations.AddClusterInstances.params.safeParse(add).success).toBe(true);
    const existing = buildAddExisting('cls-1', ['ins-1'], { login: 'key', keyId: 'skey-1', password: 'ignored1' });
    expect(existing).toEqual({ clusterId: 'cls-1', instanceIds: ['ins-1'], keyId: 'skey-1', dockerGraphPath: '/var/lib/docker', unschedulable: 0 });
    expect(tencentOperations.AddClusterInstancesFromExistedCvm.params.safeParse(existing).success).toBe(true);
  });
  it('ModifyClusterAsgScaleDown: flags as 0/1, documented defaults, absent fields left out', () => {
    const p = buildScaleDown('cls-1', { ...SCALE_DOWN_DEFAULTS, scaleDownEnabled: false, expander: 'least-waste' });
    expect(p).toEqual({
      clusterId: 'cls-1',
      scaleDownEnabled: 0,
      expander: 'least-waste',
      maxEmptyBulkDelete: 10,
      scaleDownDelay: 10,
      scaleDownUnneededTime: 10,
      scaleDownUnreadyTime: 20,
      skipNodesWithLocalStorage: 1,
      skipNodesWithSystemPods: 1,
      unregisteredNodeRemovalTime: 15,
    });
  });
});
