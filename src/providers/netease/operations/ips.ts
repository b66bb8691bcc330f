import { z } from 'zod';
import { defineNeteaseOperation } from './define';
import { IP_TYPES, ipStatus, ipType } from './enums';
import { int, numberLike, timestamp } from './schema';

export const ip = z.looseObject({
  id: z.string(),
  ip: z.string(),
  /** 8.0's four states, plus `deleted` in 8.6's answer. */
  status: z.union([ipStatus, z.literal('deleted')]),
  type: ipType,
  service_id: z.string(),
  service_name: z.string(),
  create_at: timestamp,
  update_at: timestamp,
});
const ipList = z.looseObject({ total: z.number().int(), ips: z.array(ip) });
const ipId = z.string().min(1);

export const createIps = defineNeteaseOperation({
  name: 'createIps',
  group: 'ip',
  kind: 'create',
  summary: 'Allocate public IPs (N load-balancer IPs and M service IPs)',
  seedLines: [1572, 1651],
  method: 'POST',
  path: '/api/v1/ips',
  params: z
    .object({ nlb: int((n) => n.min(0)).optional(), nce: int((n) => n.min(0)).optional() })
    .refine((v) => (v.nlb ?? 0) + (v.nce ?? 0) > 0, { message: 'nlb or nce must be at least 1' }),
  response: ipList,
});

export const listIps = defineNeteaseOperation({
  name: 'listIps',
  group: 'ip',
  kind: 'read',
  summary: 'List IPs filtered by status/type (paginated)',
  seedLines: [1653, 1727],
  method: 'GET',
  path: '/api/v1/ips',
  in: { status: 'query', type: 'query', offset: 'query', limit: 'query' },
  params: z.object({
    status: ipStatus.optional(),
    type: ipType.optional(),
    offset: int((n) => n.min(0)).optional(),
    limit: int((n) => n.min(1)).optional(),
  }),
  response: ipList,
});

export const getIp = defineNeteaseOperation({
  name: 'getIp',
  group: 'ip',
  kind: 'read',
  summary: 'Get one IP',
  seedLines: [1730, 1782],
  method: 'GET',
  path: '/api/v1/ips/{id}',
  in: { id: 'path' },
  params: z.object({ id: ipId }),
  response: ip,
});

export const getIpQuota = defineNeteaseOperation({
  name: 'getIpQuota',
  group: 'ip',
  kind: 'read',
  summary: 'Get IP quota and usage per type',
  seedLines: [1785, 1833],
  method: 'GET',
  // Must route before /api/v1/ips/{id}.
  path: '/api/v1/ips/quota',
  params: z.object({}),
  response: z.looseObject({
    total: z.number().int(),
    used: z.number().int(),
    // The table types quota as String; the example prints a number. Accept both.
    quotas: z.array(z.looseObject({ type: z.enum(IP_TYPES), quota: numberLike, used: z.number().int().optional() })),
  }),
});

export const getIpCost = defineNeteaseOperation({
  name: 'getIpCost',
  group: 'ip',
  kind: 'read',
  summary: 'Get the accumulated cost of an IP since creation',
  seedLines: [1835, 1875],
  method: 'GET',
  path: '/api/v1/ips/{id}/cost',
  in: { id: 'path' },
  params: z.object({ id: ipId }),
  response: z.looseObject({ id: z.string(), cost: z.number().min(0) }),
});

export const deleteIp = defineNeteaseOperation({
  name: 'deleteIp',
  group: 'ip',
  kind: 'delete',
  summary: 'Release (delete) an IP',
  seedLines: [1877, 1930],
  method: 'DELETE',
  path: '/api/v1/ips/{id}',
  in: { id: 'path' },
  // Unlike other DELETEs, 8.6 answers with the released IP, status `deleted`.
  params: z.object({ id: ipId }),
  response: ip,
});
