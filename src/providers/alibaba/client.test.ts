import { describe, expect, it } from 'vitest';
import type { RawAnswer } from '../core/transport';
import { ProviderError } from '../core/errors';
import { unwrapAlibaba } from './client';

const answer = (status: number, body: unknown, text = JSON.stringify(body)): RawAnswer => ({ status, headers: new Headers(), text, proxyRequestId: 'p-1' });

function caught(fn: () => unknown): ProviderError {
  try {
    fn();
  } catch (e) {
    return e as ProviderError;
  }
  throw new Error('did not throw');
}

describe('unwrapAlibaba', () => {
  it('returns the body of a success, paging included', () => {
    const body = { RequestId: 'r', Code: 0, TotalCount: 1, Data: [{ AppId: 1 }] };
    expect(unwrapAlibaba(answer(200, body), 'ListApp')).toEqual(body);
  });

  it("turns the gateway's refusal into a ProviderError with its code, message and RequestId", () => {
    const e = caught(() => unwrapAlibaba(answer(400, { RequestId: 'R1', HostId: 'h', Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched', Recommend: '' }), 'ListApp'));
    expect(e).toBeInstanceOf(ProviderError);
    expect(e).toMatchObject({ provider: 'alibaba', code: 'SignatureDoesNotMatch', httpStatus: 400, requestId: 'R1', proxyRequestId: 'p-1', operation: 'ListApp' });
    expect(e.message).toContain('signature');
  });

  it('reads every error-message spelling of the business envelope', () => {
    for (const field of ['ErrMsg', 'ErrorMsg', 'ErrorMessage', 'ErrMessage']) {
      const e = caught(() => unwrapAlibaba(answer(200, { RequestId: 'R', Code: 404, [field]: '应用不存在' }), 'DescribeAppDetail'));
      expect(e).toMatchObject({ code: '404', message: '应用不存在', requestId: 'R' });
    }
  });

  it('treats Success false as a failure even with Code 0', () => {
    expect(() => unwrapAlibaba(answer(200, { RequestId: 'R', Code: 0, Success: false, ErrMsg: 'no' }), 'DeleteSlbAP')).toThrow('no');
  });

  it('reads XML answers', () => {
    const xml = '<?xml version="1.0"?><ListUsersResponse><RequestId>R</RequestId><Code>0</Code><TotalCount>1</TotalCount><Data><UserId>1</UserId></Data></ListUsersResponse>';
    // One user in XML is one element; the schema makes it a list again.
    expect(unwrapAlibaba(answer(200, null, xml), 'ListUsers')).toMatchObject({ Code: '0', TotalCount: '1', Data: [{ UserId: '1' }] });
    const err = '<Error><RequestId>R</RequestId><Code>InvalidAccessKeyId.NotFound</Code><Message>Specified access key is not found.</Message></Error>';
    expect(caught(() => unwrapAlibaba(answer(404, null, err), 'ListUsers'))).toMatchObject({ code: 'InvalidAccessKeyId.NotFound', httpStatus: 404 });
  });

  it('reports a body it cannot read with the HTTP status', () => {
    expect(caught(() => unwrapAlibaba(answer(502, null, 'Bad Gateway'), 'ListUsers'))).toMatchObject({ code: 'HTTP502', message: 'Bad Gateway' });
  });
});
