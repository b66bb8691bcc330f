import { describe, expect, it } from 'vitest';
import { neteaseOps } from './operations';
import { buildNeteaseRequest } from './wire';

const endpoint = 'https://open.c.163.com';

describe('buildNeteaseRequest', () => {
  it('puts path, query and header parameters where the document does, the rest in a JSON body', async () => {
    const req = buildNeteaseRequest(neteaseOps.createListener, { lb_name: 'mylb', namespace: 'my-ev-admin', name: 'l1', listenPort: 80, protocol: 'http', clusters: [] }, endpoint, 'Token abc');
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://open.c.163.com/api/v1/nlb/loadbalancers/mylb/listeners');
    expect(req.headers.get('namespace')).toBe('my-ev-admin');
    expect(req.headers.get('Authorization')).toBe('Token abc');
    expect(await req.json()).toEqual({ name: 'l1', listenPort: 80, protocol: 'http', clusters: [] });
  });

  it('sends body-less PUT actions with their query parameters (7.3, 9.11, 9.13, 9.14) and DELETE with free_ip', () => {
    expect(buildNeteaseRequest(neteaseOps.resizeVolume, { id: 19893, size: 20 }, endpoint).url).toBe('https://open.c.163.com/api/v1/cloud-volumes/19893/actions/resize?size=20');
    expect(buildNeteaseRequest(neteaseOps.updateServiceSpec, { id: 1, spec_id: 3 }, endpoint).url).toBe('https://open.c.163.com/api/v1/microservices/1/specification?spec_id=3');
    const del = buildNeteaseRequest(neteaseOps.deleteService, { id: 51572, free_ip: true }, endpoint);
    expect([del.method, del.url]).toEqual(['DELETE', 'https://open.c.163.com/api/v1/microservices/51572?free_ip=true']);
    expect(del.body).toBeNull();
  });

  it('uploads 5.1’s Dockerfile as the multipart file docker_file, keeping the trailing slash', async () => {
    const req = buildNeteaseRequest(neteaseOps.buildImage, { repo_name: 'mysql', tag: 'v2', docker_file: 'FROM ubuntu' }, endpoint);
    expect(req.url).toBe('https://open.c.163.com/api/v1/repositories/mysql/tags/v2/actions/build/');
    expect(req.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const file = (await req.formData()).get('docker_file') as File;
    expect(await file.text()).toBe('FROM ubuntu');
  });

  it('escapes path values and refuses a missing placeholder', () => {
    expect(buildNeteaseRequest(neteaseOps.getIp, { id: 'a/b' }, endpoint).url).toBe('https://open.c.163.com/api/v1/ips/a%2Fb');
    expect(() => buildNeteaseRequest(neteaseOps.getIp, {}, endpoint)).toThrow('id');
  });
});
