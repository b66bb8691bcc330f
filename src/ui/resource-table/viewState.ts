/**
 * A table's view (search, sort, column filters) lives in the URL search params, so a copied
 * link opens the same view. Params: `q`, `sort=key` / `sort=-key`, `f.<key>=value` (repeated).
 * A prefix keeps two tables on one page apart; unrelated params (account, region) are kept.
 */
export type SortOrder = 'ascend' | 'descend';

export interface ViewState {
  search: string;
  sort?: { key: string; order: SortOrder };
  filters: Record<string, string[]>;
}

export const EMPTY_VIEW: ViewState = { search: '', filters: {} };

const names = (prefix: string) => ({ q: `${prefix}q`, sort: `${prefix}sort`, filter: `${prefix}f.` });

export function readView(params: URLSearchParams, prefix = ''): ViewState {
  const n = names(prefix);
  const rawSort = params.get(n.sort);
  const sort = rawSort
    ? rawSort.startsWith('-')
      ? { key: rawSort.slice(1), order: 'descend' as const }
      : { key: rawSort, order: 'ascend' as const }
    : undefined;
  const filters: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (!name.startsWith(n.filter) || value === '') continue;
    const key = name.slice(n.filter.length);
    (filters[key] ??= []).push(value);
  }
  return { search: params.get(n.q) ?? '', sort: sort?.key ? sort : undefined, filters };
}

/** A new URLSearchParams with this table's view replaced and every other param untouched. */
export function writeView(params: URLSearchParams, view: ViewState, prefix = ''): URLSearchParams {
  const n = names(prefix);
  const next = new URLSearchParams();
  for (const [name, value] of params) {
    if (name === n.q || name === n.sort || name.startsWith(n.filter)) continue;
    next.append(name, value);
  }
  if (view.search.trim()) next.set(n.q, view.search);
  if (view.sort) next.set(n.sort, view.sort.order === 'descend' ? `-${view.sort.key}` : view.sort.key);
  for (const key of Object.keys(view.filters).sort()) {
    for (const value of view.filters[key]) next.append(`${n.filter}${key}`, value);
  }
  return next;
}

export const hasActiveView = (view: ViewState) => view.search.trim() !== '' || Object.values(view.filters).some((v) => v.length > 0);
