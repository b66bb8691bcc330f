import { limitExceeded } from '../errors';
import { newTag } from '../store/factories';
import { regionOfId } from '../store/regions';
import type { AccountWorld, RepositoryRecord } from '../store/types';
import { REGISTRY_LIMITS } from './registry-common';
import { cloneSpec, rollOut } from './service-state';

const DAY = 86_400_000;

/**
 * A push of `tag` into `repo` (DuplicateImage is the document's only way to push): the tag goes
 * first (newest first), the retention strategy runs when the tag quota is reached, and every
 * trigger of the repository whose condition matches updates its service's container image.
 */
export function pushTag(world: AccountWorld, repo: RepositoryRecord, tagName: string, now: number, from?: { sizeByte: number; imageId: string }) {
  const existing = repo.tags.findIndex((t) => t.tagName === tagName);
  if (existing >= 0) repo.tags.splice(existing, 1);
  else if (repo.tags.length >= REGISTRY_LIMITS.tag) {
    applyRetention(world, repo, now);
    if (repo.tags.length >= REGISTRY_LIMITS.tag) throw limitExceeded('TagQuotaExceeded', `镜像版本数量超过配额（${REGISTRY_LIMITS.tag}），可设置自动删除策略`);
  }
  const tag = newTag(world, tagName, now);
  if (from) Object.assign(tag, { sizeByte: from.sizeByte, imageId: from.imageId });
  repo.tags.unshift(tag);
  repo.updatedAt = now;
  fireTriggers(world, repo, tagName, now);
}

/** keep_last_nums N keeps the N newest tags; keep_last_days N keeps tags pushed in the last N days. */
export function applyRetention(world: AccountWorld, repo: RepositoryRecord, now: number) {
  const s = world.registry.strategies.get(repo.reponame);
  if (!s || s.valid !== 1) return;
  if (s.type === 'keep_last_nums') repo.tags = repo.tags.slice(0, Math.max(0, s.value - 1));
  else repo.tags = repo.tags.filter((t) => now - t.pushedAt <= s.value * DAY);
}

export function triggerMatches(method: string, expr: string, tag: string): boolean {
  if (method === 'all') return true;
  if (method === 'taglist') return expr.split(';').map((t) => t.trim()).includes(tag);
  try {
    return new RegExp(expr).test(tag);
  } catch {
    return false;
  }
}

function fireTriggers(world: AccountWorld, repo: RepositoryRecord, tagName: string, now: number) {
  for (const t of world.registry.triggers.values()) {
    if (t.reponame !== repo.reponame || !triggerMatches(t.invokeMethod, t.invokeExpr, tagName)) continue;
    const cluster = world.clusters.get(t.clusterId);
    const service = cluster?.services.get(`${t.namespace}/${t.serviceName}`);
    const container = service?.spec.containers.find((c) => c.containerName === t.containerName);
    let returnCode = 0;
    let returnMsg = 'ok';
    if (!cluster || cluster.region !== regionOfId(t.clusterRegion)) [returnCode, returnMsg] = [-1, `cluster ${t.clusterId} not found`];
    else if (!service) [returnCode, returnMsg] = [-1, `service ${t.namespace}/${t.serviceName} not found`];
    else if (!container) [returnCode, returnMsg] = [-1, `container ${t.containerName} not found`];
    else {
      const next = cloneSpec(service.spec);
      next.containers.find((c) => c.containerName === t.containerName)!.image = `ccr.ccs.tencentyun.com/${repo.reponame}:${tagName}`;
      rollOut(world, cluster, service, next, now);
    }
    world.registry.triggerLogs.unshift({ repoName: repo.reponame, tagName, triggerName: t.triggerName, invokeTime: now, invokeMethod: t.invokeMethod, invokeExpr: t.invokeExpr, para: { clusterId: t.clusterId, namespace: t.namespace, serviceName: t.serviceName, containerName: t.containerName, clusterRegion: t.clusterRegion }, returnCode, returnMsg });
  }
}
