import { describe, expect, it } from 'vitest';
import type { ImageTag } from '../../domain/types';
import { newestFirst } from './sortTags';

const tag = (name: string, pushedAt?: string): ImageTag => ({ provider: 'netease', accountId: 'n', region: '', repositoryId: '1', name, pushedAt, raw: {} });

describe('newestFirst', () => {
  it('orders by push time, newest first, undated last', () => {
    const sorted = newestFirst([tag('v1', '2017-01-01 10:00:00'), tag('dev'), tag('v3', '2017-03-01 10:00:00'), tag('v2', '2017-02-01 10:00:00')]);
    expect(sorted.map((t) => t.name)).toEqual(['v3', 'v2', 'v1', 'dev']);
  });
  it('breaks ties by version-aware name, higher first', () => {
    expect(newestFirst([tag('v2'), tag('v10'), tag('v9')]).map((t) => t.name)).toEqual(['v10', 'v9', 'v2']);
  });
});
