import { invalidParameter, notFound } from '../errors';
import type { Cluster, Container, ServiceSpec } from '../store/types';
import type { HandlerContext } from './context';

type SpecParams = HandlerContext<'CreateClusterService'>['params'] | HandlerContext<'ModifyClusterService'>['params'];

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The document's rules on a service definition that one zod field cannot express: conditional
 * requirements, cross-field limits and references between volumes and mounts.
 */
export function specFromParams(cluster: Cluster, p: SpecParams, strategy: string, minReadySeconds: number): ServiceSpec {
  if (!cluster.namespaces.has(p.namespace)) throw notFound('命名空间', p.namespace, 'NamespaceNotFound');
  if (p.replicas < 0) throw invalidParameter('replicas', '须大于等于 0');
  if (p.accessType === 'SvcLBTypeInner' && !p.subnetId) throw invalidParameter('subnetId', 'accessType 为 SvcLBTypeInner 时必须指定 subnetId');
  const ports = p.portMappings ?? [];
  if ((p.accessType === 'LoadBalancer' || p.accessType === 'SvcLBTypeInner') && ports.length === 0) throw invalidParameter('portMappings', `accessType 为 ${p.accessType} 时必须指定端口映射`);
  for (const [i, m] of ports.entries()) {
    for (const k of ['lbPort', 'containerPort'] as const) if (m[k] < 1 || m[k] > 65535) throw invalidParameter(`portMappings.${i}.${k}`, '须在 1 到 65535 之间');
    if (m.nodePort && (m.nodePort < 30000 || m.nodePort > 32767)) throw invalidParameter(`portMappings.${i}.nodePort`, '须在 30000 到 32767 之间');
  }
  const volumes = p.volumes ?? [];
  const required: Record<string, string[]> = { hostPath: [], cbsDisk: ['cbsDiskId'], nfsDisk: ['nfsPath'], configMap: ['configId', 'configVersion'] };
  for (const [i, v] of volumes.entries()) {
    for (const field of required[v.volumeType]) if (!(v as Record<string, unknown>)[field]) throw invalidParameter(`volumes.${i}.${field}`, `volumeType 为 ${v.volumeType} 时必须指定`);
    if (v.volumeType === 'cbsDisk' && p.replicas > 1) throw invalidParameter('replicas', '使用云硬盘（cbsDisk）的服务实例数只能为 1');
  }
  const volumeNames = new Set(volumes.map((v) => v.name));
  const names = new Set<string>();
  const containers: Container[] = p.containers.map((k, i) => {
    if (names.has(k.containerName)) throw invalidParameter(`containers.${i}.containerName`, `容器名称重复：${k.containerName}`);
    names.add(k.containerName);
    if (k.cpu && k.cpu < 100) throw invalidParameter(`containers.${i}.cpu`, '最小 100 毫核（0 表示不限制）');
    if (k.cpuLimits && k.cpuLimits < 100) throw invalidParameter(`containers.${i}.cpuLimits`, '最小 100 毫核（0 表示不限制）');
    if (k.cpuLimits && k.cpu && k.cpuLimits < k.cpu) throw invalidParameter(`containers.${i}.cpuLimits`, '须大于等于 cpu');
    if (k.memoryLimits && k.memoryLimits < 4) throw invalidParameter(`containers.${i}.memoryLimits`, '最小 4 MiB（0 表示不限制）');
    if (k.memoryLimits && k.memory && k.memoryLimits < k.memory) throw invalidParameter(`containers.${i}.memoryLimits`, '须大于等于 memory');
    for (const [j, e] of (k.envs ?? []).entries()) if (!e.name || !ENV_NAME.test(e.name)) throw invalidParameter(`containers.${i}.envs.${j}.name`, `不是合法的环境变量名：${e.name ?? ''}`);
    for (const [j, m] of (k.volumeMounts ?? []).entries()) if (m.volumeName && !volumeNames.has(m.volumeName)) throw invalidParameter(`containers.${i}.volumeMounts.${j}.volumeName`, `数据卷不存在：${m.volumeName}`);
    for (const [j, h] of (k.healthCheck ?? []).entries()) {
      if (h.type === 'liveCheck' && h.healthNum !== undefined && h.healthNum !== 1) throw invalidParameter(`containers.${i}.healthCheck.${j}.healthNum`, '存活检查（liveCheck）的健康阈值只能为 1');
      if (h.checkMethod && h.checkMethod !== 'methodCmd' && h.port === undefined) throw invalidParameter(`containers.${i}.healthCheck.${j}.port`, `检查方法为 ${h.checkMethod} 时必须指定端口`);
      if (h.checkMethod === 'methodCmd' && !h.cmd) throw invalidParameter(`containers.${i}.healthCheck.${j}.cmd`, '检查方法为 methodCmd 时必须指定命令');
    }
    return {
      containerName: k.containerName,
      image: k.image,
      envs: k.envs,
      volumeMounts: k.volumeMounts,
      healthCheck: k.healthCheck as Array<Record<string, unknown>> | undefined,
      cpu: k.cpu,
      cpuLimits: k.cpuLimits,
      memory: k.memory,
      // memoryLimits defaults to memory, as the document says.
      memoryLimits: k.memoryLimits ?? k.memory,
      command: k.command,
      arguments: k.arguments,
      privileged: k.privileged,
      workingDir: k.workingDir,
    };
  });
  return {
    replicas: p.replicas,
    accessType: p.accessType,
    strategy,
    minReadySeconds,
    portMappings: ports.map((m) => ({ ...m, nodePort: m.nodePort || undefined })),
    volumes: volumes as Array<Record<string, unknown>>,
    containers,
    nodeAffinity: (p.nodeAffinity ?? []) as Array<Record<string, unknown>>,
    podAffinity: (p.podAffinity ?? []) as Array<Record<string, unknown>>,
    subnetId: p.subnetId ?? '',
  };
}
