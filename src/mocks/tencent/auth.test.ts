import { describe, expect, it } from 'vitest';
import { sign } from '../../providers/tencent/signer';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { createTencentEmulator } from '.';

/** Authentication exactly as the document describes it: 4104, 4100, 4500 (stale Timestamp, replayed Nonce). */
const T0 = Date.UTC(2026, 0, 10, 2, 0, 0);
const { secretId, secretKey } = DEMO_CREDENTIALS.tencent;

async function signed(overrides: Record<string, string> = {}, key: string = secretKey, method: 'GET' | 'POST' = 'POST', host = 'ccs.api.qcloud.com') {
  const params: Record<string, string> = { Action: 'DescribeCluster', Region: 'gz', Timestamp: String(T0 / 1000), Nonce: '4242', SecretId: secretId, limit: '5', ...overrides };
  params.Signature = await sign({ method, host, path: '/v2/index.php', params, secretKey: key });
  const body = new URLSearchParams(params).toString();
  return method === 'GET'
    ? new Request(`https://${host}/v2/index.php?${body}`)
    : new Request(`https://${host}/v2/index.php`, { method, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
}

const json = async (r: Response) => (await r.json()) as { code: number; message: string; codeDesc: string; data?: unknown };

describe('Tencent emulator authentication', () => {
  it('accepts a correctly signed call (POST and GET, HmacSHA1 and HmacSHA256)', async () => {
    const emu = createTencentEmulator({ now: () => T0 });
    expect((await json(await emu.handle(await signed()))).code).toBe(0);
    expect((await json(await emu.handle(await signed({ Nonce: '2' }, secretKey, 'GET')))).code).toBe(0);
    expect((await json(await emu.handle(await signed({ Nonce: '3', SignatureMethod: 'HmacSHA256' }))))).toMatchObject({ code: 0, codeDesc: 'Success' });
  });

  it('refuses a wrong signature with 4100', async () => {
    const emu = createTencentEmulator({ now: () => T0 });
    expect(await json(await emu.handle(await signed({}, 'not-the-secret')))).toMatchObject({ code: 4100, codeDesc: 'AuthFailure' });
  });

  it('refuses a signature computed for other parameters (tampered body) with 4100', async () => {
    const emu = createTencentEmulator({ now: () => T0 });
    const good = await signed();
    const body = (await good.text()).replace('limit=5', 'limit=6');
    const tampered = new Request(good.url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
    expect((await json(await emu.handle(tampered))).code).toBe(4100);
  });

  it('refuses an unknown SecretId with 4104', async () => {
    const emu = createTencentEmulator({ now: () => T0 });
    expect(await json(await emu.handle(await signed({ SecretId: 'AKIDnobody' })))).toMatchObject({ code: 4104, codeDesc: 'SecretIdNotFound' });
  });

  it('refuses a Timestamp more than 2 hours off with 4500, and accepts one just inside', async () => {
    const emu = createTencentEmulator({ now: () => T0 });
    expect((await json(await emu.handle(await signed({ Timestamp: String(T0 / 1000 - 7201) })))).code).toBe(4500);
    expect((await json(await emu.handle(await signed({ Timestamp: String(T0 / 1000 + 7201), Nonce: '5' })))).code).toBe(4500);
    expect((await json(await emu.handle(await signed({ Timestamp: String(T0 / 1000 - 7200), Nonce: '6' })))).code).toBe(0);
  });

  it('refuses a replayed Nonce with 4500', async () => {
    const emu = createTencentEmulator({ now: () => T0 });
    expect((await json(await emu.handle(await signed({ Nonce: '777' })))).code).toBe(0);
    expect(await json(await emu.handle(await signed({ Nonce: '777' })))).toMatchObject({ code: 4500, codeDesc: 'NonceReused' });
  });

  it('asks for a missing Signature, SecretId or Nonce', async () => {
    const emu = createTencentEmulator({ now: () => T0 });
    const r = new Request('https://ccs.api.qcloud.com/v2/index.php?Action=DescribeCluster&Region=gz&SecretId=x&Timestamp=1&Nonce=1');
    expect(await json(await emu.handle(r))).toMatchObject({ code: 4000, codeDesc: 'MissingParameter' });
  });

  it('accepts credentials passed in besides the demo ones, each with its own world', async () => {
    const extra = { secretId: 'AKIDextra', secretKey: 'extra-secret' };
    const emu = createTencentEmulator({ now: () => T0, credentials: [extra] });
    const body = await json(await emu.handle(await signed({ SecretId: extra.secretId }, extra.secretKey)));
    expect(body.code).toBe(0);
  });

  it('verifies the host the client addressed, with or without its port', async () => {
    const emu = createTencentEmulator({ now: () => T0 });
    expect((await json(await emu.handle(await signed({ Nonce: '11' }, secretKey, 'POST', '127.0.0.1:4101')))).code).toBe(0);
  });
});
