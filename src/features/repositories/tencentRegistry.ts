import type { AccountInfo } from '../../app/session/api';
import type { ImageTag, Repository } from '../../domain/types';
import { accountClient } from '../../providers/core/client';
import { httpTransport, type Transport } from '../../providers/core/transport';
import { tencentClient, unwrapTencent, type TencentClient, type TencentResult } from '../../providers/tencent/client';

/**
 * Tencent's image registry (ccr) for the cross-cloud table. The registry is one per account, not
 * per region: every call carries the account's first region (GetTagList needs one), as the
 * tencent-registry area does, and each account is listed once.
 */
const PAGE = 100;
const DEFAULT_SERVER = 'ccr.ccs.tencentyun.com';

type RepoRow = NonNullable<TencentResult<'SearchUserRepository'>['repoInfo']>[number];
type FavorRow = NonNullable<TencentResult<'GetFavor'>['repoInfo']>[number];
type TagRow = NonNullable<TencentResult<'GetTagList'>['tagInfo']>[number];

export const registryRegion = (account: Pick<AccountInfo, 'regions'>) => account.regions[0] ?? '';
export const tencentRegistryClient = (accountId: string, transport: Transport = httpTransport): TencentClient =>
  tencentClient(accountClient(transport, unwrapTencent, accountId));

const n = (v: unknown): number | undefined => {
  if (v === undefined || v === null || v === '') return undefined;
  const x = Number(v);
  return Number.isFinite(x) ? x : undefined;
};

/** Reads offset/limit pages until the total (or a short page) is reached. */
export async function readPages<R>(load: (offset: number, limit: number) => Promise<{ rows: readonly R[]; total?: unknown }>): Promise<R[]> {
  const rows: R[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await load(offset, PAGE);
    rows.push(...page.rows);
    const total = n(page.total);
    if (page.rows.length < PAGE || (total !== undefined && rows.length >= total)) return rows;
  }
}

/** One SearchUserRepository row as a neutral repository; favourite from the row or from GetFavor. */
export function toTencentRepository(row: RepoRow, favourites: ReadonlySet<string>, accountId: string, region: string): Repository {
  const id = String(row.reponame ?? '');
  const slash = id.indexOf('/');
  return {
    provider: 'tencent',
    accountId,
    region,
    id,
    namespace: slash > 0 ? id.slice(0, slash) : undefined,
    name: slash > 0 ? id.slice(slash + 1) : id,
    visibility: n(row.public) === 1 ? 'public' : 'private',
    tagCount: n(row.tagCount),
    pulls: n(row.pullCount),
    favourite: row.isUserFavor === true || favourites.has(id),
    description: row.description || undefined,
    updatedAt: row.updateTime || row.creationTime || undefined,
    raw: row,
  };
}

/** Every repository of the account (SearchUserRepository), marked with the user's favourites (GetFavor). */
export async function listTencentRepositories(account: Pick<AccountInfo, 'id' | 'regions'>, client = tencentRegistryClient(account.id)): Promise<Repository[]> {
  const region = registryRegion(account);
  const at = region || undefined;
  const [repos, favors] = await Promise.all([
    readPages(async (offset, limit) => {
      const r = await client.SearchUserRepository({ offset, limit }, at);
      return { rows: r.repoInfo ?? [], total: r.totalCount };
    }),
    readPages(async (offset, limit) => {
      const r = await client.GetFavor({ offset, limit }, at);
      // The example prints `repolInfo`; the schema reads `repoInfo` (the emulator sends both).
      const rows = r.repoInfo ?? ((r as Record<string, unknown>).repolInfo as FavorRow[] | undefined) ?? [];
      return { rows, total: r.totalCount };
    }),
  ]);
  const favourites = new Set(favors.map((f) => String(f.reponame ?? '')));
  return repos.map((row) => toTencentRepository(row, favourites, account.id, region));
}

export function toTencentTag(row: TagRow, repository: Pick<Repository, 'accountId' | 'region' | 'id'>, server: string): ImageTag {
  const name = String(row.tagName ?? '');
  return {
    provider: 'tencent',
    accountId: repository.accountId,
    region: repository.region,
    repositoryId: repository.id,
    name,
    size: n(row.sizeByte),
    digest: row.tagId || undefined,
    pushedAt: row.pushTime || undefined,
    pullCommand: `docker pull ${server}/${repository.id}:${name}`,
    raw: row,
  };
}

/** Every tag of a repository (GetTagList, newest push first as the document sorts them). */
export async function listTencentTags(repository: Pick<Repository, 'accountId' | 'region' | 'id'>, client = tencentRegistryClient(repository.accountId)): Promise<ImageTag[]> {
  let server = DEFAULT_SERVER;
  const rows = await readPages(async (offset, limit) => {
    const r = await client.GetTagList({ reponame: repository.id, offset, limit }, repository.region || undefined);
    server = r.server || server;
    return { rows: r.tagInfo ?? [], total: r.tagCount };
  });
  return rows.map((row) => toTencentTag(row, repository, server));
}
