import { invalidParameter, notFound } from '../errors';
import { formatTime } from '../store/time';
import type { AccountWorld, RepositoryRecord } from '../store/types';

/** Registry quotas as GetLimit's example states them. */
export const REGISTRY_LIMITS = { namespace: 10, repo: 100, tag: 100, triggers: 10 } as const;

export const REPONAME = /^[a-z0-9][a-z0-9_.-]*\/[a-z0-9][a-z0-9_./-]*$/;

export function checkReponame(name: string, param = 'reponame') {
  if (!REPONAME.test(name)) throw invalidParameter(param, `仓库名须为 <namespace>/<name> 形式的小写名称：${name}`);
}

export function findRepo(world: AccountWorld, reponame: string): RepositoryRecord {
  const repo = world.registry.repositories.get(reponame);
  if (!repo) throw notFound('仓库', reponame, 'RepositoryNotFound');
  return repo;
}

/** One repository row of the list operations, with both spellings the document prints (repotype/reptype). */
export function repoRow(world: AccountWorld, r: RepositoryRecord) {
  const type = 'QCLOUD HUB';
  return {
    reponame: r.reponame,
    repotype: type,
    reptype: type,
    tagCount: r.tags.length,
    public: r.public,
    isUserFavor: world.registry.favors.has(`${r.reponame}|${type}`),
    isQcloudOfficial: r.official,
    favorCount: r.favorCount,
    pullCount: r.pullCount,
    description: r.description,
    creationTime: formatTime(r.createdAt),
    updateTime: formatTime(r.updatedAt),
  };
}

export function requireRegistered(world: AccountWorld) {
  if (!world.registry.registered) throw notFound('镜像仓库账号', world.uin, 'RegistryAccountNotFound');
}
