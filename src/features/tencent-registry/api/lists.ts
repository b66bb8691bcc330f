import type { TencentResult } from '../../../providers/tencent/client';
import type { RegistryScope } from './client';

/** The list operations page; these helpers read every page (100 at a time) so the tables hold it all. */
const PAGE = 100;

export type NamespaceRow = NonNullable<TencentResult<'GetNamespaceInfo'>['namespaceInfo']>[number];
export type RepositoryRow = NonNullable<TencentResult<'SearchUserRepository'>['repoInfo']>[number] & { accountId: string };
export type TagRow = NonNullable<TencentResult<'GetTagList'>['tagInfo']>[number];
export type TriggerRow = NonNullable<TencentResult<'ListTrigger'>['triggerInfo']>[number];
export type TriggerLogRow = NonNullable<TencentResult<'ListTriggerLog'>['logInfo']>[number];
export type FavoriteRow = NonNullable<TencentResult<'GetFavor'>['repoInfo']>[number];

async function all<R>(load: (offset: number) => Promise<{ rows: R[]; total?: number }>): Promise<R[]> {
  const rows: R[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await load(offset);
    rows.push(...page.rows);
    const total = page.total ?? 0;
    if (page.rows.length < PAGE || rows.length >= total) return rows;
  }
}

export const fetchAllNamespaces = (s: RegistryScope) =>
  all(async (offset) => {
    const r = await s.client.GetNamespaceInfo({ offset, limit: PAGE }, s.region);
    return { rows: r.namespaceInfo ?? [], total: Number(r.namespaceCount ?? 0) };
  });

export const fetchAllRepositories = (s: RegistryScope, namespace?: string): Promise<RepositoryRow[]> =>
  all(async (offset) => {
    const r = await s.client.SearchUserRepository({ offset, limit: PAGE, ...(namespace ? { namespace } : {}) }, s.region);
    return { rows: (r.repoInfo ?? []).map((row) => ({ ...row, accountId: s.accountId })), total: Number(r.totalCount ?? 0) };
  });

/** Tags newest first: the document sorts by pushTime descending; sorted again so a page boundary cannot reorder. */
export const fetchAllTags = async (s: RegistryScope, reponame: string) => {
  let server: string | undefined;
  const rows = await all(async (offset) => {
    const r = await s.client.GetTagList({ reponame, offset, limit: PAGE }, s.region);
    server = r.server ?? server;
    return { rows: r.tagInfo ?? [], total: r.tagCount ?? 0 };
  });
  rows.sort((a, b) => (b.pushTime ?? '').localeCompare(a.pushTime ?? ''));
  return { server, rows };
};

export const fetchAllTriggers = (s: RegistryScope, reponame: string) =>
  all(async (offset) => {
    const r = await s.client.ListTrigger({ reponame, offset, limit: PAGE }, s.region);
    return { rows: r.triggerInfo ?? [], total: r.totalCount ?? 0 };
  });

export const fetchAllTriggerLogs = (s: RegistryScope, reponame: string) =>
  all(async (offset) => {
    const r = await s.client.ListTriggerLog({ reponame, offset, limit: PAGE, orderby: 'invoke_time', order: 'desc' }, s.region);
    return { rows: r.logInfo ?? [], total: r.totalCount ?? 0 };
  });

export const fetchAllFavorites = (s: RegistryScope) =>
  all(async (offset) => {
    const r = await s.client.GetFavor({ offset, limit: PAGE }, s.region);
    // The example prints `repolInfo`; the schema reads `repoInfo` (the emulator sends both).
    const rows = r.repoInfo ?? ((r as Record<string, unknown>).repolInfo as FavoriteRow[] | undefined) ?? [];
    return { rows, total: Number(r.totalCount ?? 0) };
  });
