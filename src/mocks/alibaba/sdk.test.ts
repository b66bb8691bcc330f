import Retailcloud, * as $Retailcloud from '@alicloud/retailcloud20180313';
import * as $OpenApi from '@alicloud/openapi-client';
import RPCClient from '@alicloud/pop-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { serveFetchHandler } from '../node-server';
import { createAlibabaEmulator } from './index';

/**
 * Alibaba's own Node SDKs, unchanged, against the stand-alone emulator over HTTP on a free port:
 * they sign with the real clock, so the emulator runs on the real clock too.
 */
const emulator = createAlibabaEmulator();
let server: Awaited<ReturnType<typeof serveFetchHandler>>;
const { accessKeyId, accessKeySecret } = DEMO_CREDENTIALS.alibaba;

beforeAll(async () => {
  server = await serveFetchHandler((request) => emulator.handle(request), 0);
});
afterAll(async () => {
  await server?.close();
});

type Row = Record<string, unknown>;

describe('@alicloud/pop-core RPCClient', () => {
  const client = () => new RPCClient({ accessKeyId, accessKeySecret, endpoint: server.url, apiVersion: '2018-03-13' });

  it('calls ListCluster with GET', async () => {
    const answer = (await client().request('ListCluster', { PageNum: 1, PageSize: 10 }, { method: 'GET' })) as Row;
    expect(answer.Code).toBe(0);
    expect(answer.TotalCount).toBe(3);
  });

  it('calls AddClusterNode with POST and a repeat list', async () => {
    const clusters = ((await client().request('ListCluster', {}, { method: 'POST' })) as Row).Data as Row[];
    const id = String(clusters[0].InstanceId);
    const free = ((await client().request('ListAvailableClusterNode', { ClusterInstanceId: id }, { method: 'POST' })) as Row).Data as Row[];
    const answer = (await client().request('AddClusterNode', { ClusterInstanceId: id, EcsInstanceIdList: [free[0].InstanceId, free[1].InstanceId] }, { method: 'POST' })) as Row;
    expect(answer).toMatchObject({ Code: 0, Success: true });
    const nodes = (await client().request('ListClusterNode', { ClusterInstanceId: id, PageSize: 50 }, { method: 'POST' })) as Row;
    expect((nodes.Data as Row[]).map((n) => n.InstanceId)).toEqual(expect.arrayContaining([free[0].InstanceId, free[1].InstanceId]));
  });

  it('is refused with a wrong secret', async () => {
    const wrong = new RPCClient({ accessKeyId, accessKeySecret: 'not-the-secret', endpoint: server.url, apiVersion: '2018-03-13' });
    await expect(wrong.request('ListCluster', {}, { method: 'POST' })).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
  });
});

describe('@alicloud/retailcloud20180313 with signatureAlgorithm v2', () => {
  const sdk = (secret: string = accessKeySecret) =>
    new Retailcloud(new $OpenApi.Config({ accessKeyId, accessKeySecret: secret, endpoint: server.url.replace('http://', ''), protocol: 'http', signatureAlgorithm: 'v2', regionId: 'cn-zhangjiakou' }));

  it('lists clusters and their nodes', async () => {
    const clusters = await sdk().listCluster(new $Retailcloud.ListClusterRequest({ pageNum: 1, pageSize: 20 }));
    expect(clusters.statusCode).toBe(200);
    expect(clusters.body?.totalCount).toBe(3);
    const id = clusters.body?.data?.[0]?.instanceId;
    expect(id).toMatch(/^c[0-9a-f]{32}$/);
    const nodes = await sdk().listClusterNode(new $Retailcloud.ListClusterNodeRequest({ clusterInstanceId: id }));
    expect(nodes.body?.data?.length).toBeGreaterThan(0);
  });

  it('creates an application with a UserRoles list and reads it back', async () => {
    const created = await sdk().createApp(
      new $Retailcloud.CreateAppRequest({
        bizCode: 'JST',
        language: 'Java',
        operatingSystem: 'Linux',
        serviceType: 'StoreApplication',
        title: 'sdk-app',
        userRoles: [new $Retailcloud.CreateAppRequestUserRoles({ roleName: 'Owner', userId: '12345', userType: 'TAOBAO' })],
      }),
    );
    const appId = created.body?.result?.appId;
    expect(appId).toBeGreaterThan(0);
    const detail = await sdk().describeAppDetail(new $Retailcloud.DescribeAppDetailRequest({ appId }));
    expect(detail.body?.result?.title).toBe('sdk-app');
    expect(detail.body?.result?.userRoles?.[0]?.roleName).toBe('Owner');
  });

  it('is refused with a wrong secret', async () => {
    await expect(sdk('not-the-secret').listCluster(new $Retailcloud.ListClusterRequest({}))).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
  });
});
