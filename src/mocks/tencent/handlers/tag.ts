import { invalidParameter, notFound } from '../errors';
import { formatRfc3339, formatTagTime } from '../store/time';
import { page, type HandlerMap } from './context';
import { pushTag } from './push';
import { checkReponame, findRepo } from './registry-common';

const IMAGE = /^([a-z0-9][a-z0-9_.-]*\/[a-z0-9][a-z0-9_./-]*):([\w][\w.-]{0,127})$/;

function parseImage(param: string, value: string): [string, string] {
  const m = IMAGE.exec(value);
  if (!m) throw invalidParameter(param, `须为 <namespace>/<repo>:<tag> 形式：${value}`);
  return [m[1], m[2]];
}

const sizeText = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

export const tagHandlers: HandlerMap = {
  /** Newest push first; `tag` filters by name (substring). */
  GetTagList: (ctx) => {
    const p = ctx.params;
    const r = findRepo(ctx.world, p.reponame);
    if (p.limit !== undefined && p.limit > 100) throw invalidParameter('limit', '取值过大（最大 100）');
    const tags = [...r.tags].sort((a, b) => b.pushedAt - a.pushedAt).filter((t) => !p.tag || t.tagName.includes(p.tag));
    return {
      reponame: r.reponame,
      server: 'ccr.ccs.tencentyun.com',
      tagCount: tags.length,
      tagInfo: page(tags, p.offset, p.limit).map((t) => ({
        repo_name: r.reponame.split('/').slice(1).join('/'),
        tagName: t.tagName,
        tagId: t.tagId,
        imageId: t.imageId,
        size: sizeText(t.sizeByte),
        creationTime: formatTagTime(t.createdAt),
        updateTime: formatTagTime(t.pushedAt),
        author: t.author,
        architecture: t.architecture,
        dockerVersion: t.dockerVersion,
        os: t.os,
        pushTime: formatTagTime(t.pushedAt),
        sizeByte: t.sizeByte,
      })),
    };
  },

  BatchDeleteTag: (ctx) => {
    const r = findRepo(ctx.world, ctx.params.reponame);
    for (const t of ctx.params.tags) if (!r.tags.some((x) => x.tagName === t)) throw notFound('镜像版本', `${r.reponame}:${t}`, 'TagNotFound');
    r.tags = r.tags.filter((t) => !ctx.params.tags.includes(t.tagName));
    r.updatedAt = ctx.now;
    return null;
  },

  /** Copies a tag; the destination repository must exist (it is in the same account). */
  DuplicateImage: (ctx) => {
    const [srcRepo, srcTag] = parseImage('src_image', ctx.params.src_image);
    const [destRepo, destTag] = parseImage('dest_image', ctx.params.dest_image);
    const src = findRepo(ctx.world, srcRepo);
    const tag = src.tags.find((t) => t.tagName === srcTag);
    if (!tag) throw notFound('镜像版本', ctx.params.src_image, 'TagNotFound');
    const dest = findRepo(ctx.world, destRepo);
    pushTag(ctx.world, dest, destTag, ctx.now, { sizeByte: tag.sizeByte, imageId: tag.imageId });
    return null;
  },

  SetAutoDelStrategy: (ctx) => {
    const p = ctx.params;
    findRepo(ctx.world, p.reponame);
    if (p.val < 1) throw invalidParameter('val', '须大于 0');
    ctx.world.registry.strategies.set(p.reponame, { type: p.type, value: p.val, valid: 1, createdAt: ctx.now });
    return null;
  },

  GetAutoDelStrategy: (ctx) => {
    checkReponame(ctx.params.reponame);
    findRepo(ctx.world, ctx.params.reponame);
    const s = ctx.world.registry.strategies.get(ctx.params.reponame);
    const rows = s ? [{ username: ctx.world.uin, repo_name: ctx.params.reponame, type: s.type, value: s.value, valid: s.valid, creation_time: formatRfc3339(s.createdAt) }] : [];
    return { strategyInfo: rows, totalCount: rows.length };
  },

  /** Closing keeps the strategy with valid 0 (GetAutoDelStrategy still shows it). */
  CloseAutoDelStrategy: (ctx) => {
    findRepo(ctx.world, ctx.params.reponame);
    const s = ctx.world.registry.strategies.get(ctx.params.reponame);
    if (!s) throw notFound('自动删除策略', ctx.params.reponame, 'StrategyNotFound');
    s.valid = 0;
    return null;
  },
};
