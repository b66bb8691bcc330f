import { describe, expect, it } from 'vitest';
import { PEM_CERT, PEM_KEY, PROD } from './samples.testutil';
import { neteaseHarness } from './testing';

const ns = { namespace: PROD };

describe('load balancers (6.1-6.5)', () => {
  it('creates CREATING, becomes WORKING, binds a new nlb IP; deleting keeps the IP (available)', async () => {
    const h = neteaseHarness();
    const lb = await h.call('createLoadBalancer', { ...ns, name: 'mylb', description: 'mylb description' });
    expect(lb).toMatchObject({ name: 'mylb', status: 'CREATING', chargeMode: 'netflow', bandwidthLimit: 100, createtime: '2017-01-10T08:00:00.000Z' });
    const ip = (await h.call('listIps', { type: 'nlb' })).ips.find((i: { ip: string }) => i.ip === lb.address);
    expect(ip).toMatchObject({ status: 'binding', service_name: 'mylb' });
    expect(await h.fails('createListener', { ...ns, lb_name: 'mylb', name: 'l1', listenPort: 80, protocol: 'http' })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('CREATING') });
    h.advance(5_000);
    expect((await h.call('getLoadBalancer', { ...ns, lb_name: 'mylb' })).status).toBe('WORKING');
    expect((await h.call('getIp', { id: ip.id })).status).toBe('binded');
    await h.call('deleteLoadBalancer', { ...ns, lb_name: 'mylb' });
    expect(await h.fails('getLoadBalancer', { ...ns, lb_name: 'mylb' })).toMatchObject({ httpStatus: 404 });
    expect(await h.call('getIp', { id: ip.id })).toMatchObject({ status: 'available', service_id: '' });
  });

  it('takes an available nlb IP as address, and refuses a bound or nce one', async () => {
    const h = neteaseHarness();
    const { ips } = await h.call('createIps', { nlb: 1, nce: 1 });
    const [nlb, nce] = ips;
    expect((await h.call('createLoadBalancer', { ...ns, name: 'a', address: nlb.ip })).address).toBe(nlb.ip);
    expect(await h.fails('createLoadBalancer', { ...ns, name: 'b', address: nlb.ip })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('binding') });
    expect(await h.fails('createLoadBalancer', { ...ns, name: 'c', address: nce.ip })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('nce') });
  });

  it('needs the namespace header, a known space and a unique name; validates chargeMode and bandwidthLimit', async () => {
    const h = neteaseHarness();
    expect(await h.fails('createLoadBalancer', { name: 'x' })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('namespace') });
    expect(await h.fails('createLoadBalancer', { namespace: 'production', name: 'x' })).toMatchObject({ httpStatus: 404 });
    expect(await h.fails('createLoadBalancer', { ...ns, name: 'shop-lb' })).toMatchObject({ httpStatus: 409 });
    expect(await h.fails('createLoadBalancer', { ...ns, name: 'x', chargeMode: 'monthly' })).toMatchObject({ httpStatus: 400 });
    expect(await h.fails('createLoadBalancer', { ...ns, name: 'x', bandwidthLimit: 101 })).toMatchObject({ httpStatus: 400 });
  });

  it('lists every namespace’s load balancers with limit in [0,200) and updates billing', async () => {
    const h = neteaseHarness();
    expect(await h.call('listLoadBalancers', { limit: 0 })).toEqual([]);
    expect(await h.fails('listLoadBalancers', { limit: 200 })).toMatchObject({ httpStatus: 400 });
    await h.call('updateLoadBalancer', { ...ns, lb_name: 'shop-lb', chargeMode: 'bandwidth', bandwidthLimit: 10, description: 'update mylb description' });
    const [lb] = await h.call('listLoadBalancers');
    expect(lb).toMatchObject({ chargeMode: 'bandwidth', bandwidthLimit: 10, description: 'update mylb description', namespace: PROD, instanceStatus: 'UP' });
  });
});

describe('listeners (6.6-6.9)', () => {
  const listener = { ...ns, lb_name: 'shop-lb' };
  it('creates one listener with rules (defaults filled), replaces its rules, deletes it', async () => {
    const h = neteaseHarness();
    await h.call('createListener', { ...listener, name: 'my-listeners', listenPort: 8080, protocol: 'http', clusters: [{ serviceName: 'web', servicePort: 80, policy: { mode: 'insert' } }] });
    const created = (await h.call('listListeners', listener)).find((l: { name: string }) => l.name === 'my-listeners');
    expect(created.clusters).toEqual([{ serverName: '*', path: '/', serviceName: 'web', servicePort: 80, policy: { mode: 'insert', expire: 30 } }]);
    const detail = await h.call('getLoadBalancer', listener);
    expect(detail.listeners.find((l: { name: string }) => l.name === 'my-listeners').clusters[0].name).toMatch(/^groupName_[0-9a-f-]{36}$/);
    await h.call('updateListener', { ...listener, listener_name: 'my-listeners', clusters: [{ serverName: '1.com', path: '/1', serviceName: 'order-api', servicePort: 8080 }, { serverName: '2.com', serviceName: 'web', servicePort: 80 }] });
    const updated = (await h.call('listListeners', listener)).find((l: { name: string }) => l.name === 'my-listeners');
    expect(updated.clusters.map((c: { serverName: string }) => c.serverName)).toEqual(['1.com', '2.com']);
    await h.call('updateListener', { ...listener, listener_name: 'my-listeners', clusters: [{ serviceName: 'web', servicePort: 80 }] });
    expect((await h.call('listListeners', listener)).find((l: { name: string }) => l.name === 'my-listeners').clusters).toHaveLength(1);
    await h.call('deleteListener', { ...listener, listener_name: 'my-listeners' });
    expect(await h.fails('deleteListener', { ...listener, listener_name: 'my-listeners' })).toMatchObject({ httpStatus: 404 });
  });

  it('validates names, ports per protocol, certificates for https and the cookie policy', async () => {
    const h = neteaseHarness();
    const rule = { serviceName: 'web', servicePort: 80 };
    const bad = [
      { name: 'My-Listener', listenPort: 8080, protocol: 'http' },
      { name: 'a'.repeat(25), listenPort: 8080, protocol: 'http' },
      { name: 'l-', listenPort: 8080, protocol: 'http' },
      { name: 'l1', listenPort: 443, protocol: 'http' },
      { name: 'l1', listenPort: 1024, protocol: 'http' },
      { name: 'l1', listenPort: 80, protocol: 'https', clusters: [{ ...rule, certId: 'x' }] },
      { name: 'l1', listenPort: 443, protocol: 'https', clusters: [rule] },
      { name: 'l1', listenPort: 8080, protocol: 'http', clusters: [{ ...rule, policy: { mode: 'rewrite' } }] },
      { name: 'l1', listenPort: 8080, protocol: 'http', clusters: [{ ...rule, policy: { mode: 'insert', expire: 86401 } }] },
      { name: 'l1', listenPort: 8080, protocol: 'tcp' },
    ];
    for (const body of bad) expect(await h.fails('createListener', { ...listener, ...body }), JSON.stringify(body)).toMatchObject({ httpStatus: 400, code: '4001301' });
    expect(await h.fails('createListener', { ...listener, name: 'l1', listenPort: 80, protocol: 'http' })).toMatchObject({ httpStatus: 409, message: expect.stringContaining('listenPort') });
    expect(await h.fails('createListener', { ...listener, name: 'l1', listenPort: 8080, protocol: 'http', clusters: [{ serviceName: 'ghost', servicePort: 80 }] })).toMatchObject({ httpStatus: 400 });
    expect(await h.fails('createListener', { ...listener, name: 'l1', listenPort: 8443, protocol: 'https', clusters: [{ ...rule, certId: 'no-such-cert' }] })).toMatchObject({ httpStatus: 404 });
    const { id } = await h.call('uploadCertificate', { name: 'c', pubCert: PEM_CERT, priKey: PEM_KEY });
    await h.call('createListener', { ...listener, name: 'l1', listenPort: 8443, protocol: 'https', clusters: [{ ...rule, certId: id, policy: { mode: 'rewrite', cookieName: 'sid' } }] });
  });

  it('shows instanceStatus DOWN when a rule forwards to a port the service does not have', async () => {
    const h = neteaseHarness();
    await h.call('updateListener', { ...listener, listener_name: 'http-listeners', clusters: [{ serviceName: 'web', servicePort: 9999 }] });
    expect((await h.call('getLoadBalancer', listener)).instanceStatus).toBe('DOWN');
  });
});

describe('certificates (6.10-6.13)', () => {
  it('uploads, lists, replaces and deletes; one in use by a listener cannot be deleted', async () => {
    const h = neteaseHarness();
    const { id, name } = await h.call('uploadCertificate', { name: 'my-cer', pubCert: PEM_CERT, priKey: PEM_KEY });
    expect(name).toBe('my-cer');
    const listed = (await h.call('listCertificates')).find((c: { id: string }) => c.id === id);
    expect(listed.fingerPrint).toMatch(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
    await h.call('updateCertificate', { cert_id: id, name: 'my-cer2', pubCert: PEM_CERT, priKey: PEM_KEY });
    expect((await h.call('listCertificates')).find((c: { id: string }) => c.id === id).name).toBe('my-cer2');
    expect(await h.fails('uploadCertificate', { name: 'x', pubCert: 'not a pem', priKey: PEM_KEY })).toMatchObject({ httpStatus: 400 });
    await h.call('deleteCertificate', { cert_id: id });
    const inUse = (await h.call('listCertificates'))[0].id;
    expect(await h.fails('deleteCertificate', { cert_id: inUse })).toMatchObject({ httpStatus: 400, message: expect.stringContaining('shop-lb') });
  });
});
