import { num } from './values';

/** Reads every page of a PageNumber/PageSize list (PageSize ≤ 100, the document's one stated limit). */
export async function readAllPages<T>(page: (pageNumber: number, pageSize: number) => Promise<{ total?: unknown; items: readonly T[] }>, pageSize = 100): Promise<T[]> {
  const all: T[] = [];
  for (let n = 1; ; n += 1) {
    const { total, items } = await page(n, pageSize);
    all.push(...items);
    // A short or empty page ends it too, should TotalCount be missing or overstate.
    if (items.length < pageSize || (num(total) !== undefined && all.length >= num(total)!)) return all;
  }
}
