import { describe, expect, it } from 'vitest';
import { serviceParams } from '../fixtures.testutil';
import { DURATIONS } from '../store/clock';
import { harness } from '../testing';

async function setup() {
  const h = harness();
  const id = (await h.ok('DescribeCluster', { clusterName: 'prod-web' })).clusters[0].clusterId as string;
  const info = async (name = 'shop') => (await h.ok('DescribeClusterServiceInfo', { clusterId: id, serviceName: name })).service;
  return { h, id, info };
}

describe('services', () => {
  it('a created service is Waiting with its LB Creating, then Normal and Running', async () => {
    const { h, id, info } = await setup();
    await h.ok('CreateClusterService', serviceParams(id, 'shop'));
    const row = (await h.ok('DescribeClusterService', { clusterId: id })).services.find((s: { serviceName: string }) => s.serviceName === 'shop');
    expect(row).toMatchObject({ status: 'Waiting', lbStatus: 'Creating', desiredReplicas: 2, accessType: 'LoadBalancer' });
    h.advance(DURATIONS.serviceCreate);
    const s = await info();
    expect(s).toMatchObject({ status: 'Normal', lbStatus: 'Running', currentReplicas: 2, selector: { 'qcloud-app': 'shop' } });
    expect(s.containers[0].liveProbe).toMatchObject({ healthNum: 1, methodHttp: { port: 80, path: '/healthz' } });
    expect(s.lbId).toMatch(/^lb-/);
  });

  it('validates the definition in Tencent words', async () => {
    const { h, id } = await setup();
    expect((await h.call('CreateClusterService', serviceParams(id, 'Bad_Name'))).message).toContain('serviceName');
    expect((await h.call('CreateClusterService', serviceParams(id, 'nginx-web'))).codeDesc).toBe('ServiceAlreadyExists');
    expect((await h.call('CreateClusterService', serviceParams(id, 'x', { accessType: 'SvcLBTypeInner' }))).message).toContain('subnetId');
    expect((await h.call('CreateClusterService', serviceParams(id, 'x', { namespace: 'nope' }))).codeDesc).toBe('NamespaceNotFound');
    expect((await h.call('CreateClusterService', serviceParams(id, 'x', { containers: [] }))).message).toContain('containers');
    const bad = serviceParams(id, 'x');
    (bad.containers[0] as Record<string, unknown>).cpuLimits = 150;
    expect((await h.call('CreateClusterService', bad)).message).toContain('cpuLimits');
    expect((await h.call('CreateClusterService', serviceParams(id, 'x', { volumes: [{ name: 'd', volumeType: 'cbsDisk', cbsDiskId: 'disk-1' }] }))).message).toContain('replicas');
    expect((await h.call('CreateClusterService', serviceParams(id, 'x', { volumes: [{ name: 'd', volumeType: 'nfsDisk' }], replicas: 1 }))).message).toContain('nfsPath');
    const probe = serviceParams(id, 'x');
    (probe.containers[0].healthCheck[0] as Record<string, unknown>).healthNum = 2;
    expect((await h.call('CreateClusterService', probe)).message).toContain('healthNum');
    expect((await h.call('CreateClusterService', serviceParams(id, 'x', { accessType: 'NodePort' }))).codeDesc).toBe('InvalidParameter');
  });

  it('modify rolls out (Updating → Normal); rollback restores exactly the previous definition, once', async () => {
    const { h, id, info } = await setup();
    await h.ok('CreateClusterService', serviceParams(id, 'shop'));
    h.advance(DURATIONS.serviceCreate);
    const before = await info();
    await h.ok('ModifyClusterService', { ...serviceParams(id, 'shop', { replicas: 3, accessType: 'ClusterIP', portMappings: [{ lbPort: 8080, containerPort: 80, protocol: 'TCP' }] }), strategy: 'Recreate' });
    let s = await info();
    expect(s).toMatchObject({ status: 'Updating', desiredReplicas: 3, accessType: 'ClusterIP', strategy: 'Recreate' });
    h.advance(DURATIONS.serviceUpdate);
    expect((await info()).status).toBe('Normal');
    await h.ok('RollBackClusterService', { clusterId: id, serviceName: 'shop' });
    s = await info();
    expect(s.status).toBe('RollingBack');
    expect({ containers: s.containers, portMappings: s.portMappings, accessType: s.accessType, desiredReplicas: s.desiredReplicas, strategy: s.strategy }).toEqual({
      containers: before.containers,
      portMappings: before.portMappings,
      accessType: before.accessType,
      desiredReplicas: before.desiredReplicas,
      strategy: before.strategy,
    });
    h.advance(DURATIONS.serviceUpdate);
    expect((await info()).status).toBe('Normal');
    expect((await h.call('RollBackClusterService', { clusterId: id, serviceName: 'shop' })).codeDesc).toBe('NoPreviousVersion');
    expect((await h.call('ModifyClusterService', { ...serviceParams(id, 'shop'), strategy: 'Blue' })).codeDesc).toBe('InvalidParameter');
  });

  it('pause holds a rollout (Paused) until resume; pausing twice is refused', async () => {
    const { h, id, info } = await setup();
    await h.ok('ModifyClusterServiceImage', { clusterId: id, serviceName: 'api-server', image: 'ccr.ccs.tencentyun.com/tricloud/api:v2.2.0' });
    await h.ok('PauseClusterService', { clusterId: id, serviceName: 'api-server' });
    h.advance(DURATIONS.serviceUpdate * 3);
    expect((await info('api-server')).status).toBe('Paused');
    expect((await h.call('PauseClusterService', { clusterId: id, serviceName: 'api-server' })).codeDesc).toBe('ServiceAlreadyPaused');
    expect((await h.call('ModifyServiceReplicas', { clusterId: id, serviceName: 'api-server', scaleTo: 4 })).codeDesc).toBe('ServicePaused');
    await h.ok('ResumeClusterService', { clusterId: id, serviceName: 'api-server' });
    expect((await info('api-server')).status).toBe('Updating');
    h.advance(DURATIONS.serviceUpdate);
    const s = await info('api-server');
    expect(s.status).toBe('Normal');
    expect(s.containers[0].image).toBe('ccr.ccs.tencentyun.com/tricloud/api:v2.2.0');
    expect((await h.call('ResumeClusterService', { clusterId: id, serviceName: 'api-server' })).codeDesc).toBe('ServiceNotPaused');
  });

  it('replica changes are reflected in the instances (scaleTo, or replicas as the example sends it)', async () => {
    const { h, id } = await setup();
    const pods = async () => (await h.ok('DescribeServiceInstance', { clusterId: id, serviceName: 'nginx-web' })).instances as Array<{ name: string; status: string }>;
    expect(await pods()).toHaveLength(2);
    await h.ok('ModifyServiceReplicas', { clusterId: id, serviceName: 'nginx-web', scaleTo: 4 });
    let list = await pods();
    expect(list).toHaveLength(4);
    expect(list.filter((p) => p.status === 'Waiting')).toHaveLength(2);
    h.advance(DURATIONS.serviceUpdate);
    expect((await pods()).every((p) => p.status === 'Running')).toBe(true);
    await h.ok('ModifyServiceReplicas', { clusterId: id, serviceName: 'nginx-web', replicas: 1 });
    list = await pods();
    expect(list).toHaveLength(1);
    const row = (await h.ok('DescribeClusterService', { clusterId: id })).services.find((s: { serviceName: string }) => s.serviceName === 'nginx-web');
    expect(row.desiredReplicas).toBe(1);
  });

  it('redeploy replaces every pod; deleting instances replaces just those (flat envelope)', async () => {
    const { h, id } = await setup();
    const names = async () => ((await h.ok('DescribeServiceInstance', { clusterId: id, serviceName: 'nginx-web' })).instances as Array<{ name: string }>).map((p) => p.name);
    const first = await names();
    await h.ok('RedeployClusterService', { clusterId: id, serviceName: 'nginx-web' });
    const second = await names();
    expect(second.some((n) => first.includes(n))).toBe(false);
    const body = await h.call('DeleteInstances', { clusterId: id, instances: [second[0], 'ghost'] });
    expect(body).toMatchObject({ code: 0, successList: [second[0]], failedMap: { ghost: 'pods "ghost" not found' } });
    expect(body.data).toBeUndefined();
    const third = await names();
    expect(third).toHaveLength(2);
    expect(third).not.toContain(second[0]);
  });

  it('logs keep growing; tail and sinceTime narrow them', async () => {
    const { h, id } = await setup();
    const log = async (p: Record<string, unknown> = {}) => (await h.ok('DescribeInstanceLog', { clusterId: id, serviceName: 'nginx-web', tail: 1000, ...p })).podLog[0].containerLog[0].log as string;
    await h.ok('RedeployClusterService', { clusterId: id, serviceName: 'nginx-web' });
    h.advance(60_000);
    const a = (await log()).trim().split('\n');
    h.advance(60_000);
    const b = (await log()).trim().split('\n');
    expect(b.length).toBe(a.length + 12);
    expect(b.slice(0, a.length)).toEqual(a);
    expect((await log({ tail: 3 })).trim().split('\n')).toEqual(b.slice(-3));
    expect((await h.call('DescribeInstanceLog', { clusterId: id, serviceName: 'nginx-web', sinceTime: '2099-01-01 00:00:00' })).message).toContain('sinceTime');
    expect((await h.call('DescribeInstanceLog', { clusterId: id, serviceName: 'nginx-web', podName: 'ghost' })).codeDesc).toBe('InstanceNotFound');
  });

  it('events, YAML text, description, labels and delete', async () => {
    const { h, id, info } = await setup();
    await h.ok('ModifyClusterServiceImage', { clusterId: id, serviceName: 'nginx-web', containers: [{ containerName: 'web', image: 'nginx:1.16' }] });
    const events = (await h.ok('DescribeServiceEvent', { clusterId: id, serviceName: 'nginx-web' })).eventList;
    expect(events[0]).toMatchObject({ level: 'Normal', objType: 'Deployment', objName: 'nginx-web', count: 1 });
    const text = await h.ok('DescribeClusterServiceText', { clusterId: id, serviceName: 'nginx-web' });
    expect(text.serviceText).toContain('image: nginx:1.16');
    expect(text.serviceText).toContain('status:');
    expect(text.servicePureText).not.toContain('status:');
    await h.ok('ModifyServiceDescription', { clusterId: id, serviceName: 'nginx-web', description: 'front' });
    expect((await info('nginx-web')).serviceDesc).toBe('front');
    const labels = await h.ok('ModifyServiceLabels', { clusterId: id, serviceName: 'nginx-web', labels: { aaa: 'bbb' } });
    expect(labels).toEqual({ labels: { 'qcloud-app': 'nginx-web', 'qcloud-application-label': 'nginx-web', aaa: 'bbb' }, sysLabels: { 'qcloud-app': 'nginx-web', 'qcloud-application-label': 'nginx-web' }, userLabels: { aaa: 'bbb' } });
    expect((await h.call('ModifyServiceLabels', { clusterId: id, serviceName: 'nginx-web', labels: { 'qcloud-app': 'other' } })).message).toContain('系统标签');
    expect((await h.call('ModifyClusterServiceImage', { clusterId: id, serviceName: 'nginx-web' })).message).toContain('image');
    await h.ok('DeleteClusterService', { clusterId: id, serviceName: 'nginx-web' });
    expect((await h.call('DescribeClusterServiceInfo', { clusterId: id, serviceName: 'nginx-web' })).codeDesc).toBe('ServiceNotFound');
  });
});
