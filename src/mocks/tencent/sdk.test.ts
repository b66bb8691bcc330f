import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { serveFetchHandler } from '../node-server';
import { createTencentEmulator } from '.';

/**
 * The provider's own Node SDKs, unchanged, against the stand-alone emulator over HTTP:
 * tencentcloud-sdk-nodejs-common (API 3.0 envelope on "/", v1 signature with HmacSHA1/HmacSHA256)
 * and the legacy qcloudapi-sdk (/v2/index.php, the document's envelope), GET and POST.
 */
const require = createRequire(import.meta.url);
const { CommonClient } = require('tencentcloud-sdk-nodejs-common') as {
  CommonClient: new (endpoint: string, version: string, options: unknown) => { request(action: string, params: Record<string, unknown>): Promise<Record<string, any>> };
};
type LegacyApi = { request(data: Record<string, unknown>, opts: Record<string, unknown>, cb: (error: Error | null, body: any) => void): void };
const QcloudApi = require('qcloudapi-sdk') as new (defaults: Record<string, unknown>) => LegacyApi;

const { secretId, secretKey } = DEMO_CREDENTIALS.tencent;
let server: Awaited<ReturnType<typeof serveFetchHandler>>;
let host: string;

beforeAll(async () => {
  const emulator = createTencentEmulator();
  server = await serveFetchHandler((r) => emulator.handle(r), 0);
  host = new URL(server.url).host;
});
afterAll(() => server.close());

const common = (signMethod: 'HmacSHA1' | 'HmacSHA256', reqMethod: 'GET' | 'POST', key: string = secretKey) =>
  new CommonClient(host, '2018-03-13', { credential: { secretId, secretKey: key }, region: 'gz', profile: { signMethod, httpProfile: { protocol: 'http://', reqMethod } } });

describe('tencentcloud-sdk-nodejs-common against the emulator', () => {
  it.each([
    ['HmacSHA1', 'POST'],
    ['HmacSHA256', 'POST'],
    ['HmacSHA1', 'GET'],
    ['HmacSHA256', 'GET'],
  ] as const)('%s over %s lists the clusters', async (signMethod, reqMethod) => {
    const answer = await common(signMethod, reqMethod).request('DescribeCluster', { limit: 10, orderField: 'clusterName', orderType: 'asc' });
    expect(answer.RequestId).toEqual(expect.any(String));
    expect(answer.clusters.map((c: { clusterName: string }) => c.clusterName)).toEqual(['prod-web', 'staging']);
  });

  it('passes arrays the SDK way (clusterIds.0) and reads the registry', async () => {
    const client = common('HmacSHA256', 'POST');
    const all = await client.request('DescribeCluster', {});
    const one = await client.request('DescribeCluster', { clusterIds: [all.clusters[0].clusterId] });
    expect(one.totalCount).toBe(1);
    const tags = await client.request('GetTagList', { reponame: 'tricloud/web' });
    expect(tags.tagInfo[0].tagName).toBe('latest');
  });

  it('a wrong key is refused with AuthFailure', async () => {
    await expect(common('HmacSHA256', 'POST', 'wrong-secret').request('DescribeCluster', {})).rejects.toMatchObject({ code: 'AuthFailure.SignatureFailure' });
  });

  it('an unknown SecretId is refused', async () => {
    const client = new CommonClient(host, '2018-03-13', { credential: { secretId: 'AKIDunknown', secretKey }, region: 'gz', profile: { signMethod: 'HmacSHA1', httpProfile: { protocol: 'http://' } } });
    await expect(client.request('DescribeCluster', {})).rejects.toMatchObject({ code: 'AuthFailure.SecretIdNotFound' });
  });
});

describe('qcloudapi-sdk (legacy v2) against the emulator', () => {
  const call = (data: Record<string, unknown>, opts: Record<string, unknown>) =>
    new Promise<any>((resolve, reject) => new QcloudApi({ SecretId: secretId, SecretKey: secretKey, serviceType: 'ccs', protocol: 'http', host, Region: 'gz' }).request(data, { SecretId: secretId, SecretKey: secretKey, protocol: 'http', host, path: '/v2/index.php', ...opts }, (e, body) => (e ? reject(e) : resolve(body))));

  it.each([
    ['GET', 'sha1'],
    ['POST', 'sha1'],
    ['GET', 'sha256'],
    ['POST', 'sha256'],
  ])('%s with %s gets the document envelope', async (method, signatureMethod) => {
    const body = await call({ Action: 'DescribeCluster', limit: 20 }, { method, signatureMethod });
    expect(body).toMatchObject({ code: 0, codeDesc: 'Success' });
    expect(body.data.totalCount).toBe(2);
  });

  it('creates through the legacy SDK and reads the result back', async () => {
    const created = await call({ Action: 'CreateCCRNamespace', namespace: 'sdk-made' }, { method: 'POST', serviceType: 'ccr' });
    expect(created.code).toBe(0);
    const info = await call({ Action: 'NamespacelsExists', namespace: 'sdk-made' }, { method: 'GET', serviceType: 'ccr' });
    expect(info.data).toEqual({ isExist: true, isPreserved: false });
  });

  it('a wrong key is refused with 4100', async () => {
    const body = await new Promise<any>((resolve, reject) =>
      new QcloudApi({}).request({ Action: 'DescribeCluster' }, { SecretId: secretId, SecretKey: 'wrong', protocol: 'http', host, method: 'POST', Region: 'gz' }, (e, b) => (e ? reject(e) : resolve(b))),
    );
    expect(body).toMatchObject({ code: 4100, codeDesc: 'AuthFailure' });
  });
});
