import { describe, expect, it } from 'vitest';
import { certificateIssues, lbIssues, lbNeutral, listenerIssues, toCluster, type ListenerForm } from './rules';

const lb = { lb_name: 'mylb', namespace: 'my-ev-admin' };
const rule = { serverName: '163.com', path: '/cloud', serviceName: 'test', servicePort: 8080 };
const good: ListenerForm = { name: 'my-listeners', protocol: 'http', listenPort: 80, clusters: [rule] };
const issues = (form: ListenerForm, mode: 'create' | 'update' = 'create') => [...listenerIssues(form, lb, mode)].sort();

describe('listener rules (6.6/6.8)', () => {
  it('accepts the document example', () => {
    expect(issues(good)).toEqual([]);
    expect(issues({ ...good, protocol: 'https', listenPort: 443, clusters: [{ ...rule, certId: 'f271a811-d277-4d23-822e-9b9e71bf05a1' }] })).toEqual([]);
  });
  it('names: 1-24 lowercase letters, digits or "-", starting with a letter, ending with a letter or digit', () => {
    for (const name of ['', 'My-listener', '1abc', 'abc-', 'a'.repeat(25), 'a_b']) expect(issues({ ...good, name }), name).toEqual(['name']);
    for (const name of ['a', 'a1', 'http-listeners', 'a'.repeat(24)]) expect(issues({ ...good, name }), name).toEqual([]);
  });
  it('ports: http 80 or 1025-65535, https 443 or 1025-65535', () => {
    const port = (protocol: 'http' | 'https', listenPort: number | null) =>
      issues({ ...good, protocol, listenPort, clusters: protocol === 'https' ? [{ ...rule, certId: 'c' }] : [rule] });
    expect(port('http', 80)).toEqual([]);
    expect(port('http', 443)).toEqual(['listenPort']);
    expect(port('http', 1024)).toEqual(['listenPort']);
    expect(port('http', 1025)).toEqual([]);
    expect(port('http', 65535)).toEqual([]);
    expect(port('http', 65536)).toEqual(['listenPort']);
    expect(port('https', 443)).toEqual([]);
    expect(port('https', 80)).toEqual(['listenPort']);
    expect(port('https', null)).toEqual(['listenPort']);
  });
  it('https rules need a certificate, on create and on update; http rules drop it', () => {
    expect(issues({ ...good, protocol: 'https', listenPort: 443 })).toEqual(['clusters.0.certId']);
    expect(issues({ ...good, protocol: 'https', listenPort: 443 }, 'update')).toEqual(['clusters.0.certId']);
    expect(toCluster({ ...rule, certId: 'c' }, 'http').certId).toBeUndefined();
    expect(toCluster({ ...rule, certId: 'c' }, 'https').certId).toBe('c');
  });
  it('rules: service and port required, path starts with /, cookie expiry 1-86400, rewrite needs a cookie name', () => {
    expect(issues({ ...good, clusters: [{ ...rule, serviceName: '' }] })).toEqual(['clusters.0.serviceName']);
    expect(issues({ ...good, clusters: [{ ...rule, servicePort: 0 }] })).toEqual(['clusters.0.servicePort']);
    expect(issues({ ...good, clusters: [{ ...rule, servicePort: null }] })).toEqual(['clusters.0.servicePort']);
    expect(issues({ ...good, clusters: [{ ...rule, path: 'cloud' }] })).toEqual(['clusters.0.path']);
    expect(issues({ ...good, clusters: [{ ...rule, sticky: true, mode: 'insert', expire: 86401 }] })).toEqual(['clusters.0.expire']);
    expect(issues({ ...good, clusters: [{ ...rule, sticky: true, mode: 'insert', expire: 0 }] })).toEqual(['clusters.0.expire']);
    expect(issues({ ...good, clusters: [{ ...rule, sticky: true, mode: 'insert', expire: 86400 }] })).toEqual([]);
    expect(issues({ ...good, clusters: [{ ...rule, sticky: true, mode: 'rewrite' }] })).toEqual(['clusters.0.cookieName']);
    expect(issues({ ...good, clusters: [{ ...rule, sticky: true, mode: 'rewrite', cookieName: 'hello' }] })).toEqual([]);
  });
  it('a second rule with the same domain and path is refused beside its path', () => {
    expect(issues({ ...good, clusters: [rule, { ...rule, servicePort: 80 }] })).toEqual(['clusters.1.path']);
    expect(issues({ ...good, clusters: [{ ...rule, serverName: '', path: '' }, { ...rule, serverName: '*', path: '/' }] })).toEqual(['clusters.1.path']);
  });
  it('sends the document’s shape: empty optional fields left out, policy only when persistence is on', () => {
    expect(toCluster({ serverName: ' ', path: '', serviceName: 'web', servicePort: 80, sticky: false, mode: 'insert', expire: 30 }, 'http')).toEqual({
      serverName: undefined,
      path: undefined,
      serviceName: 'web',
      servicePort: 80,
      certId: undefined,
      policy: undefined,
    });
    expect(toCluster({ ...rule, sticky: true, mode: 'rewrite', expire: 30, cookieName: 'sid' }, 'http').policy).toEqual({ mode: 'rewrite', expire: undefined, cookieName: 'sid' });
  });
});

describe('load balancer rules (6.1/6.4)', () => {
  it('requires a space and a name of 1-64 characters; bandwidth 1-100; description at most 256', () => {
    const form = { name: 'mylb', chargeMode: 'bandwidth' as const, bandwidthLimit: 1, description: 'mylb description', address: '59.111.163.163' };
    expect([...lbIssues(form, 'my-ev-admin', 'create')]).toEqual([]);
    expect([...lbIssues(form, undefined, 'create')]).toEqual(['namespace']);
    expect([...lbIssues({ ...form, name: '' }, 'ns', 'create')]).toEqual(['name']);
    expect([...lbIssues({ ...form, name: 'x'.repeat(65) }, 'ns', 'create')]).toEqual(['name']);
    expect([...lbIssues({ ...form, bandwidthLimit: 0 }, 'ns', 'create')]).toEqual(['bandwidthLimit']);
    expect([...lbIssues({ ...form, bandwidthLimit: 101 }, 'ns', 'update')]).toEqual(['bandwidthLimit']);
    expect([...lbIssues({ ...form, bandwidthLimit: 1.5 }, 'ns', 'update')]).toEqual(['bandwidthLimit']);
    expect([...lbIssues({ ...form, description: 'd'.repeat(257) }, 'ns', 'update')]).toEqual(['description']);
    expect([...lbIssues({ ...form, address: '59.111' }, 'ns', 'create')]).toEqual(['address']);
  });
  it('maps CREATING and WORKING to the neutral statuses', () => {
    expect(lbNeutral('CREATING')).toBe('pending');
    expect(lbNeutral('WORKING')).toBe('running');
  });
});

describe('certificate rules (6.10/6.12)', () => {
  const cert = { name: 'my-cer', pubCert: '-----BEGIN CERTIFICATE-----\nMIID\n-----END CERTIFICATE-----', priKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----' };
  it('needs a name of 1-64 characters and PEM certificate and key', () => {
    expect([...certificateIssues(cert)]).toEqual([]);
    expect([...certificateIssues({ ...cert, priKey: cert.priKey.replace(/RSA /g, 'EC ') })]).toEqual([]);
    expect([...certificateIssues({ ...cert, name: '' })]).toEqual(['name']);
    expect([...certificateIssues({ ...cert, name: 'n'.repeat(65) })]).toEqual(['name']);
    expect([...certificateIssues({ ...cert, pubCert: 'MIID' })]).toEqual(['pubCert']);
    expect([...certificateIssues({ ...cert, priKey: cert.pubCert })]).toEqual(['priKey']);
  });
});
