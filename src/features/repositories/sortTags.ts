import type { ImageTag } from '../../domain/types';
import { dateSortValue } from '../shared/format';

/** Newest first; tags without a push time after the dated ones, by name. */
export function newestFirst(tags: readonly ImageTag[]): ImageTag[] {
  return [...tags].sort((a, b) => {
    const ta = dateSortValue(a.pushedAt);
    const tb = dateSortValue(b.pushedAt);
    if (ta !== undefined && tb !== undefined && ta !== tb) return tb - ta;
    if ((ta === undefined) !== (tb === undefined)) return ta === undefined ? 1 : -1;
    return b.name.localeCompare(a.name, undefined, { numeric: true });
  });
}
