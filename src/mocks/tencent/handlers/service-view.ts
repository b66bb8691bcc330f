import { currentReplicas, serviceStatus } from '../store/clock';
import { REGIONS } from '../store/regions';
import { formatTime } from '../store/time';
import type { Cluster, Container, Service } from '../store/types';

/** How services look in the read operations (list row, detail, YAML). */
const LB_CREATE_MS = 20_000;

export const sysLabels = (s: Service) => ({ 'qcloud-app': s.serviceName, 'qcloud-application-label': s.serviceName });

export function lbStatus(s: Service, now: number): 'None' | 'Creating' | 'Running' {
  if (!s.lbId) return 'None';
  return now - s.createdAt < LB_CREATE_MS ? 'Creating' : 'Running';
}

/** Pods not yet up while a rollout runs count as "waiting for start" in reasonMap. */
function reasonMap(s: Service, now: number): Record<string, number> {
  const waiting = s.pods.length - currentReplicas(s, now);
  return waiting > 0 ? { 容器创建中: waiting } : {};
}

export function serviceRow(s: Service, now: number) {
  return {
    serviceName: s.serviceName,
    status: serviceStatus(s, now),
    reasonMap: reasonMap(s, now),
    serviceIp: s.serviceIp,
    externalIp: s.externalIp,
    lbId: s.lbId,
    lbStatus: lbStatus(s, now),
    accessType: s.spec.accessType,
    desiredReplicas: s.spec.replicas,
    currentReplicas: currentReplicas(s, now),
    createdAt: formatTime(s.createdAt),
    namespace: s.namespace,
  };
}

/** Request health checks (flat list with type) come back as liveProbe/readyProbe objects. */
function probe(k: Container, type: 'liveCheck' | 'readyCheck') {
  const h = k.healthCheck?.find((c) => c.type === type);
  if (!h) return null;
  const method = String(h.checkMethod ?? 'methodTcp');
  return {
    healthNum: h.healthNum ?? 1,
    unhealthNum: h.unhealthNum ?? 3,
    intervalTime: h.intervalTime ?? 10,
    timeOut: h.timeOut ?? 2,
    delayTime: h.delayTime ?? 0,
    checkMethod: method,
    // Only the chosen method's object is present.
    ...(method === 'methodTcp' ? { methodTcp: { port: h.port } } : {}),
    ...(method === 'methodHttp' ? { methodHttp: { port: h.port, path: h.path ?? '/', protocol: h.protocol ?? 'HTTP' } } : {}),
    ...(method === 'methodCmd' ? { methodCmd: { cmd: h.cmd ?? '' } } : {}),
  };
}

export function serviceDetail(c: Cluster, s: Service, now: number) {
  return {
    ...serviceRow(s, now),
    serviceDesc: s.description,
    reason: serviceStatus(s, now) === 'Normal' ? '' : serviceStatus(s, now),
    regionId: REGIONS[c.region].id,
    subnetId: s.spec.subnetId,
    unHubId: '',
    strategy: s.spec.strategy,
    minReadySeconds: s.spec.minReadySeconds,
    portMappings: s.spec.portMappings,
    volumes: s.spec.volumes,
    containers: s.spec.containers.map((k) => ({
      containerName: k.containerName,
      image: k.image,
      envs: k.envs?.length ? k.envs : null,
      volumeMounts: k.volumeMounts?.length ? k.volumeMounts : null,
      liveProbe: probe(k, 'liveCheck'),
      readyProbe: probe(k, 'readyCheck'),
      cpu: k.cpu ?? 0,
      cpuLimits: k.cpuLimits ?? 0,
      memory: k.memory ?? 0,
      memoryLimits: k.memoryLimits ?? 0,
      command: k.command ?? '',
      arguments: k.arguments?.length ? k.arguments : null,
      privileged: k.privileged ?? false,
      workingDir: k.workingDir ?? '',
    })),
    selector: { 'qcloud-app': s.serviceName },
    labels: { ...sysLabels(s), ...s.userLabels },
  };
}

const q = (v: unknown) => JSON.stringify(v);

/** The Deployment and Service as YAML: the full text (with status) and the pure spec. */
export function serviceYaml(c: Cluster, s: Service, now: number, withStatus: boolean): string {
  const labels = { ...sysLabels(s), ...s.userLabels };
  const lines = [
    'apiVersion: apps/v1beta2',
    'kind: Deployment',
    'metadata:',
    `  name: ${s.serviceName}`,
    `  namespace: ${s.namespace}`,
    ...(withStatus ? [`  creationTimestamp: ${q(new Date(s.createdAt).toISOString())}`, `  annotations:`, `    description: ${q(s.description)}`, `    cluster: ${c.clusterId}`] : []),
    '  labels:',
    ...Object.entries(labels).map(([k, v]) => `    ${k}: ${q(v)}`),
    'spec:',
    `  replicas: ${s.spec.replicas}`,
    `  minReadySeconds: ${s.spec.minReadySeconds}`,
    '  strategy:',
    `    type: ${s.spec.strategy}`,
    '  selector:',
    '    matchLabels:',
    `      qcloud-app: ${s.serviceName}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        qcloud-app: ${s.serviceName}`,
    '    spec:',
    '      containers:',
    ...s.spec.containers.flatMap((k) => [
      `      - name: ${k.containerName}`,
      `        image: ${k.image}`,
      ...(k.envs?.length ? ['        env:', ...k.envs.flatMap((e) => [`        - name: ${e.name}`, `          value: ${q(e.value ?? '')}`])] : []),
      '        resources:',
      '          requests:',
      `            cpu: ${k.cpu ?? 0}m`,
      `            memory: ${k.memory ?? 0}Mi`,
      ...(k.cpuLimits || k.memoryLimits ? ['          limits:', `            cpu: ${k.cpuLimits ?? 0}m`, `            memory: ${k.memoryLimits ?? 0}Mi`] : []),
    ]),
    ...(withStatus ? ['status:', `  replicas: ${s.pods.length}`, `  availableReplicas: ${currentReplicas(s, now)}`, `  readyReplicas: ${currentReplicas(s, now)}`] : []),
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${s.serviceName}`,
    `  namespace: ${s.namespace}`,
    'spec:',
    `  type: ${s.spec.accessType === 'LoadBalancer' || s.spec.accessType === 'SvcLBTypeInner' ? 'LoadBalancer' : 'ClusterIP'}`,
    ...(s.spec.accessType === 'None' ? ['  clusterIP: None'] : [`  clusterIP: ${s.serviceIp}`]),
    '  ports:',
    ...s.spec.portMappings.flatMap((p) => [`  - port: ${p.lbPort}`, `    targetPort: ${p.containerPort}`, ...(p.nodePort ? [`    nodePort: ${p.nodePort}`] : []), `    protocol: ${p.protocol}`]),
    '  selector:',
    `    qcloud-app: ${s.serviceName}`,
  ];
  return `${lines.join('\n')}\n`;
}
