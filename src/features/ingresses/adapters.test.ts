import { describe, expect, it } from 'vitest';
import { neteaseLbStatus, portMappingText, tencentIngressStatus, toAlibabaService, toNeteaseLb, toSlbAp, toTencentIngress } from './adapters';

const ctx = { accountId: 'acc', region: 'gz' };

describe('Tencent ingress rows', () => {
  const ingress = {
    ingressName: 'web-entry',
    lbId: 'lb-1',
    ingressIp: '193.112.0.5',
    namespace: 'prod',
    createdAt: '2018-04-25 12:31:58',
    rules: [
      { url: '/', domain: 'www.a.com', protocol: 'http', serviceName: 'web', servicePort: 80, LoadBalancePort: 80 },
      { url: '/api', domain: 'www.a.com', protocol: 'https', serviceName: 'web', servicePort: 80, LoadBalancePort: 443 },
    ],
  };
  it('maps rules, backends, VIP and the detail link', () => {
    const row = toTencentIngress(ctx, { id: 'cls-1', name: 'prod-web' }, ingress);
    expect(row).toMatchObject({ provider: 'tencent', kind: 'tencent-ingress', id: 'cls-1/prod/web-entry', address: '193.112.0.5', status: 'running', createdAt: '2018-04-25 12:31:58' });
    expect(row.rules).toEqual(['http://www.a.com/ :80', 'https://www.a.com/api :443']);
    expect(row.backends).toEqual(['web:80']);
    expect(row.href).toBe('/tencent/ingresses/acc/gz/cls-1/prod/web-entry');
    expect(row.group).toEqual({ kind: 'cluster', id: 'cls-1', name: 'prod-web' });
  });
  it('is Creating until the VIP arrives; reads the table spelling createAt too', () => {
    expect(tencentIngressStatus('')).toEqual({ status: 'pending', statusText: 'Creating' });
    const row = toTencentIngress(ctx, { id: 'c', name: 'c' }, { ingressName: 'x', ingressIp: '', createAt: '2018-01-01 00:00:00' });
    expect(row).toMatchObject({ status: 'pending', address: '', namespace: 'default', createdAt: '2018-01-01 00:00:00', rules: [] });
  });
});

describe('Alibaba rows', () => {
  const env = { appId: 7, appName: 'blog', envId: 12, envName: 'online' };
  it('maps an SLB access point', () => {
    const row = toSlbAp(ctx, env, { SlbAPId: 121, AppId: 7, EnvId: 12, Name: 'blog-http', SlbIp: '39.98.25.10', ListenerPort: 80, RealServerPort: 8080, Protocol: 'HTTP', NetworkMode: 'internet' });
    expect(row).toMatchObject({ kind: 'alibaba-slb-ap', id: 'slb-ap/121', name: 'blog-http', address: '39.98.25.10:80', subtype: 'internet', rules: ['80/HTTP → 8080'], href: '/alibaba/slb-aps/acc/121' });
    expect(row.group).toEqual({ kind: 'app-environment', id: '7/12', name: 'blog / online' });
    expect(row.backends).toEqual(['blog / online :8080']);
  });
  it('maps a k8s service with its port mappings', () => {
    const row = toAlibabaService(ctx, undefined, {
      ServiceId: 301,
      AppId: 7,
      EnvId: 12,
      Name: 'api',
      K8sServiceId: 'api-svc',
      ServiceType: 'NodePort',
      Headless: false,
      PortMappings: [{ Name: 'http', Port: 80, TargetPort: '8080', Protocol: 'TCP', NodePort: 30080 }],
    });
    expect(row).toMatchObject({ kind: 'alibaba-service', id: 'service/301', address: 'api-svc', subtype: 'NodePort', rules: ['80→8080/TCP (node 30080)'], href: '/alibaba/k8s-services/acc/301' });
    expect(row.group.name).toBe('7 / 12');
  });
  it('writes a port mapping without a node port plainly', () => {
    expect(portMappingText({ Port: 53, TargetPort: 'dns', Protocol: 'UDP', NodePort: 0 })).toBe('53→dns/UDP');
  });
});

describe('NetEase rows', () => {
  it('maps a load balancer and its states', () => {
    const row = toNeteaseLb(
      { accountId: 'ne', region: 'default' },
      { name: 'lb-web', namespace: 'my-ev-admin', address: '59.111.1.2', status: 'WORKING', instanceStatus: 'UP', chargeMode: 'netflow', bandwidthLimit: 10, createtime: '2017-01-01T10:00:00Z' },
    );
    expect(row).toMatchObject({ kind: 'netease-lb', id: 'my-ev-admin/lb-web', address: '59.111.1.2', status: 'running', subtype: 'netflow · 10 Mbps', href: '/netease/load-balancers/ne/my-ev-admin/lb-web' });
    expect(neteaseLbStatus('CREATING', 'UP').status).toBe('pending');
    expect(neteaseLbStatus('WORKING', 'DOWN')).toEqual({ status: 'failed', statusText: 'WORKING · DOWN' });
    expect(neteaseLbStatus('GONE', undefined).status).toBe('unknown');
  });
});

describe('group links', () => {
  it('point at the Tencent cluster and the Alibaba app on its environment', async () => {
    const { groupHref } = await import('./ingressColumns');
    const tc = toTencentIngress(ctx, { id: 'cls-1', name: 'prod' }, { ingressName: 'x' });
    expect(groupHref(tc)).toBe('/tencent/clusters/acc/gz/cls-1');
    const ap = toSlbAp(ctx, undefined, { SlbAPId: 1, AppId: 7, EnvId: 12 });
    expect(groupHref(ap)).toBe('/alibaba/apps/acc/7?env=12');
    expect(groupHref(toNeteaseLb(ctx, { name: 'a', namespace: 'b' }))).toBeUndefined();
  });
});
