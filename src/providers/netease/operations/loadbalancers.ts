import { z } from 'zod';
import { defineNeteaseOperation } from './define';
import { LB_CHARGE_MODES, LB_STATUSES } from './enums';
import { emptyAnswer, int, timestamp } from './schema';
import { listener } from './listeners';

/** 6.x: the space's system name (9.2 `namespace`, e.g. my-ev-admin), sent as a header. */
export const namespaceHeader = z.string().min(1, 'namespace header is required');
const lbName = z.string().min(1).max(64);
const chargeMode = z.enum(LB_CHARGE_MODES);
const bandwidthLimit = int((n) => n.min(1).max(100));

const lbFields = {
  name: z.string(),
  description: z.string(),
  address: z.string(),
  status: z.enum(LB_STATUSES),
  chargeMode,
  bandwidthLimit: z.number().int(),
  createtime: timestamp,
  updatetime: timestamp,
};
/** 6.2/6.3 add `instanceStatus` (UP, or DOWN when a backend port is down) and `namespace`. */
export const loadBalancer = z.looseObject({ ...lbFields, instanceStatus: z.enum(['UP', 'DOWN']), namespace: z.string() });

export const createLoadBalancer = defineNeteaseOperation({
  name: 'createLoadBalancer',
  group: 'loadbalancer',
  kind: 'create',
  summary: 'Create a load balancer instance in a namespace',
  seedLines: [547, 620],
  method: 'POST',
  path: '/api/v1/nlb/loadbalancers',
  in: { namespace: 'header' },
  params: z.object({
    namespace: namespaceHeader,
    name: lbName,
    chargeMode: chargeMode.optional(),
    bandwidthLimit: bandwidthLimit.optional(),
    description: z.string().max(256).optional(),
    /** An existing, available nlb IP; without it the service allocates one. */
    address: z.string().optional(),
  }),
  response: z.looseObject(lbFields),
});

export const listLoadBalancers = defineNeteaseOperation({
  name: 'listLoadBalancers',
  group: 'loadbalancer',
  kind: 'read',
  summary: 'List load balancers (all namespaces)',
  seedLines: [624, 694],
  method: 'GET',
  path: '/api/v1/nlb/loadbalancers',
  in: { offset: 'query', limit: 'query' },
  params: z.object({
    offset: int((n) => n.min(0)).optional(),
    // Printed [0,200): 0 is allowed, 200 is not.
    limit: int((n) => n.min(0).max(199)).optional(),
  }),
  response: z.array(loadBalancer),
});

export const getLoadBalancer = defineNeteaseOperation({
  name: 'getLoadBalancer',
  group: 'loadbalancer',
  kind: 'read',
  summary: 'Get load balancer details including listeners and forwarding rules',
  seedLines: [697, 798],
  method: 'GET',
  path: '/api/v1/nlb/loadbalancers/{lb_name}',
  in: { lb_name: 'path', namespace: 'header' },
  params: z.object({ lb_name: lbName, namespace: namespaceHeader }),
  response: loadBalancer.extend({ listeners: z.array(listener) }),
});

export const updateLoadBalancer = defineNeteaseOperation({
  name: 'updateLoadBalancer',
  group: 'loadbalancer',
  kind: 'update',
  summary: 'Update load balancer billing mode, bandwidth and description',
  seedLines: [801, 841],
  method: 'PUT',
  path: '/api/v1/nlb/loadbalancers/{lb_name}',
  in: { lb_name: 'path', namespace: 'header' },
  answer: 'empty',
  params: z.object({
    lb_name: lbName,
    namespace: namespaceHeader,
    chargeMode: chargeMode.optional(),
    bandwidthLimit: bandwidthLimit.optional(),
    description: z.string().max(256).optional(),
  }),
  response: emptyAnswer,
});

export const deleteLoadBalancer = defineNeteaseOperation({
  name: 'deleteLoadBalancer',
  group: 'loadbalancer',
  kind: 'delete',
  summary: 'Delete a load balancer (does not release its IP)',
  seedLines: [845, 872],
  method: 'DELETE',
  path: '/api/v1/nlb/loadbalancers/{lb_name}',
  in: { lb_name: 'path', namespace: 'header' },
  answer: 'empty',
  params: z.object({ lb_name: lbName, namespace: namespaceHeader }),
  response: emptyAnswer,
});
