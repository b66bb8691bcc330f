import type { Cluster, DomainContext, ImageTag, NeutralStatus, ProviderDomain, Repository, Service } from '../../domain/types';
import { BUILD_STATUS } from './operations/enums';

/** NetEase has no regions: every neutral object lives in the single region `default`. */
export const NETEASE_REGION = 'default';
/** 5.2's page size maximum. */
const PAGE = 30;

interface RawRepository {
  repo_id: number;
  user_name: string;
  repo_name: string;
  open_level: number;
  base_desc: string;
  detail_desc: string;
  tag_count: number;
  created_at: string;
  updated_at: string;
}
interface RawTag {
  name: string;
  size: number;
  status: number;
}
interface RawRepositoryDetail extends RawRepository {
  tags: RawTag[];
  download_url: string;
}

const BUILD_WORDS: Record<number, string> = {
  [BUILD_STATUS.initialising]: 'initialising',
  [BUILD_STATUS.building]: 'building',
  [BUILD_STATUS.succeeded]: 'succeeded',
  [BUILD_STATUS.failed]: 'failed',
};

/** The registry host of the image paths (`hub.c.163.com/<user>/<repo>:<tag>`). */
export const HUB_HOST = 'hub.c.163.com';

export function toRepository(ctx: Pick<DomainContext, 'accountId'>, r: RawRepository): Repository {
  return {
    provider: 'netease',
    accountId: ctx.accountId,
    region: NETEASE_REGION,
    id: String(r.repo_id),
    namespace: r.user_name,
    name: r.repo_name,
    visibility: r.open_level === 1 ? 'public' : 'private',
    tagCount: r.tag_count,
    description: r.base_desc || r.detail_desc || undefined,
    updatedAt: r.updated_at,
    raw: r,
  };
}

/**
 * 5.3's tags carry no timestamp, but tags built from a branch are named `<branch><yyyyMMddHHmmssSSS>`
 * (`master20161215042831791`): that stamp (UTC) is the push time. Other tags have none.
 */
export function pushedAtFromTagName(name: string): string | undefined {
  const m = /(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})$/.exec(name);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number);
  const time = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const date = new Date(time);
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? date.toISOString() : undefined;
}

export function toImageTag(ctx: Pick<DomainContext, 'accountId'>, repo: RawRepositoryDetail, t: RawTag): ImageTag {
  return {
    provider: 'netease',
    accountId: ctx.accountId,
    region: NETEASE_REGION,
    repositoryId: String(repo.repo_id),
    name: t.name,
    size: t.size,
    pushedAt: pushedAtFromTagName(t.name),
    buildStatus: BUILD_WORDS[t.status] ?? String(t.status),
    pullCommand: `docker pull ${HUB_HOST}/${repo.user_name}/${repo.repo_name}:${t.name}`,
    raw: t,
  };
}

/** The neutral repositories page: every page of 5.2, and 5.3's tags for one repository. */
/** 9.6 pages with offset/limit; the document states no maximum, so the repository page size is reused. */
const SERVICE_PAGE = PAGE;

interface RawService {
  id: number;
  status: string;
  service_name: string;
  replicas: number;
  stateful: number;
  port_maps: { protocol: string; source_port: number; dest_port: number }[];
  spec_id: number;
}

/**
 * Service statuses: `<action>_succ` once an action ends, an in-progress word while it runs
 * (README: creating, updating, scaling, restarting, hard_rebooting). `stop_service` is not read:
 * the document contradicts itself on its meaning (catalog quirk 31).
 */
export function serviceStatus(status: string): NeutralStatus {
  if (status.endsWith('_succ')) return 'running';
  if (status.endsWith('_fail') || status.endsWith('_failed') || status === 'abnormal') return 'failed';
  if (status === 'creating') return 'pending';
  if (status === 'deleting') return 'deleting';
  if (['updating', 'scaling', 'restarting', 'hard_rebooting'].includes(status)) return 'updating';
  return 'unknown';
}

export function toService(ctx: Pick<DomainContext, 'accountId'>, space: { id: number; display_name: string; namespace: string }, s: RawService): Service {
  return {
    provider: 'netease',
    accountId: ctx.accountId,
    region: NETEASE_REGION,
    id: String(s.id),
    name: s.service_name,
    group: { kind: 'space', id: String(space.id), name: space.display_name || space.namespace },
    namespace: space.namespace,
    status: serviceStatus(s.status),
    statusText: s.status,
    // 9.6 lists no ready count: it is known only once the last action succeeded.
    readyReplicas: s.status.endsWith('_succ') ? s.replicas : undefined,
    desiredReplicas: s.replicas,
    images: [],
    ports: (s.port_maps ?? []).map((p) => (p.source_port === p.dest_port ? `${p.dest_port}/${p.protocol}` : `${p.source_port}→${p.dest_port}/${p.protocol}`)),
    raw: s,
  };
}

async function listSpaceServices(ctx: DomainContext): Promise<Service[]> {
  const { namespaces } = (await ctx.call('listNamespaces', {})) as { namespaces: { id: number; display_name: string; namespace: string }[] };
  const perSpace = await Promise.all(
    namespaces.map(async (space) => {
      const rows: RawService[] = [];
      for (let offset = 0; ; offset += SERVICE_PAGE) {
        const page = (await ctx.call('listServices', { id: space.id, offset, limit: SERVICE_PAGE })) as { total: number; microservice_infos: RawService[] };
        rows.push(...page.microservice_infos);
        if (page.microservice_infos.length < SERVICE_PAGE || rows.length >= page.total) break;
      }
      return rows.map((s) => toService(ctx, space, s));
    }),
  );
  return perSpace.flat();
}

/**
 * NetEase has no clusters: its spaces are its grouping level, shown on the Clusters page as
 * `space` rows with their service count (9.6's total, one row asked for).
 */
async function listSpaces(ctx: DomainContext): Promise<Cluster[]> {
  const { namespaces } = (await ctx.call('listNamespaces', {})) as { namespaces: { id: number; display_name: string; namespace: string; deletable?: boolean }[] };
  return Promise.all(
    namespaces.map(async (space): Promise<Cluster> => {
      const page = (await ctx.call('listServices', { id: space.id, offset: 0, limit: 1 })) as { total: number };
      return {
        provider: 'netease',
        kind: 'space',
        accountId: ctx.accountId,
        region: NETEASE_REGION,
        id: String(space.id),
        name: space.display_name || space.namespace,
        status: 'running',
        statusText: '',
        nodeCount: 0,
        serviceCount: page.total,
        description: space.namespace,
        raw: space,
      };
    }),
  );
}

export const neteaseDomain: ProviderDomain = {
  listServices: listSpaceServices,
  listClusters: listSpaces,
  /** 9.7 getService: each container's image (the list carries ports but no image). */
  async describeService(ctx, service) {
    const detail = (await ctx.call('getService', { id: Number(service.id) })) as { service_container_infos?: { image_path?: string; repo_name?: string; image_tag?: string }[] };
    const images = (detail.service_container_infos ?? []).map((c) => c.image_path || `${c.repo_name ?? ''}:${c.image_tag ?? ''}`);
    return { images, ports: service.ports };
  },
  async listRepositories(ctx) {
    const all: Repository[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = (await ctx.call('listRepositories', { limit: PAGE, offset })) as { total: number; repositories: RawRepository[] };
      all.push(...page.repositories.map((r) => toRepository(ctx, r)));
      if (page.repositories.length < PAGE || all.length >= page.total) return all;
    }
  },
  async listTags(ctx, repository) {
    const detail = (await ctx.call('getRepository', { id: Number(repository.id) })) as RawRepositoryDetail;
    return detail.tags.map((t) => toImageTag(ctx, detail, t));
  },
};

export const netEaseDomain = neteaseDomain;
