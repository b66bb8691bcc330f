import { describe, expect, it } from 'vitest';
import { cidrRange, createParams, labelRefusals, percentOf, ratioPercent, validateCreate, type CreateClusterForm } from './rules';

const ok: CreateClusterForm = {
  ClusterTitle: '测试集群',
  BusinessCode: 'JST',
  ClusterEnvType: 'TEST',
  ClusterType: 'Standard',
  RegionId: 'cn-zhangjiakou',
  VpcId: 'vpc-1',
  Vswitchids: ['vsw-1'],
  login: 'KeyPair',
  KeyPair: 'test',
  PodCIDR: '172.22.0.0/16',
  ServiceCIDR: '172.21.0.0/20',
  CloudMonitorFlags: true,
  SnatEntry: true,
  PublicSlb: true,
  CreateWithLogIntegration: false,
};

describe('CreateCluster form rules (5.4.7)', () => {
  it('accepts the document example and sends its 0/1 switches, Vswitchids as a list, no unused login', () => {
    expect(validateCreate(ok)).toEqual({});
    expect(createParams({ ...ok, Password: 'Abssshh123!' })).toEqual({
      ClusterTitle: '测试集群', BusinessCode: 'JST', ClusterEnvType: 'TEST', ClusterType: 'Standard', RegionId: 'cn-zhangjiakou', VpcId: 'vpc-1', Vswitchids: ['vsw-1'],
      CloudMonitorFlags: 1, SnatEntry: 1, PublicSlb: 1, KeyPair: 'test', PodCIDR: '172.22.0.0/16', ServiceCIDR: '172.21.0.0/20', CreateWithLogIntegration: false,
    });
  });
  it('requires the required fields, with the reason beside each', () => {
    expect(validateCreate({ login: 'KeyPair' })).toMatchObject({ ClusterTitle: 'required', BusinessCode: 'required', ClusterEnvType: 'required', ClusterType: 'required', RegionId: 'required', VpcId: 'required', Vswitchids: 'required', KeyPair: 'required' });
  });
  it('KeyPair or Password: the password needs upper, lower, digit, special, 8+', () => {
    expect(validateCreate({ ...ok, login: 'Password', Password: '' })).toEqual({ Password: 'required' });
    for (const p of ['abc', 'abcdefg1!', 'ABCDEFG1!', 'Abcdefgh!', 'Abcdefg12']) expect(validateCreate({ ...ok, login: 'Password', Password: p }), p).toEqual({ Password: 'password' });
    expect(validateCreate({ ...ok, login: 'Password', Password: 'Abssshh123!' })).toEqual({});
  });
  it('pod and service CIDRs: required for Standard and Windows, not for Serverless, well-formed and apart', () => {
    expect(validateCreate({ ...ok, PodCIDR: '', ServiceCIDR: '' })).toEqual({ PodCIDR: 'required', ServiceCIDR: 'required' });
    expect(validateCreate({ ...ok, ClusterType: 'Windows', PodCIDR: '172.22.0.0/33' })).toEqual({ PodCIDR: 'cidr' });
    expect(validateCreate({ ...ok, ServiceCIDR: '172.22.16.0/20' })).toEqual({ ServiceCIDR: 'cidrOverlap' });
    expect(validateCreate({ ...ok, ClusterType: 'Serverless', PodCIDR: '', ServiceCIDR: '' })).toEqual({});
    expect(createParams({ ...ok, ClusterType: 'Serverless' })).not.toHaveProperty('PodCIDR');
    expect(createParams({ ...ok, ClusterType: 'Serverless' })).not.toHaveProperty('CreateWithLogIntegration');
  });
  it('reads CIDRs', () => {
    expect(cidrRange('10.0.0.0/8')).toEqual([167772160, 184549375]);
    expect(cidrRange('300.0.0.0/8')).toBeUndefined();
  });
});

describe('node labels (5.2.1)', () => {
  it('keys start with label.jst.com/ and values are required', () => {
    expect(labelRefusals('label.jst.com/type', 'web')).toEqual({});
    expect(labelRefusals('type', 'web')).toEqual({ LabelKey: 'prefix' });
    expect(labelRefusals('label.jst.com/', 'web')).toEqual({ LabelKey: 'prefix' });
    expect(labelRefusals('', ' ')).toEqual({ LabelKey: 'required', LabelValue: 'required' });
  });
});

describe('capacity bars', () => {
  it('reads the percent fields and falls back to used ÷ total', () => {
    expect(percentOf('35%')).toBe(35);
    expect(percentOf('0.42')).toBe(42);
    expect(percentOf('')).toBeUndefined();
    expect(ratioPercent('6', '24')).toBe(25);
    expect(ratioPercent('12Gi', '48Gi')).toBe(25);
    expect(ratioPercent('1', '0')).toBeUndefined();
  });
});
