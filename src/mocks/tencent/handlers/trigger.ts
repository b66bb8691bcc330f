import { conflict, invalidParameter, limitExceeded, notFound } from '../errors';
import { formatTime } from '../store/time';
import type { Trigger } from '../store/types';
import { page, type HandlerMap } from './context';
import { findRepo, REGISTRY_LIMITS } from './registry-common';

function checkCondition(method: string, expr: string | undefined) {
  if (method === 'taglist' && !expr) throw invalidParameter('invokeExpr', 'invokeMethod 为 taglist 时须填写以 ";" 分隔的版本列表');
  if (method === 'regex') {
    if (!expr) throw invalidParameter('invokeExpr', 'invokeMethod 为 regex 时须填写正则表达式');
    try {
      new RegExp(expr);
    } catch {
      throw invalidParameter('invokeExpr', `不是合法的正则表达式：${expr}`);
    }
  }
}

function triggerRow(appId: string, t: Trigger) {
  return {
    triggerName: t.triggerName,
    invokeSource: 'IMAGE_PUSH',
    invokeAction: 'SERVICE_UPDATE',
    repoName: t.reponame,
    createTime: formatTime(t.createdAt),
    updateTime: formatTime(t.updatedAt),
    invokeCondition: { invokeMethod: t.invokeMethod, invokeExpr: t.invokeExpr },
    invokePara: { appId, clusterId: t.clusterId, namespace: t.namespace, serviceName: t.serviceName, containerName: t.containerName, clusterRegion: t.clusterRegion },
  };
}

export const triggerHandlers: HandlerMap = {
  AddUpdateServiceTrigger: (ctx) => {
    const p = ctx.params;
    findRepo(ctx.world, p.reponame);
    if (ctx.world.registry.triggers.has(p.triggerName)) throw conflict('TriggerAlreadyExists', `触发器已存在：${p.triggerName}`);
    if (ctx.world.registry.triggers.size >= REGISTRY_LIMITS.triggers) throw limitExceeded('TriggerQuotaExceeded', `触发器数量超过配额（${REGISTRY_LIMITS.triggers}）`);
    checkCondition(p.invokeMethod, p.invokeExpr);
    ctx.world.registry.triggers.set(p.triggerName, { triggerName: p.triggerName, reponame: p.reponame, invokeMethod: p.invokeMethod, invokeExpr: p.invokeMethod === 'all' ? '' : p.invokeExpr ?? '', serviceName: p.serviceName, clusterId: p.clusterId, namespace: p.namespace, containerName: p.containerName, clusterRegion: p.clusterRegion, createdAt: ctx.now, updatedAt: ctx.now });
    return null;
  },

  ListTrigger: (ctx) => {
    const p = ctx.params;
    const rows = [...ctx.world.registry.triggers.values()].filter((t) => (!p.triggerName || t.triggerName === p.triggerName) && (!p.reponame || t.reponame === p.reponame));
    return { totalCount: rows.length, triggerInfo: page(rows, p.offset, p.limit).map((t) => triggerRow(ctx.world.appId, t)) };
  },

  DeleteUpdateServiceTrigger: (ctx) => {
    if (!ctx.world.registry.triggers.delete(ctx.params.triggerName)) throw notFound('触发器', ctx.params.triggerName, 'TriggerNotFound');
    return null;
  },

  ModifyUpdateServiceTrigger: (ctx) => {
    const p = ctx.params;
    const t = ctx.world.registry.triggers.get(p.triggerName);
    if (!t) throw notFound('触发器', p.triggerName, 'TriggerNotFound');
    if (p.reponame) findRepo(ctx.world, p.reponame);
    const method = p.invokeMethod ?? t.invokeMethod;
    const expr = p.invokeExpr ?? (p.invokeMethod ? undefined : t.invokeExpr);
    checkCondition(method, expr);
    if (p.newTriggerName && p.newTriggerName !== t.triggerName && ctx.world.registry.triggers.has(p.newTriggerName)) throw conflict('TriggerAlreadyExists', `触发器已存在：${p.newTriggerName}`);
    Object.assign(t, {
      reponame: p.reponame ?? t.reponame,
      invokeMethod: method,
      invokeExpr: method === 'all' ? '' : expr ?? '',
      serviceName: p.serviceName ?? t.serviceName,
      clusterId: p.clusterId ?? t.clusterId,
      namespace: p.namespace ?? t.namespace,
      containerName: p.containerName ?? t.containerName,
      clusterRegion: p.clusterRegion ?? t.clusterRegion,
      updatedAt: ctx.now,
    });
    if (p.newTriggerName && p.newTriggerName !== t.triggerName) {
      ctx.world.registry.triggers.delete(t.triggerName);
      t.triggerName = p.newTriggerName;
      ctx.world.registry.triggers.set(t.triggerName, t);
    }
    return null;
  },

  ListTriggerLog: (ctx) => {
    const p = ctx.params;
    findRepo(ctx.world, p.reponame);
    const rows = ctx.world.registry.triggerLogs.filter((l) => l.repoName === p.reponame);
    const key = p.orderby ?? 'invoke_time';
    const value = (l: (typeof rows)[number]) => (key === 'trigger_name' ? l.triggerName : key === 'repo_name' ? l.repoName : l.invokeTime);
    rows.sort((a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0) * (p.order === 'asc' ? 1 : -1));
    return {
      logInfo: page(rows, p.offset, p.limit).map((l) => ({
        repoName: l.repoName,
        tagName: l.tagName,
        triggerName: l.triggerName,
        invokeSource: 'IMAGE_PUSH',
        invokeAction: 'SERVICE_UPDATE',
        invokeTime: formatTime(l.invokeTime),
        invokeCondition: { invokeMethod: l.invokeMethod, invokeExpr: l.invokeExpr },
        invokePara: { appId: ctx.world.appId, ...l.para },
        invokeResult: { returnCode: l.returnCode, returnMsg: l.returnMsg },
      })),
      totalCount: rows.length,
    };
  },
};
