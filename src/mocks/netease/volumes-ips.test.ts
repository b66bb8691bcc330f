import { describe, expect, it } from 'vitest';
import { neteaseHarness } from './testing';

describe('cloud volumes (7.x)', () => {
  it('creates, lists (upated_at sic), resizes and deletes', async () => {
    const h = neteaseHarness();
    const { id } = await h.call('createVolume', { volume_name: 'data-1', size: '10' });
    const v = (await h.call('listVolumes', { limit: 20 })).volumes.find((x: { id: number }) => x.id === id);
    expect(v).toMatchObject({ name: 'data-1', size: 10, status: 'create_succ', service_name: '', file_system_type: 'Ext4', upated_at: '2017-01-10T08:00:00Z', volume_mappings: [] });
    h.advance(60_000);
    await h.call('resizeVolume', { id, size: 990 });
    expect((await h.call('listVolumes')).volumes.find((x: { id: number }) => x.id === id)).toMatchObject({ size: 990, upated_at: '2017-01-10T08:01:00Z' });
    await h.call('deleteVolume', { id });
    expect(await h.fails('deleteVolume', { id })).toMatchObject({ httpStatus: 404, code: '4041404' });
  });

  it('enforces the size rules (>= 10, < 1000, multiple of 10; resize only larger) and the name rule', async () => {
    const h = neteaseHarness();
    for (const size of [0, 5, 15, 1000]) expect(await h.fails('createVolume', { volume_name: 'v', size }), String(size)).toMatchObject({ httpStatus: 400, code: '4001401' });
    for (const volume_name of ['Data', '1data', 'data-', 'a'.repeat(33)]) expect(await h.fails('createVolume', { volume_name, size: 10 })).toMatchObject({ httpStatus: 400 });
    const { id } = await h.call('createVolume', { volume_name: 'v', size: 50 });
    expect(await h.fails('createVolume', { volume_name: 'v', size: 10 })).toMatchObject({ httpStatus: 409 });
    expect(await h.fails('resizeVolume', { id, size: 50 })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('larger') });
    // 7.3's own example resizes to 1000, which its rule forbids: the rule wins.
    expect(await h.fails('resizeVolume', { id, size: 1000 })).toMatchObject({ httpStatus: 400 });
    expect(await h.fails('listVolumes', { limit: 21 })).toMatchObject({ httpStatus: 400 });
  });

  it('refuses to delete a mounted volume', async () => {
    const h = neteaseHarness();
    const mounted = (await h.call('listVolumes')).volumes.find((v: { status: string }) => v.status === 'mount_succ');
    expect(mounted).toMatchObject({ service_name: 'default/mysql', volume_mappings: [{ mount_path: '/var/lib/mysql/' }] });
    expect(await h.fails('deleteVolume', { id: mounted.id })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('mounted') });
  });
});

describe('IPs (8.x)', () => {
  it('allocates within the per-type quota (partial success), filters, and reports quota', async () => {
    const h = neteaseHarness();
    const before = await h.call('getIpQuota');
    expect(before).toMatchObject({ total: 20, quotas: [{ type: 'nce', quota: 10 }, { type: 'nlb', quota: 10 }] });
    const nlbFree = 10 - before.quotas[1].used;
    const created = await h.call('createIps', { nlb: nlbFree + 3, nce: 1 });
    expect(created.total).toBe(nlbFree + 1);
    expect(created.ips.every((i: { status: string }) => i.status === 'available')).toBe(true);
    expect(created.ips.filter((i: { type: string }) => i.type === 'nce')[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.ips.filter((i: { type: string }) => i.type === 'nlb')[0].id).toMatch(/^\d+$/);
    expect(await h.fails('createIps', { nlb: 1 })).toMatchObject({ httpStatus: 403, code: '4031507' });
    expect(await h.fails('createIps', {})).toMatchObject({ httpStatus: 400 });
    const quota = await h.call('getIpQuota');
    expect(quota.quotas[1].used).toBe(10);
    const listed = await h.call('listIps', { type: 'nlb', status: 'available', limit: 3 });
    expect(listed.ips).toHaveLength(3);
    expect(listed.ips.every((i: { type: string; status: string }) => i.type === 'nlb' && i.status === 'available')).toBe(true);
    expect(await h.fails('listIps', { status: 'bound' })).toMatchObject({ httpStatus: 400 });
  });

  it('routes /ips/quota before /ips/{id}', async () => {
    const h = neteaseHarness();
    const res = await h.raw('getIpQuota');
    expect(Object.keys(await res.json())).toEqual(['total', 'used', 'quotas']);
  });

  it('accrues cost over time and releases only available IPs, answering status deleted', async () => {
    const h = neteaseHarness();
    const [ip] = (await h.call('createIps', { nce: 1 })).ips;
    expect((await h.call('getIpCost', { id: ip.id })).cost).toBe(0);
    h.advance(1000 * 3_600_000);
    expect((await h.call('getIpCost', { id: ip.id })).cost).toBeCloseTo(1.5, 2);
    const bound = (await h.call('listIps', { status: 'binded' })).ips[0];
    expect(await h.fails('deleteIp', { id: bound.id })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('binded') });
    const disabled = (await h.call('listIps', { status: 'disabled' })).ips[0];
    expect(await h.fails('deleteIp', { id: disabled.id })).toMatchObject({ httpStatus: 400 });
    expect(await h.call('deleteIp', { id: ip.id })).toMatchObject({ id: ip.id, status: 'deleted' });
    expect(await h.fails('getIp', { id: ip.id })).toMatchObject({ httpStatus: 404 });
  });
});
