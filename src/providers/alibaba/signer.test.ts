import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalizedQuery, percentEncode, rpcTimestamp, sign, stringToSign } from './signer';

interface Vector {
  method: string;
  access_key_secret: string;
  params: Record<string, string>;
  signature: string;
  canonicalized_query_string?: string;
  string_to_sign?: string;
}
const catalog = JSON.parse(readFileSync(new URL('../../../../shared/catalog/alibaba.json', import.meta.url), 'utf8')) as { signature: { test_vectors: Vector[] } };

describe('Alibaba RPC signature v1', () => {
  it("reproduces Alibaba's published DescribeRegions example", async () => {
    const params = {
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      Format: 'XML',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      Timestamp: '2016-02-23T12:46:24Z',
      Version: '2014-05-26',
    };
    expect(await sign({ method: 'GET', params, accessKeySecret: 'testsecret' })).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it.each(catalog.signature.test_vectors.map((v) => [v.params.Action, v] as const))('matches the catalog vector %s', async (_name, v) => {
    if (v.canonicalized_query_string) expect(canonicalizedQuery(v.params)).toBe(v.canonicalized_query_string);
    if (v.string_to_sign) expect(stringToSign(v.method, v.params)).toBe(v.string_to_sign);
    expect(await sign({ method: v.method, params: v.params, accessKeySecret: v.access_key_secret })).toBe(v.signature);
  });

  it('encodes the RFC 3986 way', () => {
    expect(percentEncode("a b*c~d'!()/")).toBe('a%20b%2Ac~d%27%21%28%29%2F');
    expect(percentEncode('聚')).toBe('%E8%81%9A');
  });

  it('excludes Signature and sorts upper-case names first', () => {
    expect(canonicalizedQuery({ b: '1', Signature: 'x', A: '2', 'UserRoles.1.RoleName': 'Owner' })).toBe('A=2&UserRoles.1.RoleName=Owner&b=1');
  });

  it('changes with the method and the secret', async () => {
    const params = { Action: 'ListApp', AccessKeyId: 'testid' };
    const get = await sign({ method: 'GET', params, accessKeySecret: 's' });
    expect(await sign({ method: 'POST', params, accessKeySecret: 's' })).not.toBe(get);
    expect(await sign({ method: 'GET', params, accessKeySecret: 't' })).not.toBe(get);
  });

  it('formats timestamps without milliseconds', () => {
    expect(rpcTimestamp(Date.UTC(2016, 1, 23, 12, 46, 24, 123))).toBe('2016-02-23T12:46:24Z');
  });
});
