import { describe, expect, it } from 'vitest';
import { tencentCatalog } from '../../../providers/tencent/catalog.testutil';
import { tencentActionIndex } from '../../../providers/tencent/operations';
import { harness } from '../testing';

describe("the document's alternative spellings", () => {
  it('every mock_accept_actions spelling of the catalog reaches its operation', () => {
    for (const op of tencentCatalog.operations) for (const action of op.mock_accept_actions) expect(tencentActionIndex.get(action)?.name, action).toBe(op.action);
  });

  it.each([
    ['RepositoryIsExists', 'RepositoryisExists', { reponame: 'tricloud/web' }],
    ['RepositoryExists', 'RepositoryisExists', { reponame: 'tricloud/web' }],
    ['NamespaceIsExists', 'NamespacelsExists', { namespace: 'tricloud' }],
    ['NamespacsExists', 'NamespacelsExists', { namespace: 'tricloud' }],
  ])('%s answers like %s', async (spelling, canonical, params) => {
    const h = harness();
    const a = await h.callAction(spelling, canonical, params, '');
    const b = await h.call(canonical, params, '');
    expect(a).toEqual(b);
    expect(a.data.isExist).toBe(true);
  });

  it('DescribeClusterContainer is DescribeServiceInstance', async () => {
    const h = harness();
    const id = (await h.ok('DescribeCluster', { clusterName: 'prod-web' })).clusters[0].clusterId;
    const body = await h.callAction('DescribeClusterContainer', 'DescribeServiceInstance', { clusterId: id, serviceName: 'nginx-web' });
    expect(body.data.instances).toHaveLength(2);
  });

  it('ModifyServiceLabels as the example sends it: labels=qcloud-app=…&aaa=bbb', async () => {
    const h = harness();
    const id = (await h.ok('DescribeCluster', { clusterName: 'prod-web' })).clusters[0].clusterId;
    const body = await h.call('ModifyServiceLabels', { clusterId: id, serviceName: 'nginx-web', labels: 'qcloud-app=nginx-web', 'qcloud-application-label': 'nginx-web', aaa: 'bbb' });
    expect(body.data.userLabels).toEqual({ aaa: 'bbb' });
  });

  it('an unknown Action is refused after authentication', async () => {
    const h = harness();
    expect(await h.callAction('DescribeInstances', 'DescribeCluster')).toMatchObject({ code: 4000, codeDesc: 'InvalidAction' });
  });
});

describe('the API 3.0 form on "/"', () => {
  it('answers {Response:{…, RequestId}} and errors as {Response:{Error}}', async () => {
    const h = harness();
    const ok = await h.emulator.handle(new Request('http://127.0.0.1:4101/', { method: 'POST' }));
    expect(await ok.json()).toMatchObject({ Response: { Error: { Code: 'InvalidParameter.MissingParameter' }, RequestId: expect.any(String) } });
  });
});
