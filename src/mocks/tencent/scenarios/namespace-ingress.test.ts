import { describe, expect, it } from 'vitest';
import { serviceParams } from '../fixtures.testutil';
import { harness } from '../testing';

async function setup() {
  const h = harness();
  const id = (await h.ok('DescribeCluster', { clusterName: 'prod-web' })).clusters[0].clusterId as string;
  return { h, id };
}

describe('Kubernetes namespaces', () => {
  it('create, describe, modify, delete (with what they hold)', async () => {
    const { h, id } = await setup();
    await h.ok('CreateClusterNamespace', { clusterId: id, name: 'team-b', description: 'b' });
    expect((await h.call('CreateClusterNamespace', { clusterId: id, name: 'team-b', description: 'b' })).codeDesc).toBe('NamespaceAlreadyExists');
    expect((await h.call('CreateClusterNamespace', { clusterId: id, name: 'Team_B', description: 'b' })).message).toContain('name');
    await h.ok('ModifyNamespaceDescription', { clusterId: id, name: 'team-b', description: 'bee' });
    const list = (await h.ok('DescribeClusterNameSpaces', { clusterId: id })).namespaces;
    expect(list.find((n: { name: string }) => n.name === 'team-b')).toMatchObject({ status: 'Active', description: 'bee' });
    await h.ok('CreateClusterService', serviceParams(id, 'inside', { namespace: 'team-b' }));
    await h.ok('DeleteClusterNamespace', { clusterId: id, names: ['team-b'] });
    expect((await h.call('DescribeClusterServiceInfo', { clusterId: id, serviceName: 'inside', namespace: 'team-b' })).codeDesc).toBe('ServiceNotFound');
    expect((await h.call('DeleteClusterNamespace', { clusterId: id, names: ['kube-system'] })).codeDesc).toBe('NamespaceProtected');
    expect((await h.call('DeleteClusterNamespace', { clusterId: id, names: ['team-b'] })).codeDesc).toBe('NamespaceNotFound');
  });
});

describe('ingresses', () => {
  const rule = (over: Record<string, unknown> = {}) => ({ url: '/', domain: 'www.example.com', protocol: 'http', serviceName: 'nginx-web', servicePort: 80, LoadBalancePort: 80, ...over });

  it('create gets an address a little later; modify replaces rules (also as MosifyIngress); delete', async () => {
    const { h, id } = await setup();
    await h.ok('CreateIngress', { clusterId: id, ingressName: 'entry2', rules: [rule()] });
    let found = (await h.ok('DescribeIngress', { clusterId: id })).ingressList.find((i: { ingressName: string }) => i.ingressName === 'entry2');
    expect(found.ingressIp).toBe('');
    expect(found.lbId).toMatch(/^lb-/);
    h.advance(20_000);
    found = (await h.ok('DescribeIngress', { clusterId: id })).ingressList.find((i: { ingressName: string }) => i.ingressName === 'entry2');
    expect(found.ingressIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect((await h.callAction('MosifyIngress', 'ModifyIngress', { clusterId: id, ingressName: 'entry2', rules: [rule({ url: '^~ /static' }), rule({ domain: 'api.example.com', url: '/v1' })] })).code).toBe(0);
    found = (await h.ok('DescribeIngress', { clusterId: id })).ingressList.find((i: { ingressName: string }) => i.ingressName === 'entry2');
    expect(found.rules.map((r: { url: string }) => r.url)).toEqual(['^~ /static', '/v1']);
    await h.ok('DeleteIngress', { clusterId: id, ingressName: 'entry2' });
    expect((await h.call('DeleteIngress', { clusterId: id, ingressName: 'entry2' })).codeDesc).toBe('IngressNotFound');
  });

  it('validates rules against the document and the cluster', async () => {
    const { h, id } = await setup();
    expect((await h.call('CreateIngress', { clusterId: id, ingressName: 'web-entry', rules: [rule()] })).codeDesc).toBe('IngressAlreadyExists');
    expect((await h.call('CreateIngress', { clusterId: id, ingressName: 'x', rules: [rule({ serviceName: 'ghost' })] })).codeDesc).toBe('ServiceNotFound');
    expect((await h.call('CreateIngress', { clusterId: id, ingressName: 'x', rules: [rule({ servicePort: 81 })] })).message).toContain('servicePort');
    expect((await h.call('CreateIngress', { clusterId: id, ingressName: 'x', rules: [rule({ url: '/a b' })] })).message).toContain('url');
    expect((await h.call('CreateIngress', { clusterId: id, ingressName: 'x', rules: [rule({ protocol: 'https' })] })).message).toContain('certId');
    expect((await h.call('CreateIngress', { clusterId: id, ingressName: 'x', internetChargeType: 'FREE' })).codeDesc).toBe('InvalidParameter');
    expect((await h.call('CreateIngress', { clusterId: id, ingressName: 'x', internetMaxBandwidthOut: 0 })).message).toContain('internetMaxBandwidthOut');
  });
});
