import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { resourceKeys } from '../../shared/queryKeys';
import { neteaseKeys } from './keys';

describe('neteaseKeys', () => {
  it('roots at the shared scope and invalidates one kind of one account with one prefix', async () => {
    expect(neteaseKeys.volumes('ne', 'default').slice(0, 3)).toEqual([...resourceKeys.scope('netease', 'ne', 'default')]);
    const client = new QueryClient();
    client.setQueryData(neteaseKeys.ipList('ne', 'default', { status: 'available' }), []);
    client.setQueryData(neteaseKeys.ipQuota('ne', 'default'), {});
    client.setQueryData(neteaseKeys.ipDetail('ne', 'default', '896'), {});
    client.setQueryData(neteaseKeys.volumes('ne', 'default'), []);
    client.setQueryData(neteaseKeys.ipQuota('other', 'default'), {});
    await client.invalidateQueries({ queryKey: neteaseKeys.ips('ne', 'default') });
    const stale = client.getQueryCache().getAll().filter((q) => q.state.isInvalidated).map((q) => `${String(q.queryKey[1])}/${q.queryKey.slice(3, 5).join('/')}`);
    expect(stale.sort()).toEqual(['ne/ips/detail', 'ne/ips/list', 'ne/ips/quota']);
  });
});
