import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { resourceKeys } from './queryKeys';

describe('resourceKeys', () => {
  it('roots every key at provider, account and region', () => {
    expect(resourceKeys.clusters('tencent', 'tencent-demo', 'gz')).toEqual(['tencent', 'tencent-demo', 'gz', 'clusters', {}]);
    expect(resourceKeys.nodes('alibaba', 'a', 'cn-hangzhou', 'c1')).toEqual(['alibaba', 'a', 'cn-hangzhou', 'nodes', { clusterId: 'c1' }]);
  });

  it('invalidates one account-region with one prefix and leaves the others', async () => {
    const client = new QueryClient();
    client.setQueryData(resourceKeys.clusters('tencent', 't', 'gz'), []);
    client.setQueryData(resourceKeys.nodes('tencent', 't', 'gz', 'c1'), []);
    client.setQueryData(resourceKeys.clusters('tencent', 't', 'sh'), []);
    await client.invalidateQueries({ queryKey: resourceKeys.scope('tencent', 't', 'gz') });
    const stale = client.getQueryCache().getAll().filter((q) => q.state.isInvalidated).map((q) => q.queryKey[2] + '/' + String(q.queryKey[3]));
    expect(stale.sort()).toEqual(['gz/clusters', 'gz/nodes']);
  });
});
