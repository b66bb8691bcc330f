import { describe, expect, it } from 'vitest';
import { tencentCatalog } from './catalog.testutil';
import { hmacBase64, sign, stringToSign } from './signer';

describe('Tencent v2 signer', () => {
  const vectors = tencentCatalog.signature.test_vectors;

  it('has the document worked examples (HmacSHA256, HmacSHA1) and the derived CCS vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(4);
  });

  it.each(vectors.map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    const input = { method: v.inputs.method, host: v.inputs.host, path: v.inputs.path, params: v.inputs.params };
    expect(stringToSign(input)).toBe(v.string_to_sign);
    expect(await sign({ ...input, secretKey: v.inputs.SecretKey })).toBe(v.expected);
  });

  it('reproduces the document worked example, whose printed signature carries an extraction typo', async () => {
    const v = vectors[0];
    const computed = await sign({ method: 'GET', host: v.inputs.host, path: v.inputs.path, params: v.inputs.params, secretKey: v.inputs.SecretKey });
    expect(computed).toBe('0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=');
    // As printed: 45 characters, one "e" too many — not a valid SHA-256 Base64 digest.
    expect(v.expected_as_printed).toBe('0EEem/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=');
    expect(computed).not.toBe(v.expected_as_printed);
  });

  it('the printed string to sign ("InstanceId" instead of "InstanceIds.0") does not give the printed value', async () => {
    const printed = 'GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceId=ins-09dx96dg&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA256&Timestamp=1465185768';
    expect(await hmacBase64('HmacSHA256', 'Gu5t9xGARNpq86cd98joQYCN3Cozk1qA', printed)).toBe('iAoneZbZ8EWC1m7FN1jR4PUm6GefkyT0xjCiw/c40OQ=');
  });

  it('uses HmacSHA1 unless SignatureMethod is HmacSHA256, sorts upper case first, and maps "_" in names to "."', async () => {
    const params = { Action: 'X', b_c: 'v_w', Nonce: '1', SignatureMethod: 'sha256' };
    expect(stringToSign({ method: 'post', host: 'h', path: '/p', params })).toBe('POSTh/p?Action=X&Nonce=1&SignatureMethod=sha256&b.c=v_w');
    const sig = await sign({ method: 'POST', host: 'h', path: '/p', params, secretKey: 'k' });
    expect(sig).toHaveLength(28); // SHA-1 digest
    expect(await sign({ method: 'POST', host: 'h', path: '/p', params: { ...params, SignatureMethod: 'HmacSHA256' }, secretKey: 'k' })).toHaveLength(44);
  });
});
