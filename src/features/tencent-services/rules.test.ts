import { describe, expect, it } from 'vitest';
import { tencentOperations } from '../../providers/tencent/operations';
import {
  containerNameRule,
  cpuLimitsRule,
  cpuRule,
  emptyContainer,
  emptyForm,
  envNameRule,
  formFromInfo,
  formRules,
  healthNumRule,
  imageOf,
  isSettling,
  labelKeyRule,
  memoryLimitsRule,
  nodePortRule,
  parseLabels,
  rangeRule,
  replicasRule,
  serviceNameRule,
  serviceOf,
  toCreateParams,
  toModifyParams,
  type ServiceForm,
} from './rules';

const form = (patch: Partial<ServiceForm> = {}): ServiceForm => ({
  ...emptyForm(),
  serviceName: 'web',
  containers: [{ ...emptyContainer('web'), image: 'nginx:1.25' }],
  ...patch,
});

describe('field rules (seed 3096–3392)', () => {
  it('service name: required, ≤63, lower-case start, letter/digit end', () => {
    expect(serviceNameRule('')?.key).toBe('rule.required');
    expect(serviceNameRule('Web')?.key).toBe('rule.serviceName');
    expect(serviceNameRule('1web')?.key).toBe('rule.serviceName');
    expect(serviceNameRule('web-')?.key).toBe('rule.serviceName');
    expect(serviceNameRule(`a${'b'.repeat(63)}`)).toEqual({ key: 'rule.maxLength', vars: { max: 63 } });
    expect(serviceNameRule('web-2')).toBeUndefined();
  });
  it('replicas: whole, ≥0, only 1 with a CBS disk', () => {
    expect(replicasRule(undefined)?.key).toBe('rule.required');
    expect(replicasRule(-1)?.key).toBe('rule.min');
    expect(replicasRule(1.5)?.key).toBe('rule.integer');
    expect(replicasRule(2, [{ volumeType: 'cbsDisk' }])?.key).toBe('rule.cbsReplicas');
    expect(replicasRule(1, [{ volumeType: 'cbsDisk' }])).toBeUndefined();
    expect(replicasRule(0)).toBeUndefined();
  });
  it('cpu and memory: 0 = unlimited, cpu ≥100m, limits ≥ requests, memory limit ≥4 MiB', () => {
    expect(cpuRule(0)).toBeUndefined();
    expect(cpuRule(50)?.key).toBe('rule.cpu');
    expect(cpuRule(100)).toBeUndefined();
    expect(cpuLimitsRule(200, 300)?.key).toBe('rule.cpuLimits');
    expect(cpuLimitsRule(300, 300)).toBeUndefined();
    expect(cpuLimitsRule(0, 300)).toBeUndefined();
    expect(memoryLimitsRule(3, undefined)?.key).toBe('rule.memoryLimitsMin');
    expect(memoryLimitsRule(128, 256)?.key).toBe('rule.memoryLimits');
    expect(memoryLimitsRule(512, 256)).toBeUndefined();
  });
  it('env names: letters, digits, _ and no leading digit', () => {
    expect(envNameRule('TZ')).toBeUndefined();
    expect(envNameRule('_a1')).toBeUndefined();
    expect(envNameRule('1A')?.key).toBe('rule.envName');
    expect(envNameRule('A-B')?.key).toBe('rule.envName');
    expect(envNameRule('')?.key).toBe('rule.required');
  });
  it('container names are unique and ≤63', () => {
    expect(containerNameRule('a', ['a', 'a'])?.key).toBe('rule.duplicate');
    expect(containerNameRule('a', ['a', 'b'])).toBeUndefined();
    expect(containerNameRule('x'.repeat(64), [])?.key).toBe('rule.maxLength');
  });
  it('health checks: ranges of the document, liveCheck success threshold only 1', () => {
    expect(healthNumRule(2, 'live')?.key).toBe('rule.liveHealthNum');
    expect(healthNumRule(2, 'ready')).toBeUndefined();
    expect(healthNumRule(11, 'ready')).toEqual({ key: 'rule.range', vars: { min: 1, max: 10 } });
    expect(rangeRule(1, 2, 300)?.key).toBe('rule.range');
    expect(rangeRule(undefined, 2, 60)).toBeUndefined();
    expect(rangeRule(undefined, 2, 60, true)?.key).toBe('rule.required');
  });
  it('node port and label keys', () => {
    expect(nodePortRule(80)?.key).toBe('rule.nodePort');
    expect(nodePortRule(30080)).toBeUndefined();
    expect(nodePortRule(undefined)).toBeUndefined();
    expect(labelKeyRule('team')).toBeUndefined();
    expect(labelKeyRule('example.com/team')).toBeUndefined();
    expect(labelKeyRule('-bad')?.key).toBe('rule.labelKey');
  });
  it('cross-field rules: subnet for SvcLBTypeInner, ports for load balancers, mounts need volumes', () => {
    expect(formRules(form({ accessType: 'SvcLBTypeInner', portMappings: [] })).map((r) => r.error.key)).toEqual(['rule.subnetRequired', 'rule.portsRequired']);
    const mounted = form({ containers: [{ ...emptyContainer('web'), image: 'x', volumeMounts: [{ volumeName: 'data', mountPath: '/d', mode: 'rw' }] }] });
    expect(formRules(mounted)[0].error.key).toBe('rule.mountsWithoutVolumes');
    expect(formRules({ ...mounted, volumes: [{ name: 'logs', volumeType: 'hostPath' }] })[0].error).toEqual({ key: 'rule.unknownVolume', vars: { name: 'data' } });
    expect(formRules({ ...mounted, volumes: [{ name: 'data', volumeType: 'hostPath' }] })).toEqual([]);
  });
});

describe('params encoding', () => {
  it('builds the nested CreateClusterService params the operation schema accepts', () => {
    const f = form({
      serviceDesc: '  web tier ',
      replicas: 2,
      accessType: 'LoadBalancer',
      portMappings: [{ lbPort: 80, containerPort: 8080, protocol: 'TCP' }],
      volumes: [{ name: 'cfg', volumeType: 'configMap', configId: 'cm-1', configVersion: 'v1', configKeys: 'a=a.conf\nb=b.conf' }],
      containers: [
        {
          ...emptyContainer('web'),
          image: 'ccr.ccs.tencentyun.com/tricloud/web:v1.3.0',
          cpu: 200,
          cpuLimits: 400,
          envs: [{ name: 'TZ', value: 'Asia/Shanghai' }],
          volumeMounts: [{ volumeName: 'cfg', mountPath: '/etc/app', mode: 'ro' }],
          arguments: '--port\n8080\n',
          live: { ...emptyContainer().live, enabled: true, checkMethod: 'methodHttp', port: 8080, path: '/healthz', healthNum: 5 },
          ready: { ...emptyContainer().ready, enabled: true, checkMethod: 'methodCmd', cmd: 'cat /ready' },
        },
      ],
    });
    const p = toCreateParams(f, 'cls-1', 'prod');
    expect(p).toMatchObject({ clusterId: 'cls-1', namespace: 'prod', serviceName: 'web', serviceDesc: 'web tier', replicas: 2, accessType: 'LoadBalancer' });
    expect(p.portMappings).toEqual([{ lbPort: 80, containerPort: 8080, protocol: 'TCP' }]);
    expect(p.volumes).toEqual([{ name: 'cfg', volumeType: 'configMap', configId: 'cm-1', configVersion: 'v1', configKeys: [{ key: 'a', path: 'a.conf' }, { key: 'b', path: 'b.conf' }] }]);
    const k = p.containers[0];
    expect(k.arguments).toEqual(['--port', '8080']);
    // liveCheck's success threshold is forced to 1; only the chosen method's fields are sent.
    expect(k.healthCheck).toEqual([
      { type: 'liveCheck', checkMethod: 'methodHttp', healthNum: 1, unhealthNum: 3, intervalTime: 10, timeOut: 2, delayTime: 0, port: 8080, protocol: 'HTTP', path: '/healthz' },
      { type: 'readyCheck', checkMethod: 'methodCmd', healthNum: 1, unhealthNum: 3, intervalTime: 10, timeOut: 2, delayTime: 0, cmd: 'cat /ready' },
    ]);
    expect(tencentOperations.CreateClusterService.params.safeParse(p).success).toBe(true);
  });
  it('sends no ports for access type None and no empty arrays', () => {
    const p = toCreateParams(form({ accessType: 'None' }), 'cls-1', 'default');
    expect(p.portMappings).toBeUndefined();
    expect(p.volumes).toBeUndefined();
    expect(p.containers[0].envs).toBeUndefined();
    expect(p.containers[0].healthCheck).toBeUndefined();
  });
  it('ModifyClusterService adds strategy and minReadySeconds to the full definition', () => {
    const p = toModifyParams(form({ strategy: 'Recreate', minReadySeconds: 10 }), 'cls-1', 'default');
    expect(p).toMatchObject({ strategy: 'Recreate', minReadySeconds: 10, serviceName: 'web' });
    expect(tencentOperations.ModifyClusterService.params.safeParse(p).success).toBe(true);
  });
});

describe('prefill from DescribeClusterServiceInfo', () => {
  const answer = {
    service: {
      serviceName: 'api',
      serviceDesc: 'REST',
      accessType: 'ClusterIP',
      desiredReplicas: 3,
      currentReplicas: 3,
      strategy: 'Recreate',
      minReadySeconds: 5,
      portMappings: [{ lbPort: 8080, containerPort: 8080, nodePort: 0, protocol: 'TCP' }],
      volumes: [{ name: 'data', volumeType: 'hostPath', hostPath: '/data' }],
      containers: [
        {
          containerName: 'api',
          image: 'api:v2',
          cpu: 250,
          cpuLimits: 0,
          memory: 256,
          memoryLimits: 256,
          envs: [{ name: 'TZ', value: 'Asia/Shanghai' }],
          volumeMounts: [{ volumeName: 'data', mountPath: '/data', mode: 'rw' }],
          liveProbe: { checkMethod: 'methodTcp', healthNum: 1, unhealthNum: 3, intervalTime: 10, timeOut: 2, delayTime: 0, methodTcp: { port: 8080 } },
          readyProbe: null,
        },
      ],
    },
  };
  it('reads the answer back into the form, and the form encodes to the same definition', () => {
    const f = formFromInfo(serviceOf(answer)!);
    expect(f).toMatchObject({ serviceName: 'api', replicas: 3, strategy: 'Recreate', minReadySeconds: 5 });
    expect(f.containers[0].cpuLimits).toBeUndefined();
    expect(f.containers[0].live).toMatchObject({ enabled: true, checkMethod: 'methodTcp', port: 8080 });
    expect(f.containers[0].ready.enabled).toBe(false);
    const p = toModifyParams(f, 'cls-1', 'default');
    expect(p.portMappings).toEqual([{ lbPort: 8080, containerPort: 8080, protocol: 'TCP' }]);
    expect(p.volumes).toEqual([{ name: 'data', volumeType: 'hostPath', hostPath: '/data' }]);
    expect(p.containers[0].healthCheck).toEqual([{ type: 'liveCheck', checkMethod: 'methodTcp', healthNum: 1, unhealthNum: 3, intervalTime: 10, timeOut: 2, delayTime: 0, port: 8080 }]);
  });
  it('takes the first service when the answer is an array (one of the document’s examples)', () => {
    expect(serviceOf({ service: [answer.service] } as never)?.serviceName).toBe('api');
  });
});

describe('rollout and helpers', () => {
  it('settles only when the status is steady, replicas match and every pod runs', () => {
    expect(isSettling({ status: 'Updating', currentReplicas: 2, desiredReplicas: 2 })).toBe(true);
    expect(isSettling({ status: 'Normal', currentReplicas: 1, desiredReplicas: 2 })).toBe(true);
    expect(isSettling({ status: 'Normal', currentReplicas: 2, desiredReplicas: 2 }, [{ status: 'Running' }, { status: 'Waiting' }])).toBe(true);
    expect(isSettling({ status: 'Normal', currentReplicas: 2, desiredReplicas: 2 }, [{ status: 'Running' }])).toBe(false);
    expect(isSettling({ status: 'Paused', currentReplicas: 1, desiredReplicas: 2 })).toBe(false);
  });
  it('image of a registry tag, labels from lines', () => {
    expect(imageOf('ccr.ccs.tencentyun.com/', 'tricloud/web', 'v1')).toBe('ccr.ccs.tencentyun.com/tricloud/web:v1');
    expect(imageOf(undefined, 'tricloud/web', 'v1')).toBe('tricloud/web:v1');
    expect(parseLabels('team=web\n\n tier = front \nflag')).toEqual({ team: 'web', tier: 'front', flag: '' });
  });
});
