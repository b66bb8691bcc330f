import { describe, expect, it } from 'vitest';
import { createAlibabaForwarder } from './forwarder';
import { alibabaOperations } from './operations';
import { sign } from './signer';

describe('createAlibabaForwarder', () => {
  it('POSTs a signed form with the common parameters and the flattened lists', async () => {
    let seen: Request | undefined;
    const forwarder = createAlibabaForwarder(
      { id: 'a', name: 'a', provider: 'alibaba', regions: ['cn-hangzhou'], endpoint: 'http://127.0.0.1:4102', credentials: { accessKeyId: 'testid', accessKeySecret: 'testsecret' } },
      { fetch: async (r) => ((seen = r), new Response('{}')), now: () => Date.UTC(2020, 1, 20, 12, 0, 0) },
    );
    await forwarder({ op: alibabaOperations.AddClusterNode, params: { ClusterInstanceId: 'c1', EcsInstanceIdList: ['i-1', 'i-2'] } });
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe('http://127.0.0.1:4102/');
    const form = Object.fromEntries(new URLSearchParams(await seen!.text()));
    expect(form).toMatchObject({
      Action: 'AddClusterNode',
      Format: 'JSON',
      Version: '2018-03-13',
      AccessKeyId: 'testid',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      Timestamp: '2020-02-20T12:00:00Z',
      RegionId: 'cn-hangzhou',
      ClusterInstanceId: 'c1',
      'EcsInstanceIdList.1': 'i-1',
      'EcsInstanceIdList.2': 'i-2',
    });
    const { Signature, ...rest } = form;
    expect(Signature).toBe(await sign({ method: 'POST', params: rest, accessKeySecret: 'testsecret' }));
  });

  it("keeps CreateCluster's own RegionId", async () => {
    let seen: Request | undefined;
    const forwarder = createAlibabaForwarder({ id: 'a', name: 'a', provider: 'alibaba', regions: ['cn-zhangjiakou'], credentials: { accessKeyId: 'k', accessKeySecret: 's' } }, { fetch: async (r) => ((seen = r), new Response('{}')) });
    await forwarder({ op: alibabaOperations.CreateCluster, region: 'cn-zhangjiakou', params: { RegionId: 'cn-shanghai' } });
    expect(new URLSearchParams(await seen!.text()).get('RegionId')).toBe('cn-shanghai');
  });

  it('goes to retailcloud.aliyuncs.com without an endpoint override, with a fresh nonce per call', async () => {
    const seen: Request[] = [];
    const forwarder = createAlibabaForwarder({ id: 'a', name: 'a', provider: 'alibaba', regions: [], credentials: { accessKeyId: 'k', accessKeySecret: 's' } }, { fetch: async (r) => (seen.push(r), new Response('{}')) });
    await forwarder({ op: alibabaOperations.ListApp, params: {} });
    await forwarder({ op: alibabaOperations.ListApp, params: {} });
    expect(seen[0].url).toBe('https://retailcloud.aliyuncs.com/');
    const nonces = await Promise.all(seen.map(async (r) => new URLSearchParams(await r.text()).get('SignatureNonce')));
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
