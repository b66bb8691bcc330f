import { describe, expect, it } from 'vitest';
import { harness } from './testing';

describe('fault injection in Tencent words', () => {
  it('failNext answers with the internal error 6000, for the named operation only', async () => {
    const h = harness();
    h.emulator.faults.set({ failNext: 1, failOperation: 'GetTagList' });
    expect((await h.call('DescribeCluster')).code).toBe(0);
    expect(await h.call('GetTagList', { reponame: 'tricloud/web' })).toMatchObject({ code: 6000, codeDesc: 'InternalError' });
    expect((await h.call('GetTagList', { reponame: 'tricloud/web' })).code).toBe(0);
  });

  it('throttling answers 4400 RequestLimitExceeded beyond the rate, and recovers the next second', async () => {
    const h = harness();
    h.emulator.faults.set({ throttlePerSecond: 2 });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await h.call('DescribeCluster')).code);
    expect(codes).toEqual([0, 0, 4400, 4400]);
    h.advance(1000);
    expect((await h.call('DescribeCluster')).code).toBe(0);
  });

  it('errorRate 1 fails every call; reset turns faults off and restores the seeded world', async () => {
    const h = harness();
    await h.ok('CreateCCRNamespace', { namespace: 'temp-ns' });
    h.emulator.faults.set({ errorRate: 1 });
    expect((await h.call('GetLimit')).code).toBe(6000);
    h.emulator.reset();
    expect(h.emulator.faults.settings.errorRate).toBe(0);
    expect((await h.ok('NamespacelsExists', { namespace: 'temp-ns' })).isExist).toBe(false);
  });

  it('faults are switchable at run time over the control routes', async () => {
    const h = harness();
    const put = await h.emulator.handle(new Request('http://emu/__emulator/faults', { method: 'PUT', body: JSON.stringify({ failNext: 1 }) }));
    expect(put.status).toBe(200);
    expect((await h.call('DescribeCluster')).code).toBe(6000);
  });
});
