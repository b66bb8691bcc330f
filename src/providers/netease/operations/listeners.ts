import { z } from 'zod';
import { defineNeteaseOperation } from './define';
import { COOKIE_MODES, LISTENER_PROTOCOLS } from './enums';
import { dnsName, emptyAnswer, int, timestamp } from './schema';

const namespaceHeader = z.string().min(1, 'namespace header is required');
const lbName = z.string().min(1).max(64);

/** Session persistence: insert a cookie (expire 1-86400 s, default 30) or rewrite a named one. */
export const cookiePolicy = z
  .object({
    mode: z.enum(COOKIE_MODES),
    expire: int((n) => n.min(1).max(86400)).optional(),
    cookieName: z.string().optional(),
  })
  .refine((p) => p.mode !== 'rewrite' || !!p.cookieName, { message: 'cookieName is required when mode is rewrite', path: ['cookieName'] });

/** One forwarding rule ("cluster"): domain and path to a service port in the same space. */
export const clusterInput = z.object({
  serverName: z.string().optional(),
  certId: z.string().optional(),
  path: z.string().startsWith('/', 'path must start with /').optional(),
  serviceName: z.string().min(1, 'serviceName is required'),
  servicePort: int((n) => n.min(1).max(65535)),
  policy: cookiePolicy.optional(),
});

/** http: 80 or 1025-65535; https: 443 or 1025-65535 (6.6). */
export function listenPortAllowed(protocol: string, port: number): boolean {
  return port === (protocol === 'https' ? 443 : 80) || (port >= 1025 && port <= 65535);
}

const clusterOut = z.looseObject({
  name: z.string().optional(),
  serverName: z.string(),
  certId: z.string().optional(),
  path: z.string(),
  serviceName: z.string(),
  servicePort: z.number().int(),
  policy: z.looseObject({ mode: z.enum(COOKIE_MODES), expire: z.number().int().optional(), cookieName: z.string().optional() }).optional(),
});
export const listener = z.looseObject({
  name: z.string(),
  listenPort: z.number().int(),
  protocol: z.enum(LISTENER_PROTOCOLS),
  createtime: timestamp,
  updatetime: timestamp,
  clusters: z.array(clusterOut),
});

export const createListener = defineNeteaseOperation({
  name: 'createListener',
  group: 'listener',
  kind: 'create',
  summary: 'Create one listener (with forwarding rules) on a load balancer',
  seedLines: [876, 958],
  method: 'POST',
  path: '/api/v1/nlb/loadbalancers/{lb_name}/listeners',
  in: { lb_name: 'path', namespace: 'header' },
  answer: 'empty',
  params: z
    .object({
      lb_name: lbName,
      namespace: namespaceHeader,
      name: dnsName(24),
      listenPort: int((n) => n.min(1).max(65535)),
      protocol: z.enum(LISTENER_PROTOCOLS),
      clusters: z.array(clusterInput).optional(),
    })
    .superRefine((v, ctx) => {
      if (!listenPortAllowed(v.protocol, v.listenPort))
        ctx.addIssue({ code: 'custom', path: ['listenPort'], message: `listenPort must be ${v.protocol === 'https' ? 443 : 80} or 1025-65535 for ${v.protocol}` });
      if (v.protocol === 'https')
        (v.clusters ?? []).forEach((c, i) => {
          if (!c.certId) ctx.addIssue({ code: 'custom', path: ['clusters', i, 'certId'], message: 'certId is required for https listeners' });
        });
    }),
  response: emptyAnswer,
});

export const listListeners = defineNeteaseOperation({
  name: 'listListeners',
  group: 'listener',
  kind: 'read',
  summary: 'List the listeners of a load balancer',
  seedLines: [962, 1052],
  method: 'GET',
  path: '/api/v1/nlb/loadbalancers/{lb_name}/listeners',
  in: { lb_name: 'path', namespace: 'header' },
  params: z.object({ lb_name: lbName, namespace: namespaceHeader }),
  response: z.array(listener),
});

export const updateListener = defineNeteaseOperation({
  name: 'updateListener',
  group: 'listener',
  kind: 'update',
  summary: "Replace the forwarding rules (clusters) of one listener",
  seedLines: [1055, 1144],
  method: 'PUT',
  // Printed with `${lb_name}` and `${listener_name}`.
  path: '/api/v1/nlb/loadbalancers/{lb_name}/listeners/{listener_name}',
  in: { lb_name: 'path', listener_name: 'path', namespace: 'header' },
  answer: 'empty',
  // A full replacement: clusters left out are removed.
  params: z.object({ lb_name: lbName, listener_name: dnsName(24), namespace: namespaceHeader, clusters: z.array(clusterInput).optional() }),
  response: emptyAnswer,
});

export const deleteListener = defineNeteaseOperation({
  name: 'deleteListener',
  group: 'listener',
  kind: 'delete',
  summary: 'Delete a listener',
  seedLines: [1148, 1175],
  method: 'DELETE',
  path: '/api/v1/nlb/loadbalancers/{lb_name}/listeners/{listener_name}',
  in: { lb_name: 'path', listener_name: 'path', namespace: 'header' },
  answer: 'empty',
  params: z.object({ lb_name: lbName, listener_name: dnsName(24), namespace: namespaceHeader }),
  response: emptyAnswer,
});
