import { describe, expect, it } from 'vitest';
import { createAlibabaEmulator } from './index';
import { signedRequest, T0 } from './testing';

const list = { PageNumber: 1, PageSize: 10 };

describe('fault injection, answered in Alibaba’s error format', () => {
  it('fails the next calls with InternalError (500), then recovers', async () => {
    const emulator = createAlibabaEmulator({ now: () => T0 });
    emulator.faults.set({ failNext: 1, failOperation: 'ListUsers' });
    const failed = await emulator.handle(await signedRequest({ action: 'ListUsers', params: list, now: T0 }));
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject({ Code: 'InternalError', HostId: 'retailcloud.aliyuncs.com' });
    const ok = await emulator.handle(await signedRequest({ action: 'ListUsers', params: list, now: T0 }));
    expect(ok.status).toBe(200);
  });

  it('throttles past the configured rate with Throttling (400)', async () => {
    const emulator = createAlibabaEmulator({ now: () => T0 });
    emulator.faults.set({ throttlePerSecond: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await emulator.handle(await signedRequest({ action: 'ListUsers', params: list, now: T0 }))).status);
    expect(statuses).toEqual([200, 200, 400]);
    const last = await emulator.handle(await signedRequest({ action: 'ListUsers', params: list, now: T0 }));
    expect(((await last.json()) as { Code: string }).Code).toBe('Throttling');
  });

  it('fails every call at errorRate 1, and the control routes switch faults at run time', async () => {
    const emulator = createAlibabaEmulator({ now: () => T0 });
    const put = await emulator.handle(new Request('http://emulator/__emulator/faults', { method: 'PUT', body: JSON.stringify({ errorRate: 1 }) }));
    expect(put.status).toBe(200);
    const failed = await emulator.handle(await signedRequest({ action: 'ListUsers', params: list, now: T0 }));
    expect(failed.status).toBe(500);
    await emulator.handle(new Request('http://emulator/__emulator/reset', { method: 'POST' }));
    expect((await emulator.handle(await signedRequest({ action: 'ListUsers', params: list, now: T0 }))).status).toBe(200);
  });

  it('reset restores the seeded world', async () => {
    const emulator = createAlibabaEmulator({ now: () => T0 });
    const count = async () => {
      const r = await emulator.handle(await signedRequest({ action: 'ListApp', params: {}, now: T0 }));
      return ((await r.json()) as { TotalCount: number }).TotalCount;
    };
    const before = await count();
    await emulator.handle(await signedRequest({ action: 'CreateApp', params: { BizCode: 'JST', Language: 'Java', OperatingSystem: 'Linux', ServiceType: 'StoreApplication', Title: 'extra', UserRoles: [{ RoleName: 'Owner', UserId: '12345', UserType: 'TAOBAO' }] }, now: T0 }));
    expect(await count()).toBe(before + 1);
    emulator.reset();
    expect(await count()).toBe(before);
  });
});
