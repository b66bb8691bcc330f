import { describe, expect, it } from 'vitest';
import { accountClient } from '../core/client';
import { ProviderError } from '../core/errors';
import { tencentClient, unwrapTencent } from './client';

const raw = (body: unknown, status = 200) => ({ status, headers: new Headers(), text: JSON.stringify(body) });

describe('unwrapTencent', () => {
  it('returns data of the single envelope', () => {
    expect(unwrapTencent(raw({ code: 0, message: '', codeDesc: 'Success', data: { totalCount: 1 } }), 'DescribeCluster')).toEqual({ totalCount: 1 });
  });

  it('returns the inner data of the double envelope the document prints for 21 operations', () => {
    const body = { data: { code: 0, message: '', codeDesc: 'Success', data: { requestId: 1174, clusterId: 'cls-x' } }, message: '', code: 0 };
    expect(unwrapTencent(raw(body), 'CreateEmptyCluster')).toEqual({ requestId: 1174, clusterId: 'cls-x' });
  });

  it('returns the flat results of GetMonitorData and DeleteInstances', () => {
    expect(unwrapTencent(raw({ code: 0, message: '', metricName: 'dc_cpu_usage', period: 60, dataPoints: [1] }), 'GetMonitorData')).toEqual({ metricName: 'dc_cpu_usage', period: 60, dataPoints: [1] });
    expect(unwrapTencent(raw({ code: 0, message: 'ok', codeDesc: 'Success', successList: ['a'], failedMap: {} }), 'DeleteInstances')).toEqual({ successList: ['a'], failedMap: {} });
  });

  it('throws the provider error with code, message and codeDesc (the document CIDR example)', () => {
    const body = { code: 4000, message: '(-10013)与同VPC其它集群CIDR冲突', codeDesc: 'ConflictWithOtherClusterCIDR' };
    try {
      unwrapTencent({ ...raw(body), proxyRequestId: 'p-1' }, 'CheckClusterCIDR');
      throw new Error('no throw');
    } catch (e) {
      expect(e).toBeInstanceOf(ProviderError);
      expect(e).toMatchObject({ provider: 'tencent', code: '4000', proxyRequestId: 'p-1', operation: 'CheckClusterCIDR' });
      expect((e as Error).message).toContain('(-10013)与同VPC其它集群CIDR冲突');
      expect((e as Error).message).toContain('ConflictWithOtherClusterCIDR');
    }
  });

  it('reads the API 3.0 envelope, and non-JSON answers become errors', () => {
    expect(unwrapTencent(raw({ Response: { totalCount: 0, RequestId: 'r' } }), 'DescribeCluster')).toEqual({ totalCount: 0 });
    expect(() => unwrapTencent(raw({ Response: { Error: { Code: 'AuthFailure', Message: 'bad' }, RequestId: 'r' } }), 'DescribeCluster')).toThrow(/bad/);
    expect(() => unwrapTencent({ status: 502, headers: new Headers(), text: '<html>bad gateway</html>' }, 'DescribeCluster')).toThrow(ProviderError);
  });
});

describe('tencentClient', () => {
  it('has a typed function per operation that goes through the transport', async () => {
    const calls: unknown[] = [];
    const client = tencentClient(
      accountClient(
        async (accountId, call) => {
          calls.push({ accountId, call });
          return raw({ code: 0, message: '', codeDesc: 'Success', data: { totalCount: 0, clusters: [] } });
        },
        unwrapTencent,
        'tx',
      ),
    );
    const result = await client.DescribeCluster({ limit: 5 }, 'sh');
    expect(result.totalCount).toBe(0);
    expect(calls).toEqual([{ accountId: 'tx', call: { operation: 'DescribeCluster', region: 'sh', params: { limit: 5 } } }]);
    expect(typeof client.GetMonitorData).toBe('function');
    expect(Object.keys(client)).toHaveLength(96);
  });

  it('types parameters and results from the definitions (checked by tsc)', () => {
    const typed = (client: ReturnType<typeof tencentClient>) => {
      // @ts-expect-error limit is a number
      void client.DescribeCluster({ limit: true });
      // @ts-expect-error clusterId is required
      void client.DescribeClusterInstances({});
      // @ts-expect-error not a status of the document
      void client.CreateClusterService({ clusterId: 'c', serviceName: 's', replicas: 1, containers: [{ containerName: 'a', image: 'b' }], accessType: 'Public' });
      return client.call('GetTagList', { reponame: 'a/b' }).then((r) => r.tagInfo?.[0]?.tagName);
    };
    expect(typeof typed).toBe('function');
  });
});
