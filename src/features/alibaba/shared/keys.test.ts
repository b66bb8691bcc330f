import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { resourceKeys } from '../../shared/queryKeys';
import { alibabaKeys } from './keys';

describe('alibabaKeys', () => {
  it('roots at the shared scope; a storage change refreshes volumes and claims, an RDS change only its instance', async () => {
    expect(alibabaKeys.users('a', 'cn-zhangjiakou').slice(0, 3)).toEqual([...resourceKeys.scope('alibaba', 'a', 'cn-zhangjiakou')]);
    const client = new QueryClient();
    client.setQueryData(alibabaKeys.volumes('a', 'r', 'c1'), []);
    client.setQueryData(alibabaKeys.claims('a', 'r', 1, 2), []);
    client.setQueryData(alibabaKeys.databases('a', 'r', 'rm-1'), []);
    client.setQueryData(alibabaKeys.backups('a', 'r', 'rm-1', ''), []);
    client.setQueryData(alibabaKeys.databases('a', 'r', 'rm-2'), []);
    client.setQueryData(alibabaKeys.volumes('b', 'r', 'c1'), []);
    await client.invalidateQueries({ queryKey: alibabaKeys.storage('a', 'r') });
    await client.invalidateQueries({ queryKey: alibabaKeys.rds('a', 'r', 'rm-1') });
    const stale = client.getQueryCache().getAll().filter((q) => q.state.isInvalidated).map((q) => q.queryKey.slice(1).join('/'));
    expect(stale.sort()).toEqual(['a/r/rds/rm-1/backups/', 'a/r/rds/rm-1/databases', 'a/r/storage/claims/1/2', 'a/r/storage/volumes/c1']);
  });
});
