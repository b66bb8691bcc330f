import { describe, expect, it } from 'vitest';
import { tencentOperations } from '../../providers/tencent/operations';
import { collectorParams, destinationSummary, formFromCollector, sourceSummary, validateCollector, type CollectorForm } from './rules';

const kafka: CollectorForm = { name: 'test-log', inputType: 'container-log', allNamespaces: true, outputType: 'kafka', host: '192.168.5.6', port: 13001, topic: 'containerlogs' };

describe('log collector rules (收集和消费选项)', () => {
  it('builds the document example: container logs of all namespaces to Kafka', () => {
    expect(validateCollector(kafka, 'create')).toEqual({});
    const p = collectorParams(kafka, 'cls-xxxxxxxx', 'create');
    expect(p).toEqual({ clusterId: 'cls-xxxxxxxx', name: 'test-log', inputType: 'container-log', outputType: 'kafka', inputOption: { allNamespaces: true }, outputOption: { host: '192.168.5.6', port: 13001, topic: 'containerlogs' } });
    expect(tencentOperations.CreateLogCollector.params.safeParse(p).success).toBe(true);
  });
  it('requires the name (create only) and refuses names that are not DNS labels', () => {
    expect(validateCollector({ ...kafka, name: '' }, 'create')).toEqual({ name: 'required' });
    expect(validateCollector({ ...kafka, name: 'Test_Log' }, 'create')).toEqual({ name: 'name' });
    expect(validateCollector({ ...kafka, name: 'a'.repeat(64) }, 'create')).toEqual({ name: 'name' });
    expect(validateCollector({ ...kafka, name: '' }, 'update')).toEqual({});
  });
  it('every output field of the chosen type is required; ports are 1–65535', () => {
    expect(validateCollector({ ...kafka, host: '', topic: ' ' }, 'create')).toEqual({ host: 'required', topic: 'required' });
    for (const port of [0, 65536, 1.5, 'x']) expect(validateCollector({ ...kafka, port }, 'create'), String(port)).toEqual({ port: 'port' });
    expect(validateCollector({ ...kafka, outputType: 'ckafka' }, 'create')).toEqual({ instanceId: 'required', topicId: 'required' });
    expect(validateCollector({ ...kafka, outputType: 'cls' }, 'create')).toEqual({ logsetId: 'required', topicId: 'required' });
  });
  it('CLS writes topicID on create (its table) and topicId on update (its example); other types send only their fields', () => {
    const cls = { ...kafka, outputType: 'cls' as const, logsetId: 'ls-1', topicId: 'tp-1' };
    expect(collectorParams(cls, 'c', 'create').outputOption).toEqual({ logsetId: 'ls-1', topicID: 'tp-1' });
    expect(collectorParams({ ...cls, description: 'd' }, 'c', 'update')).toMatchObject({ description: 'd', outputOption: { logsetId: 'ls-1', topicId: 'tp-1' } });
    expect(tencentOperations.UpdateLogCollector.params.safeParse(collectorParams(cls, 'c', 'update')).success).toBe(true);
  });
  it('container logs by namespace: namespace required once each; services required when not all containers', () => {
    const f: CollectorForm = { ...kafka, allNamespaces: false, namespaces: [] };
    expect(validateCollector(f, 'create')).toEqual({ namespaces: 'required' });
    expect(validateCollector({ ...f, namespaces: [{ namespace: 'default', allContainers: false, services: [] }, { namespace: 'default', allContainers: true }, {}] }, 'create')).toEqual({
      'namespaces.0.services': 'chooseService',
      'namespaces.1.namespace': 'duplicate',
      'namespaces.2.namespace': 'required',
    });
    const ok = { ...f, namespaces: [{ namespace: 'default', allContainers: false, services: ['web'] }, { namespace: 'kube-system', allContainers: true, services: ['x'] }] };
    expect(collectorParams(ok, 'c', 'create').inputOption).toEqual({ allNamespaces: false, namespaces: [{ namespace: 'default', allContainers: false, services: ['web'] }, { namespace: 'kube-system', allContainers: true }] });
  });
  it('host logs: absolute path required, labels are unique keys with values', () => {
    const f: CollectorForm = { ...kafka, inputType: 'host-log', path: 'var/log', labels: [{ key: 'app', value: '' }, { key: 'app', value: 'x' }] };
    expect(validateCollector(f, 'create')).toEqual({ path: 'absolute', 'labels.0.value': 'required', 'labels.1.key': 'duplicate' });
    expect(collectorParams({ ...f, path: '/var/log/*.log', labels: [{ key: 'app', value: 'web' }] }, 'c', 'create').inputOption).toEqual({ path: '/var/log/*.log', labels: { app: 'web' } });
  });
  it('reads a stored rule back into the form, and summarises it', () => {
    const stored = { name: 'h', inputType: 'host-log', outputType: 'cls', inputOption: { path: '/var/log/a', labels: { k: 'v' } }, outputOption: { logsetId: 'ls', topicId: 'tp' } };
    expect(formFromCollector(stored)).toMatchObject({ name: 'h', inputType: 'host-log', path: '/var/log/a', labels: [{ key: 'k', value: 'v' }], outputType: 'cls', logsetId: 'ls', topicId: 'tp' });
    expect(sourceSummary(stored, 'all')).toBe('/var/log/a · k=v');
    expect(destinationSummary(stored)).toBe('ls / tp');
    expect(sourceSummary({ inputType: 'container-log', inputOption: { allNamespaces: false, namespaces: [{ namespace: 'a', allContainers: false, services: ['s1', 's2'] }] } }, 'all')).toBe('a/{s1,s2}');
    expect(destinationSummary({ outputType: 'kafka', outputOption: { host: 'h', port: 1, topic: 't' } })).toBe('h:1 → t');
  });
});
