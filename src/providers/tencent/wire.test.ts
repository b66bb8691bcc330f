import { describe, expect, it } from 'vitest';
import { tencentOperations } from './operations';
import { flattenParams, unflattenParams } from './wire';

describe('the document parameter encoding', () => {
  const nested = {
    clusterId: 'cls-1',
    containers: [{ containerName: 'web', healthCheck: [{ type: 'liveCheck', port: 80 }], arguments: ['-g', 'daemon off;'], privileged: false }],
    inputOption: { allNamespaces: true },
    label: { team: 'a' },
  };

  it('flattens arrays as name.0 and objects with dots', () => {
    expect(flattenParams(nested)).toEqual({
      clusterId: 'cls-1',
      'containers.0.containerName': 'web',
      'containers.0.healthCheck.0.type': 'liveCheck',
      'containers.0.healthCheck.0.port': '80',
      'containers.0.arguments.0': '-g',
      'containers.0.arguments.1': 'daemon off;',
      'containers.0.privileged': 'false',
      'inputOption.allNamespaces': 'true',
      'label.team': 'a',
    });
  });

  it('unflattens back into the shape the definitions validate', () => {
    const back = unflattenParams(flattenParams(nested));
    expect(back).toMatchObject({ containers: [{ healthCheck: [{ port: '80' }], arguments: ['-g', 'daemon off;'] }], label: { team: 'a' } });
    const parsed = tencentOperations.CreateLogCollector.params.safeParse({ ...unflattenParams({ name: 'x', clusterId: 'c', inputType: 'container-log', outputType: 'kafka', 'inputOption.allNamespaces': 'true', 'outputOption.port': '9092' }) });
    expect(parsed.success && parsed.data).toMatchObject({ inputOption: { allNamespaces: true }, outputOption: { port: 9092 } });
  });

  it('the definitions carry the document limits', () => {
    const p = tencentOperations.CreateCluster.params;
    const base = { clusterName: 'a', clusterCIDR: '10.0.0.0/16', zoneId: 'z', goodsNum: 1, cpu: 1, mem: 2, osName: 'centos7.2x86_64', bandwidthType: 'PayByHour', bandwidth: 1, vpcId: 'v', subnetId: 's', isVpcGateway: 0, rootSize: 50, storageSize: 0 };
    expect(p.safeParse(base).success).toBe(true);
    expect(p.safeParse({ ...base, goodsNum: 101 }).success).toBe(false);
    expect(p.safeParse({ ...base, rootSize: 51 }).success).toBe(false);
    expect(p.safeParse({ ...base, osName: 'windows' }).success).toBe(false);
    expect(p.safeParse({ ...base, ignoreClusterCIDRConflict: 2 }).success).toBe(false);
    const parsed = p.parse(base);
    expect(parsed).toMatchObject({ instanceType: 'S1.SMALL1', cvmType: 'PayByHour', ignoreClusterCIDRConflict: 0, rootType: 'CLOUD_BASIC' });
    expect(tencentOperations.GetMonitorData.params.safeParse({ namespace: 'qce/cvm', metricName: 'm', dimensions: [{ name: 'a', value: 'b' }], period: 120 }).success).toBe(false);
  });
});
