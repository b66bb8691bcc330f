import { conflict, invalidParameter, notFound, wrongState } from '../errors';
import { formatTime } from '../store/time';
import { findCluster, type HandlerMap } from './context';

/** Namespaces Kubernetes creates itself: they cannot be created or deleted. */
const SYSTEM_NAMESPACES = new Set(['default', 'kube-system', 'kube-public']);
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const namespaceHandlers: HandlerMap = {
  DescribeClusterNameSpaces: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const rows = [...c.namespaces.values()];
    return { totalCount: rows.length, namespaces: rows.map((n) => ({ name: n.name, status: 'Active', description: n.description, createdAt: formatTime(n.createdAt) })) };
  },

  CreateClusterNamespace: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const { name, description } = ctx.params;
    if (!NAME.test(name) || name.length > 63) throw invalidParameter('name', `命名空间名称须为小写字母、数字和 "-"，不超过 63 个字符：${name}`);
    if (c.namespaces.has(name)) throw conflict('NamespaceAlreadyExists', `命名空间已存在：${name}`);
    c.namespaces.set(name, { name, description, createdAt: ctx.now });
    return null;
  },

  ModifyNamespaceDescription: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const ns = c.namespaces.get(ctx.params.name);
    if (!ns) throw notFound('命名空间', ctx.params.name, 'NamespaceNotFound');
    ns.description = ctx.params.description ?? '';
    return null;
  },

  DeleteClusterNamespace: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    for (const name of ctx.params.names) {
      if (!c.namespaces.has(name)) throw notFound('命名空间', name, 'NamespaceNotFound');
      if (SYSTEM_NAMESPACES.has(name)) throw wrongState('NamespaceProtected', `系统命名空间不能删除：${name}`);
    }
    for (const name of ctx.params.names) {
      c.namespaces.delete(name);
      // Everything inside a namespace goes with it, as in Kubernetes.
      for (const [key, s] of c.services) if (s.namespace === name) c.services.delete(key);
      for (const [key, i] of c.ingresses) if (i.namespace === name) c.ingresses.delete(key);
    }
    return null;
  },
};
