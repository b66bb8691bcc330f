import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { registryKeys } from './keys';

describe('registryKeys', () => {
  it('one invalidation of the account root refreshes every registry list of that account only', async () => {
    const qc = new QueryClient();
    qc.setQueryData(registryKeys.namespaces('a'), []);
    qc.setQueryData(registryKeys.tags('a', 'ns/r'), []);
    qc.setQueryData(registryKeys.repositories('a'), []);
    qc.setQueryData(registryKeys.namespaces('b'), []);
    await qc.invalidateQueries({ queryKey: registryKeys.root('a') });
    const stale = qc.getQueryCache().getAll().filter((q) => q.state.isInvalidated).map((q) => `${String(q.queryKey[1])}/${String(q.queryKey[3])}`);
    expect(stale.sort()).toEqual(['a/namespaces', 'a/repositories', 'a/tags']);
  });
});
