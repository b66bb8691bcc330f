import { conflict, invalidParameter, notFound } from '../errors';
import { newId, ip } from '../store/ids';
import { formatTime } from '../store/time';
import type { Cluster } from '../store/types';
import { findCluster, type HandlerContext, type HandlerMap } from './context';

/** The address arrives a little after creation, as the load balancer is set up. */
const IP_DELAY_MS = 20_000;
// Plain paths (no modifier, = or ^~) use the document's characters; ~ and ~* introduce a regular expression.
const URL_RULE = /^(?:(?:\^~|=)?\s*[A-Za-z0-9_\-.=?/]+|~\*?\s*\S+)$/;

type Rule = { url: string; domain: string; protocol: string; serviceName: string; servicePort: number; LoadBalancePort: number };

function checkRules(c: Cluster, namespace: string, rules: Rule[]) {
  for (const [i, r] of rules.entries()) {
    if (r.url.length < 1 || r.url.length > 80 || !URL_RULE.test(r.url)) throw invalidParameter(`rules.${i}.url`, `长度 1–80，可带 ~、~*、^~、= 前缀，其余为字母、数字和 _-.=?/：${r.url}`);
    if (r.domain.length < 1 || r.domain.length > 80) throw invalidParameter(`rules.${i}.domain`, '长度须在 1 到 80 之间');
    if (!['http', 'https'].includes(r.protocol.toLowerCase())) throw invalidParameter(`rules.${i}.protocol`, '取值须为 http|https 之一');
    const s = c.services.get(`${namespace}/${r.serviceName}`);
    if (!s) throw notFound('服务', `${namespace}/${r.serviceName}`, 'ServiceNotFound');
    if (!s.spec.portMappings.some((m) => m.lbPort === r.servicePort || m.containerPort === r.servicePort)) throw invalidParameter(`rules.${i}.servicePort`, `服务 ${r.serviceName} 没有端口 ${r.servicePort}`);
    if (r.LoadBalancePort < 1 || r.LoadBalancePort > 65535) throw invalidParameter(`rules.${i}.LoadBalancePort`, '须在 1 到 65535 之间');
  }
}

function findIngress(ctx: HandlerContext & { params: { clusterId: string; ingressName: string; namespace: string } }) {
  const c = findCluster(ctx, ctx.params.clusterId);
  const i = c.ingresses.get(`${ctx.params.namespace}/${ctx.params.ingressName}`);
  if (!i) throw notFound('Ingress', `${ctx.params.namespace}/${ctx.params.ingressName}`, 'IngressNotFound');
  return { c, i };
}

export const ingressHandlers: HandlerMap = {
  CreateIngress: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    if (!c.namespaces.has(p.namespace)) throw notFound('命名空间', p.namespace, 'NamespaceNotFound');
    if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(p.ingressName) || p.ingressName.length > 63) throw invalidParameter('ingressName', `须为小写字母开头的小写字母、数字和 "-"：${p.ingressName}`);
    if (c.ingresses.has(`${p.namespace}/${p.ingressName}`)) throw conflict('IngressAlreadyExists', `Ingress 已存在：${p.ingressName}`);
    const rules = (p.rules ?? []) as Rule[];
    checkRules(c, p.namespace, rules);
    if (rules.some((r) => r.protocol.toLowerCase() === 'https') && !p.certId) throw invalidParameter('certId', 'https 规则须指定证书');
    c.ingresses.set(`${p.namespace}/${p.ingressName}`, {
      ingressName: p.ingressName,
      ingressDesc: p.ingressDesc ?? '',
      namespace: p.namespace,
      certId: p.certId ?? '',
      unSubnetId: p.unSubnetId ?? '',
      internetChargeType: p.internetChargeType ?? 'TRAFFIC_POSTPAID_BY_HOUR',
      internetMaxBandwidthOut: p.internetMaxBandwidthOut ?? 10,
      lbId: newId(ctx.world, 'lb'),
      ingressIp: p.unSubnetId ? ip(ctx.world, '10.0') : ip(ctx.world, '193.112'),
      rules,
      createdAt: ctx.now,
    });
    return [];
  },

  DescribeIngress: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const all = ctx.params.allnamespace === 1;
    const rows = [...c.ingresses.values()].filter((i) => all || i.namespace === ctx.params.namespace);
    return {
      ingressList: rows.map((i) => ({ ingressName: i.ingressName, ingressDesc: i.ingressDesc, lbId: i.lbId, ingressIp: ctx.now - i.createdAt < IP_DELAY_MS ? '' : i.ingressIp, rules: i.rules, createdAt: formatTime(i.createdAt), namespace: i.namespace, unSubnetId: i.unSubnetId })),
    };
  },

  /** Rules are replaced by the given set. */
  ModifyIngress: (ctx) => {
    const { c, i } = findIngress(ctx);
    const p = ctx.params;
    const rules = (p.rules ?? []) as Rule[];
    checkRules(c, i.namespace, rules);
    if (p.ingressDesc !== undefined) i.ingressDesc = p.ingressDesc;
    if (p.certId !== undefined) i.certId = p.certId;
    i.rules = rules;
    return [];
  },

  DeleteIngress: (ctx) => {
    const { c, i } = findIngress(ctx);
    c.ingresses.delete(`${i.namespace}/${i.ingressName}`);
    return [];
  },
};
