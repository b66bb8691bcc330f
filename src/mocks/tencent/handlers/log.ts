import { conflict, invalidParameter, missingParameter, notFound } from '../errors';
import { formatTime } from '../store/time';
import type { Cluster, LogCollector } from '../store/types';
import { findCluster, page, type HandlerContext, type HandlerMap } from './context';

/** Log collectors are keyed by (cluster, name). */
type CollectorParams = HandlerContext<'CreateLogCollector'>['params'] | HandlerContext<'UpdateLogCollector'>['params'];

const OUTPUT_FIELDS: Record<string, string[]> = {
  kafka: ['host', 'port', 'topic'],
  ckafka: ['instanceId', 'topicId', 'host', 'port', 'topic'],
  cls: ['logsetId', 'topicId'],
};

function options(c: Cluster, p: CollectorParams) {
  const input = { ...p.inputOption } as Record<string, unknown>;
  if (p.inputType === 'container-log') {
    if (input.allNamespaces === undefined) throw missingParameter('inputOption.allNamespaces');
    if (input.allNamespaces === false) {
      const list = (input.namespaces ?? []) as Array<{ namespace?: string; allContainers?: boolean; services?: string[] }>;
      if (!list.length) throw missingParameter('inputOption.namespaces');
      for (const [i, n] of list.entries()) {
        if (!n.namespace) throw missingParameter(`inputOption.namespaces.${i}.namespace`);
        if (!c.namespaces.has(n.namespace)) throw notFound('命名空间', n.namespace, 'NamespaceNotFound');
        if (n.allContainers === false && !n.services?.length) throw missingParameter(`inputOption.namespaces.${i}.services`);
      }
    }
    delete input.path;
    delete input.labels;
  } else {
    if (!input.path) throw missingParameter('inputOption.path');
    if (!String(input.path).startsWith('/')) throw invalidParameter('inputOption.path', `须为绝对路径：${String(input.path)}`);
    delete input.allNamespaces;
    delete input.namespaces;
  }
  const given = { ...p.outputOption } as Record<string, unknown>;
  // The cls table is missing; its example uses topicId (the CreateLogCollector table writes topicID).
  if (given.topicID !== undefined && given.topicId === undefined) given.topicId = given.topicID;
  const output: Record<string, unknown> = {};
  for (const f of OUTPUT_FIELDS[p.outputType]) {
    if (given[f] === undefined || given[f] === '') throw missingParameter(`outputOption.${f}`);
    output[f] = given[f];
  }
  if (output.port !== undefined && (Number(output.port) < 1 || Number(output.port) > 65535)) throw invalidParameter('outputOption.port', '须在 1 到 65535 之间');
  return { input, output };
}

function view(c: Cluster, l: LogCollector) {
  return { name: l.name, description: l.description, clusterId: c.clusterId, clusterName: c.clusterName, createdAt: formatTime(l.createdAt), inputType: l.inputType, outputType: l.outputType, inputOption: l.inputOption, outputOption: l.outputOption };
}

function findCollector(c: Cluster, name: string): LogCollector {
  const l = c.logCollectors.get(name);
  if (!l) throw notFound('日志收集规则', name, 'LogCollectorNotFound');
  return l;
}

export const logHandlers: HandlerMap = {
  /** Both sections of the document in one answer: enabled plus the daemon's scheduling counts. */
  GetLogDaemonStatus: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const nodes = [...c.nodes.values()].filter((n) => n.removeAt === undefined && ctx.now >= n.readyAt).length;
    return { enabled: c.logDaemonEnabled, currentNumberScheduled: nodes, desiredNumberScheduled: nodes, message: '' };
  },

  CreateLogCollector: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(p.name) || p.name.length > 63) throw invalidParameter('name', `须为小写字母、数字和 "-"：${p.name}`);
    if (c.logCollectors.has(p.name)) throw conflict('LogCollectorAlreadyExists', `日志收集规则已存在：${p.name}`);
    const { input, output } = options(c, p);
    const l: LogCollector = { name: p.name, description: '', inputType: p.inputType, outputType: p.outputType, inputOption: input, outputOption: output, createdAt: ctx.now };
    c.logCollectors.set(p.name, l);
    return { logCollectorList: view(c, l) };
  },

  ListLogCollector: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    const rows = [...c.logCollectors.values()];
    return { logCollectorList: page(rows, ctx.params.offset, ctx.params.limit).map((l) => view(c, l)), totalCount: rows.length };
  },

  UpdateLogCollector: (ctx) => {
    const p = ctx.params;
    const c = findCluster(ctx, p.clusterId);
    const l = findCollector(c, p.name);
    const { input, output } = options(c, p);
    Object.assign(l, { description: p.description ?? l.description, inputType: p.inputType, outputType: p.outputType, inputOption: input, outputOption: output });
    return { logCollectorList: view(c, l) };
  },

  GetLogCollector: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    return { logCollectorList: view(c, findCollector(c, ctx.params.name)) };
  },

  CheckIfLogCollectorName: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    return { checkResult: c.logCollectors.has(ctx.params.name) };
  },

  DeleteLogCollector: (ctx) => {
    const c = findCluster(ctx, ctx.params.clusterId);
    findCollector(c, ctx.params.name);
    c.logCollectors.delete(ctx.params.name);
    return null;
  },
};
