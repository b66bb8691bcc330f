import { describe, expect, it } from 'vitest';
import { createAlibabaEmulator } from '../index';
import { signedRequest, T0 } from '../testing';

type Body = Record<string, unknown>;

async function send(request: Request, now = T0, credentials?: { accessKeyId: string; accessKeySecret: string }[]) {
  const emulator = createAlibabaEmulator({ now: () => now, credentials });
  const response = await emulator.handle(request);
  return { status: response.status, body: JSON.parse(await response.text()) as Body };
}

const list = { PageNumber: 1, PageSize: 10 };

describe("the gateway's authentication, in Alibaba's words", () => {
  it('accepts a correctly signed POST and GET', async () => {
    for (const method of ['POST', 'GET'] as const) {
      const { status, body } = await send(await signedRequest({ action: 'ListUsers', params: list, now: T0, method }));
      expect(status).toBe(200);
      expect(body.Code).toBe(0);
    }
  });

  it('refuses a wrong signature with SignatureDoesNotMatch (400) and shows the string to sign', async () => {
    const { status, body } = await send(await signedRequest({ action: 'ListUsers', params: list, now: T0, signWith: 'wrong-secret' }));
    expect(status).toBe(400);
    expect(body.Code).toBe('SignatureDoesNotMatch');
    expect(String(body.Message)).toContain('POST&%2F&AccessKeyId%3D');
    expect(Object.keys(body).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
  });

  it('refuses a signature made for another method', async () => {
    const request = await signedRequest({ action: 'ListUsers', params: list, now: T0, method: 'GET' });
    const url = new URL(request.url);
    const post = new Request('http://retailcloud.aliyuncs.com/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: url.searchParams.toString() });
    expect((await send(post)).body.Code).toBe('SignatureDoesNotMatch');
  });

  it('refuses a parameter changed after signing', async () => {
    const request = await signedRequest({ action: 'ListUsers', params: list, now: T0, tamper: (w) => (w.PageSize = '99') });
    expect((await send(request)).body.Code).toBe('SignatureDoesNotMatch');
  });

  it('refuses an unknown key with InvalidAccessKeyId.NotFound (404)', async () => {
    const { status, body } = await send(await signedRequest({ action: 'ListUsers', params: list, now: T0, accessKeyId: 'LTAIunknown', secret: 'x' }));
    expect(status).toBe(404);
    expect(body.Code).toBe('InvalidAccessKeyId.NotFound');
  });

  it('accepts configured credentials besides the demo ones', async () => {
    const creds = [{ accessKeyId: 'LTAIconfigured', accessKeySecret: 'configured-secret' }];
    const { body } = await send(await signedRequest({ action: 'ListUsers', params: list, now: T0, accessKeyId: 'LTAIconfigured', secret: 'configured-secret' }), T0, creds);
    expect(body.Code).toBe(0);
  });

  it('refuses a Timestamp more than 15 minutes off with InvalidTimeStamp.Expired (400)', async () => {
    const stale = await signedRequest({ action: 'ListUsers', params: list, now: T0 - 16 * 60_000 });
    const { status, body } = await send(stale);
    expect(status).toBe(400);
    expect(body.Code).toBe('InvalidTimeStamp.Expired');
    const future = await signedRequest({ action: 'ListUsers', params: list, now: T0 + 16 * 60_000 });
    expect((await send(future)).body.Code).toBe('InvalidTimeStamp.Expired');
    const edge = await signedRequest({ action: 'ListUsers', params: list, now: T0 - 14 * 60_000 });
    expect((await send(edge)).body.Code).toBe(0);
  });

  it('refuses a malformed Timestamp', async () => {
    const { body } = await send(await signedRequest({ action: 'ListUsers', params: list, now: T0, timestamp: '2020-02-20 12:00:00' }));
    expect(body.Code).toBe('InvalidTimeStamp.Format');
  });

  it('refuses a replayed SignatureNonce with SignatureNonceUsed (400)', async () => {
    const emulator = createAlibabaEmulator({ now: () => T0 });
    const first = await emulator.handle(await signedRequest({ action: 'ListUsers', params: list, now: T0, nonce: 'same' }));
    expect(first.status).toBe(200);
    const replay = await emulator.handle(await signedRequest({ action: 'ListUsers', params: list, now: T0, nonce: 'same' }));
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as Body).Code).toBe('SignatureNonceUsed');
  });

  it('refuses a missing common parameter with MissingParameter (400)', async () => {
    const { status, body } = await send(await signedRequest({ action: 'ListUsers', params: list, now: T0, tamper: (w) => delete w.SignatureNonce }));
    expect(status).toBe(400);
    expect(body.Code).toBe('MissingParameter');
    expect(body.Message).toContain('SignatureNonce');
  });

  it('refuses a missing operation parameter with MissingParameter, naming it', async () => {
    const { status, body } = await send(await signedRequest({ action: 'ListUsers', params: { PageNumber: 1 }, now: T0 }));
    expect(status).toBe(400);
    expect(body.Code).toBe('MissingParameter');
    expect(body.Message).toContain('"PageSize"');
  });

  it('names list members the wire way (UserRoles.1.RoleName)', async () => {
    const params = { BizCode: 'JST', Language: 'Java', OperatingSystem: 'Linux', ServiceType: 'StoreApplication', Title: 't', UserRoles: [{ RoleName: 'Boss', UserId: '12345', UserType: 'TAOBAO' }] };
    const { status, body } = await send(await signedRequest({ action: 'CreateApp', params, now: T0 }));
    expect(status).toBe(400);
    expect(body.Code).toBe('InvalidParameter');
    expect(body.Message).toContain('"UserRoles.1.RoleName"');
  });

  it('refuses a value outside the document with InvalidParameter (400)', async () => {
    const { status, body } = await send(await signedRequest({ action: 'ListUsers', params: { PageNumber: 'one', PageSize: 10 }, now: T0 }));
    expect(status).toBe(400);
    expect(body.Code).toBe('InvalidParameter');
  });

  it('refuses an unknown Action with InvalidAction.NotFound (404)', async () => {
    const { status, body } = await send(await signedRequest({ action: 'DescribeRegions', now: T0 }));
    expect(status).toBe(404);
    expect(body.Code).toBe('InvalidAction.NotFound');
  });

  it('refuses another Version with InvalidVersion (400)', async () => {
    const { status, body } = await send(await signedRequest({ action: 'ListUsers', params: list, now: T0, version: '2014-05-26' }));
    expect(status).toBe(400);
    expect(body.Code).toBe('InvalidVersion');
  });

  it('answers gateway errors in XML when asked, with an <Error> root', async () => {
    const emulator = createAlibabaEmulator({ now: () => T0 });
    const response = await emulator.handle(await signedRequest({ action: 'ListUsers', params: list, now: T0, format: 'XML', signWith: 'bad' }));
    const text = await response.text();
    expect(response.headers.get('content-type')).toContain('xml');
    expect(text).toMatch(/<Error><RequestId>[^<]+<\/RequestId><HostId>retailcloud\.aliyuncs\.com<\/HostId><Code>SignatureDoesNotMatch<\/Code>/);
  });
});
