import { conflict, invalidParameter, limitExceeded, notFound } from '../errors';
import { formatTime } from '../store/time';
import type { RepositoryRecord } from '../store/types';
import { page, type HandlerMap } from './context';
import { checkReponame, findRepo, REGISTRY_LIMITS, repoRow, requireRegistered } from './registry-common';

const FAVOR_TYPES = ['QCLOUD HUB', 'DOCKER HUB'] as const;

export const repositoryHandlers: HandlerMap = {
  CreateRepository: (ctx) => {
    const { world, params: p } = ctx;
    requireRegistered(world);
    checkReponame(p.reponame);
    const ns = p.reponame.split('/')[0];
    if (!world.registry.namespaces.has(ns)) throw notFound('命名空间', ns, 'NamespaceNotFound');
    if (world.registry.repositories.has(p.reponame)) throw conflict('RepositoryAlreadyExists', `仓库已存在：${p.reponame}`);
    if (world.registry.repositories.size >= REGISTRY_LIMITS.repo) throw limitExceeded('RepoQuotaExceeded', `仓库数量超过配额（${REGISTRY_LIMITS.repo}）`);
    world.registry.repositories.set(p.reponame, { reponame: p.reponame, public: p.public as 0 | 1, description: p.description ?? '', createdAt: ctx.now, updatedAt: ctx.now, pullCount: 0, favorCount: 0, official: false, tags: [] });
    return null;
  },

  BatchDeleteRepository: (ctx) => {
    for (const name of ctx.params.reponames) findRepo(ctx.world, name);
    for (const name of ctx.params.reponames) {
      ctx.world.registry.repositories.delete(name);
      ctx.world.registry.strategies.delete(name);
      for (const [k, t] of ctx.world.registry.triggers) if (t.reponame === name) ctx.world.registry.triggers.delete(k);
    }
    return null;
  },

  GetRepositoryInfo: (ctx) => {
    const r = findRepo(ctx.world, ctx.params.reponame);
    const row = repoRow(ctx.world, r);
    return { creationTime: row.creationTime, description: r.description, favorCount: r.favorCount, isQcloudOfficial: r.official, isUserFavor: row.isUserFavor, public: r.public, pullCount: r.pullCount, reponame: r.reponame, reptype: row.reptype };
  },

  RepositoryisExists: (ctx) => {
    checkReponame(ctx.params.reponame);
    return { isExist: ctx.world.registry.repositories.has(ctx.params.reponame) };
  },

  /** Public repositories: Tencent Hub's official ones and public user repositories. */
  GetRepositoryList: (ctx) => {
    const p = ctx.params;
    let rows: RepositoryRecord[] = [...ctx.world.hub, ...[...ctx.world.registry.repositories.values()].filter((r) => r.public === 1)];
    if (p.reponame) rows = rows.filter((r) => r.reponame === p.reponame);
    if (p.limit !== undefined && p.limit > 100) throw invalidParameter('limit', '取值过大（最大 100）');
    const dir = p.order === 'asc' ? 1 : -1;
    if (p.orderby === 'pullCount') rows.sort((a, b) => (a.pullCount - b.pullCount) * dir);
    else if (p.orderby === 'official') rows.sort((a, b) => (Number(a.official) - Number(b.official)) * dir);
    return { totalCount: rows.length, privilegeFiltered: false, repoInfo: page(rows, p.offset, p.limit).map((r) => repoRow(ctx.world, r)) };
  },

  SearchUserRepository: (ctx) => {
    const p = ctx.params;
    let rows = [...ctx.world.registry.repositories.values()];
    if (p.reponame) rows = rows.filter((r) => r.reponame === p.reponame);
    if (p.namespace) rows = rows.filter((r) => r.reponame.split('/')[0] === p.namespace);
    if (p.public !== undefined) rows = rows.filter((r) => String(r.public) === p.public);
    rows.sort((a, b) => b.updatedAt - a.updatedAt);
    return { totalCount: rows.length, privilegeFiltered: false, repoInfo: page(rows, p.offset, p.limit).map((r) => repoRow(ctx.world, r)) };
  },

  UpdateRepositoryDesc: (ctx) => {
    const r = findRepo(ctx.world, ctx.params.reponame);
    r.description = ctx.params.description;
    r.updatedAt = ctx.now;
    return null;
  },

  UpdateRepositoryPublic: (ctx) => {
    const r = findRepo(ctx.world, ctx.params.reponame);
    r.public = ctx.params.public as 0 | 1;
    r.updatedAt = ctx.now;
    return null;
  },

  AddFavor: (ctx) => {
    const { reponame, reptype } = ctx.params;
    const repo = ctx.world.registry.repositories.get(reponame) ?? ctx.world.hub.find((r) => r.reponame === reponame);
    if (!repo && reptype === 'QCLOUD HUB') throw notFound('仓库', reponame, 'RepositoryNotFound');
    const key = `${reponame}|${reptype}`;
    if (ctx.world.registry.favors.has(key)) throw conflict('FavorAlreadyExists', `已收藏：${reponame}`);
    ctx.world.registry.favors.add(key);
    if (repo) repo.favorCount += 1;
    return null;
  },

  DeleteFavor: (ctx) => {
    const key = `${ctx.params.reponame}|${ctx.params.reptype}`;
    if (!ctx.world.registry.favors.delete(key)) throw notFound('收藏', ctx.params.reponame, 'FavorNotFound');
    const repo = ctx.world.registry.repositories.get(ctx.params.reponame) ?? ctx.world.hub.find((r) => r.reponame === ctx.params.reponame);
    if (repo) repo.favorCount = Math.max(0, repo.favorCount - 1);
    return null;
  },

  BatchDeleteFavor: (ctx) => {
    for (const f of ctx.params.favors) {
      const type = f.repotype ?? f.reptype ?? 'QCLOUD HUB';
      if (!FAVOR_TYPES.includes(type as (typeof FAVOR_TYPES)[number])) throw invalidParameter('favors.repotype', `取值须为 QCLOUD HUB|DOCKER HUB 之一`);
      if (!ctx.world.registry.favors.has(`${f.reponame}|${type}`)) throw notFound('收藏', f.reponame, 'FavorNotFound');
    }
    for (const f of ctx.params.favors) ctx.world.registry.favors.delete(`${f.reponame}|${f.repotype ?? f.reptype ?? 'QCLOUD HUB'}`);
    return null;
  },

  /** The favourites; the example prints the list under "repolInfo" (OCR of repoInfo): both keys are sent. */
  GetFavor: (ctx) => {
    const all = [...ctx.world.hub, ...ctx.world.registry.repositories.values()];
    const rows = [...ctx.world.registry.favors].map((key) => {
      const [reponame, reptype] = key.split('|');
      const r = all.find((x) => x.reponame === reponame);
      return { reponame, reptype, favorCount: r?.favorCount ?? 0, public: r?.public ?? 1, isQcloudOfficial: r?.official ?? false, tagCount: r?.tags.length ?? 0 };
    });
    const list = page(rows, ctx.params.offset, ctx.params.limit);
    return { repoInfo: list, repolInfo: list, totalCount: rows.length };
  },

  GetLimit: (ctx) => ({
    limitInfo: (Object.entries(REGISTRY_LIMITS) as Array<[string, number]>).map(([type, value]) => ({ username: ctx.world.uin, type, value })),
  }),

  ChangePassword: (ctx) => {
    requireRegistered(ctx.world);
    ctx.world.registry.password = ctx.params.password;
    return null;
  },

  RegisterRepositoryAccountNew: (ctx) => {
    const pw = ctx.params.password.replace(/^"(.*)"$/, '$1');
    if (ctx.world.registry.registered) throw conflict('AccountAlreadyExists', '镜像仓库账号已存在');
    if (pw.length < 8 || pw.length > 16) throw invalidParameter('password', '长度须在 8 到 16 之间');
    ctx.world.registry.registered = true;
    ctx.world.registry.password = pw;
    return null;
  },

  CreateCCRNamespace: (ctx) => {
    requireRegistered(ctx.world);
    const ns = ctx.params.namespace;
    if (!ns) throw invalidParameter('namespace', '不能为空');
    if (!/^[a-z0-9][a-z0-9_-]{1,29}$/.test(ns)) throw invalidParameter('namespace', `须为 2–30 个小写字母、数字、"-"、"_"：${ns}`);
    if (ctx.world.registry.namespaces.has(ns)) throw conflict('NamespaceAlreadyExists', `命名空间已存在：${ns}`);
    if (ctx.world.registry.namespaces.size >= REGISTRY_LIMITS.namespace) throw limitExceeded('NamespaceQuotaExceeded', `命名空间数量超过配额（${REGISTRY_LIMITS.namespace}）`);
    ctx.world.registry.namespaces.set(ns, { createdAt: ctx.now });
    return null;
  },

  GetNamespaceInfo: (ctx) => {
    const rows = [...ctx.world.registry.namespaces].filter(([name]) => !ctx.params.namespace || name.includes(ctx.params.namespace));
    const repos = [...ctx.world.registry.repositories.keys()];
    return {
      namespaceCount: rows.length,
      namespaceInfo: page(rows, ctx.params.offset, ctx.params.limit).map(([namespace, v]) => ({ namespace, creationTime: formatTime(v.createdAt), repoCount: repos.filter((r) => r.startsWith(`${namespace}/`)).length })),
    };
  },

  /** Reserved names cannot be created by users (the hub's own namespaces). */
  NamespacelsExists: (ctx) => {
    const ns = ctx.params.namespace ?? '';
    return { isExist: ctx.world.registry.namespaces.has(ns), isPreserved: ['library', 'tencentyun', 'qcloud', 'tencent'].includes(ns) };
  },

  DeleteUserNamespace: (ctx) => {
    const ns = ctx.params.namespace ?? '';
    if (!ctx.world.registry.namespaces.has(ns)) throw notFound('命名空间', ns, 'NamespaceNotFound');
    // Not documented: a namespace that still holds repositories is refused.
    const held = [...ctx.world.registry.repositories.keys()].filter((r) => r.startsWith(`${ns}/`));
    if (held.length) throw conflict('NamespaceNotEmpty', `命名空间下仍有仓库：${held.join(', ')}`);
    ctx.world.registry.namespaces.delete(ns);
    return null;
  },
};
