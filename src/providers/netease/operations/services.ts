import { z } from 'zod';
import { defineNeteaseOperation } from './define';
import { DISK_TYPES, PORT_PROTOCOLS, PUBLIC_NET_TYPES, RESTART_OPTIONS } from './enums';
import { boolLike, emptyAnswer, int, intLike } from './schema';

const serviceId = int((n) => n.min(1));
const weight = int((n) => n.min(1, 'weight must be 1-99, or 100 for a single container').max(100));
const env = z.object({ key: z.string().min(1), value: z.string() });
const imagePath = z.string().regex(/^[\w.-]+(:\d+)?\/[\w.-]+\/[\w.-]+:[\w.-]+$/, 'image_path must be hub.c.163.com/<user>/<repo>:<tag>');

/** cpu_weight and memory_weight: 1-99 each, summing to 100 across a service's containers (9.5, 9.9). */
export function weightIssues(containers: ReadonlyArray<{ cpu_weight: number; memory_weight: number }>): string[] {
  const issues: string[] = [];
  for (const key of ['cpu_weight', 'memory_weight'] as const) {
    const sum = containers.reduce((s, c) => s + c[key], 0);
    if (sum !== 100) issues.push(`${key} of all containers must sum to 100 (got ${sum})`);
    if (containers.length > 1 && containers.some((c) => c[key] > 99)) issues.push(`${key} must be 1-99 when there are several containers`);
  }
  return issues;
}
const checkWeights = (path: string) => (containers: Array<{ cpu_weight: number; memory_weight: number }>, ctx: z.RefinementCtx) => {
  for (const message of weightIssues(containers)) ctx.addIssue({ code: 'custom', path: [path], message });
};

/** 9.5 table keys `dest_port`/`source_port`; 9.10's example sends `dst_port`/`src_port`. Both are read. */
const portMapInput = z
  .object({
    dest_port: int((n) => n.min(1).max(65535)).optional(),
    source_port: int((n) => n.min(1).max(65535)).optional(),
    dst_port: int((n) => n.min(1).max(65535)).optional(),
    src_port: int((n) => n.min(1).max(65535)).optional(),
    protocol: z.enum(PORT_PROTOCOLS).optional(),
  })
  .refine((p) => (p.dest_port ?? p.dst_port) !== undefined && (p.source_port ?? p.src_port) !== undefined, { message: 'dest_port and source_port are required' });

const publicNet = z.object({
  used: boolLike,
  type: z.enum(PUBLIC_NET_TYPES),
  bandwidth: int((n) => n.min(1).max(1000)),
});

const containerInfo = z.object({
  image_path: imagePath,
  container_name: z.string().min(1).max(64),
  command: z.string().optional(),
  envs: z.array(env).optional(),
  log_dirs: z.array(z.string()).optional(),
  cpu_weight: weight,
  memory_weight: weight,
  ssh_keys: z.array(z.string()).optional(),
  /** {volumeId: mountPath}: filled for stateful containers, `{}` for stateless ones. */
  volume_info: z.record(z.string().regex(/^\d+$/, 'volume_info keys are volume ids'), z.string().startsWith('/')).optional(),
  local_disk_info: z.array(z.object({ name: z.string(), path: z.string(), size: intLike })).optional(),
});

export const createService = defineNeteaseOperation({
  name: 'createService',
  group: 'service',
  kind: 'create',
  summary: 'Create a (stateful or stateless) container service',
  seedLines: [2140, 2318],
  method: 'POST',
  path: '/api/v1/microservices',
  params: z
    .object({
      bill_info: z.literal('default'),
      service_info: z.object({
        namespace_id: serviceId,
        stateful: intLike.pipe(z.union([z.literal(0), z.literal(1)])),
        replicas: int((n) => n.min(1).max(5)),
        service_name: z.string().regex(/^[a-z]([a-z0-9-]{0,30}[a-z0-9])?$/, "service_name must be 1-32 lowercase letters, digits or '-'"),
        port_maps: z.array(portMapInput).optional(),
        spec_id: int((n) => n.min(1).max(7)),
        state_public_net: publicNet.optional(),
        disk_type: intLike.pipe(z.union(DISK_TYPES.map((d) => z.literal(d)) as unknown as [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>])),
        ip_id: z.string().optional(),
      }),
      service_container_infos: z.array(containerInfo).min(1),
    })
    .superRefine((v, ctx) => {
      checkWeights('service_container_infos')(v.service_container_infos, ctx);
      if (v.service_info.stateful === 0) {
        if (v.service_info.state_public_net || v.service_info.ip_id)
          ctx.addIssue({ code: 'custom', path: ['service_info'], message: 'state_public_net and ip_id are for stateful services only' });
        if (v.service_container_infos.some((c) => Object.keys(c.volume_info ?? {}).length > 0 || (c.local_disk_info ?? []).length > 0))
          ctx.addIssue({ code: 'custom', path: ['service_container_infos'], message: 'volume_info and local_disk_info must be empty for stateless services' });
      }
    }),
  /** Sic: the id comes back as a string. */
  response: z.looseObject({ service_id: z.string().regex(/^\d+$/) }),
});

export const listServiceImages = defineNeteaseOperation({
  name: 'listServiceImages',
  group: 'image',
  kind: 'read',
  summary: 'List images usable for creating services (own/favourite + public)',
  seedLines: [2072, 2138],
  method: 'GET',
  // Must route before /api/v1/microservices/{id}.
  path: '/api/v1/microservices/images',
  params: z.object({}),
  response: (() => {
    const image = z.looseObject({ tag: z.string(), repo_id: z.number().int(), repo_name: z.string(), image_path: z.string() });
    return z.looseObject({ custom_images: z.array(image), public_images: z.array(image) });
  })(),
});

export const listServices = defineNeteaseOperation({
  name: 'listServices',
  group: 'service',
  kind: 'read',
  summary: 'List services in a space (paginated)',
  seedLines: [2322, 2393],
  method: 'GET',
  path: '/api/v1/namespaces/{id}/microservices',
  in: { id: 'path', offset: 'query', limit: 'query' },
  params: z.object({ id: serviceId, offset: int((n) => n.min(0)).optional(), limit: int((n) => n.min(1)).optional() }),
  response: z.looseObject({
    total: z.number().int(),
    microservice_infos: z.array(
      z.looseObject({
        id: z.number().int(),
        status: z.string(),
        service_name: z.string(),
        replicas: z.number().int(),
        stateful: z.number().int(),
        port_maps: z.array(z.looseObject({ protocol: z.string(), source_port: z.number().int(), dest_port: z.number().int() })),
        spec_id: z.number().int(),
        stop_service: z.number().int(),
      }),
    ),
  }),
});

/** A string holding JSON (9.7's `spec_info`, `port_maps`, `state_public_net`). */
const jsonString = z.string().refine((s) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}, 'must be a JSON-encoded string');

export const getService = defineNeteaseOperation({
  name: 'getService',
  group: 'service',
  kind: 'read',
  summary: 'Get service details including containers',
  seedLines: [2397, 2516],
  method: 'GET',
  path: '/api/v1/microservices/{id}',
  in: { id: 'path' },
  params: z.object({ id: serviceId }),
  response: z.looseObject({
    service_info: z.looseObject({
      id: z.number().int(),
      namespace: z.string(),
      replicas: z.number().int(),
      status: z.string(),
      service_name: z.string(),
      spec_info: jsonString,
      port_maps: jsonString,
      stateful: z.number().int(),
      state_public_net: jsonString,
      extends_disk_size: z.number().int(),
      pub_ip: z.string(),
      stop_service: z.number().int(),
    }),
    service_container_infos: z.array(
      z.looseObject({
        envs: z.array(z.looseObject({ key: z.string(), value: z.string() })),
        command: z.string().nullable(),
        volumes: z.array(z.looseObject({ name: z.string(), mount_path: z.string() })),
        container_id: z.number().int(),
        container_name: z.string(),
        ssh_keys: z.array(z.string()),
        log_dirs: z.array(z.string()),
        image_path: z.string(),
        repo_name: z.string(),
        image_tag: z.string(),
        local_disk_info: z.array(z.unknown()),
        cpu_weight: z.number().int(),
        memory_weight: z.number().int(),
        docker_container_ids: z.array(z.string()),
      }),
    ),
  }),
});

export const updateStatefulService = defineNeteaseOperation({
  name: 'updateStatefulService',
  group: 'service',
  kind: 'update',
  summary: 'Update public-network settings of a stateful service',
  seedLines: [2519, 2562],
  method: 'PUT',
  path: '/api/v1/microservices/{id}/actions/update-stateful',
  in: { id: 'path' },
  answer: 'empty',
  params: z.object({ id: serviceId, state_public_net: publicNet }),
  response: emptyAnswer,
});

export const updateStatelessService = defineNeteaseOperation({
  name: 'updateStatelessService',
  group: 'service',
  kind: 'update',
  summary: "Update env vars / log dirs (and weights) of a stateless service's containers",
  seedLines: [2566, 2643],
  method: 'PUT',
  path: '/api/v1/microservices/{id}/actions/update-stateless',
  in: { id: 'path' },
  answer: 'empty',
  params: z
    .object({
      id: serviceId,
      container_infos: z
        .array(z.object({ container_id: serviceId, envs: z.array(env).optional(), log_dirs: z.array(z.string()).optional(), cpu_weight: weight, memory_weight: weight }))
        .min(1),
    })
    .superRefine((v, ctx) => checkWeights('container_infos')(v.container_infos, ctx)),
  response: emptyAnswer,
});

export const updateServicePorts = defineNeteaseOperation({
  name: 'updateServicePorts',
  group: 'service',
  kind: 'update',
  summary: 'Change port mappings of a service',
  seedLines: [2647, 2693],
  method: 'PUT',
  path: '/api/v1/microservices/{id}/actions/update-port',
  in: { id: 'path' },
  answer: 'empty',
  params: z.object({ id: serviceId, port_maps: z.array(portMapInput).optional() }),
  response: emptyAnswer,
});

export const scaleService = defineNeteaseOperation({
  name: 'scaleService',
  group: 'service',
  kind: 'action',
  summary: 'Scale a stateless service to N replicas',
  seedLines: [2696, 2723],
  method: 'PUT',
  path: '/api/v1/microservices/{id}/actions/elastic-scale',
  in: { id: 'path', new_replicas: 'query' },
  bodyType: 'none',
  answer: 'empty',
  params: z.object({ id: serviceId, new_replicas: int((n) => n.min(1, 'new_replicas must be 1-5').max(5, 'new_replicas must be 1-5')) }),
  response: emptyAnswer,
});

export const updateServiceImage = defineNeteaseOperation({
  name: 'updateServiceImage',
  group: 'service',
  kind: 'update',
  summary: 'Rolling-update container image versions of a stateless service',
  seedLines: [2726, 2773],
  method: 'PUT',
  // The HTTP Request line says POST, both examples PUT; the curl URL says `/microservice/`.
  alsoMethods: ['POST'],
  alsoPaths: ['/api/v1/microservice/{id}/actions/update-image'],
  path: '/api/v1/microservices/{id}/actions/update-image',
  in: { id: 'path' },
  answer: 'empty',
  params: z.object({
    id: serviceId,
    container_images: z.array(z.object({ container_id: serviceId, image_path: imagePath })).min(1),
    min_ready_seconds: int((n) => n.min(1).max(600)),
  }),
  response: emptyAnswer,
});

export const updateServiceSpec = defineNeteaseOperation({
  name: 'updateServiceSpec',
  group: 'service',
  kind: 'update',
  summary: 'Change the spec (size) of a stateless service',
  seedLines: [2776, 2802],
  method: 'PUT',
  path: '/api/v1/microservices/{id}/specification',
  in: { id: 'path', spec_id: 'query' },
  bodyType: 'none',
  answer: 'empty',
  params: z.object({ id: serviceId, spec_id: int((n) => n.min(1).max(7)) }),
  response: emptyAnswer,
});

export const restartService = defineNeteaseOperation({
  name: 'restartService',
  group: 'service',
  kind: 'action',
  summary: 'Restart or hard-reboot a stateful service',
  seedLines: [2805, 2831],
  method: 'PUT',
  path: '/api/v1/microservices/{id}/actions/restart',
  in: { id: 'path', option: 'query' },
  bodyType: 'none',
  answer: 'empty',
  params: z.object({ id: serviceId, option: z.enum(RESTART_OPTIONS) }),
  response: emptyAnswer,
});

export const restartContainer = defineNeteaseOperation({
  name: 'restartContainer',
  group: 'container',
  kind: 'action',
  summary: 'Restart a single container (replica) of a stateful service',
  seedLines: [2836, 2862],
  method: 'PUT',
  path: '/api/v1/microservices/{id}/containers/{uuid}/actions/restart',
  in: { id: 'path', uuid: 'path' },
  bodyType: 'none',
  answer: 'empty',
  params: z.object({ id: serviceId, uuid: z.string().regex(/^[0-9a-f]{64}$/, 'uuid must be a docker container id (64 hex)') }),
  response: emptyAnswer,
});

export const deleteService = defineNeteaseOperation({
  name: 'deleteService',
  group: 'service',
  kind: 'delete',
  summary: 'Delete a service, optionally releasing its public IP',
  seedLines: [2865, 2890],
  method: 'DELETE',
  path: '/api/v1/microservices/{id}',
  in: { id: 'path', free_ip: 'query' },
  answer: 'empty',
  params: z.object({ id: serviceId, free_ip: boolLike }),
  response: emptyAnswer,
});
