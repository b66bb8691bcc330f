import { describe, expect, it } from 'vitest';
import { harness } from '../testing';

async function setup() {
  const h = harness();
  const id = (await h.ok('DescribeCluster', { clusterName: 'prod-web' })).clusters[0].clusterId as string;
  return { h, id };
}

describe('log collectors, keyed by (cluster, name)', () => {
  it('create (container-log → kafka), check the name, list, get, update (host-log → cls), delete', async () => {
    const { h, id } = await setup();
    expect(await h.ok('CheckIfLogCollectorName', { clusterId: id, name: 'web-logs' })).toEqual({ checkResult: false });
    const made = await h.ok('CreateLogCollector', { clusterId: id, name: 'web-logs', inputType: 'container-log', outputType: 'kafka', inputOption: { allNamespaces: true }, outputOption: { host: '10.0.0.9', port: 9092, topic: 'web' } });
    expect(made.logCollectorList).toMatchObject({ name: 'web-logs', clusterId: id, clusterName: 'prod-web', inputOption: { allNamespaces: true }, outputOption: { host: '10.0.0.9', port: 9092, topic: 'web' } });
    expect(await h.ok('CheckIfLogCollectorName', { clusterId: id, name: 'web-logs' })).toEqual({ checkResult: true });
    expect((await h.ok('ListLogCollector', { clusterId: id })).totalCount).toBe(2);
    await h.ok('UpdateLogCollector', { clusterId: id, name: 'web-logs', description: 'host files', inputType: 'host-log', outputType: 'cls', inputOption: { path: '/var/log/nginx/*.log', labels: { app: 'web' } }, outputOption: { logsetId: 'ls-1', topicId: 'tp-1' } });
    const got = (await h.ok('GetLogCollector', { clusterId: id, name: 'web-logs' })).logCollectorList;
    expect(got).toMatchObject({ description: 'host files', inputType: 'host-log', outputType: 'cls', inputOption: { path: '/var/log/nginx/*.log', labels: { app: 'web' } }, outputOption: { logsetId: 'ls-1', topicId: 'tp-1' } });
    await h.ok('DeleteLogCollector', { clusterId: id, name: 'web-logs' });
    expect((await h.call('GetLogCollector', { clusterId: id, name: 'web-logs' })).codeDesc).toBe('LogCollectorNotFound');
  });

  it('the same name may exist in another cluster, not twice in one', async () => {
    const { h, id } = await setup();
    const other = (await h.ok('DescribeCluster', { clusterName: 'staging' })).clusters[0].clusterId;
    const body = { name: 'app-logs', inputType: 'container-log', outputType: 'kafka', inputOption: { allNamespaces: true }, outputOption: { host: 'h', port: 1, topic: 't' } };
    expect((await h.call('CreateLogCollector', { clusterId: id, ...body })).codeDesc).toBe('LogCollectorAlreadyExists');
    expect((await h.call('CreateLogCollector', { clusterId: other, ...body })).code).toBe(0);
  });

  it('requires the fields that the input and output types imply', async () => {
    const { h, id } = await setup();
    const base = { clusterId: id, name: 'n1', inputType: 'container-log', outputType: 'kafka', inputOption: { allNamespaces: true }, outputOption: { host: 'h', port: 1, topic: 't' } };
    expect((await h.call('CreateLogCollector', { ...base, outputType: 'ckafka' })).message).toContain('outputOption.instanceId');
    expect((await h.call('CreateLogCollector', { ...base, inputType: 'host-log' })).message).toContain('inputOption.path');
    expect((await h.call('CreateLogCollector', { ...base, inputOption: { allNamespaces: false } })).message).toContain('inputOption.namespaces');
    expect((await h.call('CreateLogCollector', { ...base, inputOption: { allNamespaces: false, namespaces: [{ namespace: 'ghost', allContainers: true }] } })).codeDesc).toBe('NamespaceNotFound');
    expect((await h.call('CreateLogCollector', { ...base, outputType: 'elastic' })).codeDesc).toBe('InvalidParameter');
    expect((await h.call('CreateLogCollector', { ...base, outputOption: { host: 'h', port: 70000, topic: 't' } })).message).toContain('port');
  });

  it('reads the UpdateLogCollector example encoding (prefixes missing)', async () => {
    const { h, id } = await setup();
    const body = await h.call('UpdateLogCollector', { clusterId: id, name: 'app-logs', inputType: 'container-log', outputType: 'cls', inputOption: 'allNamespaces=false', 'namespaces.0.namespace': 'default', 'namespaces.0.allContainers': 'true', outputOption: 'logsetId=LS', topicId: 'TP' });
    expect(body.code, JSON.stringify(body)).toBe(0);
    expect(body.data.logCollectorList).toMatchObject({ inputOption: { allNamespaces: false, namespaces: [{ namespace: 'default', allContainers: true }] }, outputOption: { logsetId: 'LS', topicId: 'TP' } });
  });

  it('the log daemon reports every ready node', async () => {
    const { h, id } = await setup();
    expect(await h.ok('GetLogDaemonStatus', { clusterId: id })).toEqual({ enabled: true, currentNumberScheduled: 4, desiredNumberScheduled: 4, message: '' });
  });
});
