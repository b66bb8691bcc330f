import { describe, expect, it } from 'vitest';
import { createParams, modifyParams } from './params';

const rule = { domain: 'a.com', url: '/', protocol: 'http', serviceName: 'web', servicePort: 80, LoadBalancePort: 80 };

describe('ingress call parameters', () => {
  it('a public ingress sends its billing, an intranet one its subnet only', () => {
    expect(createParams('cls-1', 'default', { ingressName: 'web', internetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', internetMaxBandwidthOut: 10, rules: [rule] })).toMatchObject({
      clusterId: 'cls-1',
      namespace: 'default',
      ingressName: 'web',
      internetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR',
      internetMaxBandwidthOut: 10,
      unSubnetId: undefined,
      rules: [rule],
    });
    const intranet = createParams('cls-1', 'default', { ingressName: 'web', unSubnetId: ' subnet-1 ', internetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', internetMaxBandwidthOut: 10, rules: [] });
    expect(intranet).toMatchObject({ unSubnetId: 'subnet-1', internetChargeType: undefined, internetMaxBandwidthOut: undefined });
  });
  it('modify sends the whole rule set and an empty certificate as absent', () => {
    expect(modifyParams('cls-1', 'prod', 'web', { ingressName: 'web', ingressDesc: 'd', certId: '', rules: [rule] })).toEqual({
      clusterId: 'cls-1',
      namespace: 'prod',
      ingressName: 'web',
      ingressDesc: 'd',
      certId: undefined,
      rules: [rule],
    });
  });
});
