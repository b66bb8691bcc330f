import { describe, expect, it } from 'vitest';
import type { Scope } from '../../app/accounts/scope';
import { readPages, toTencentRepository, toTencentTag } from './tencentRegistry';
import { registryScopes } from './useRepositories';
import { repositoryHref } from './repositoryColumns';

describe('Tencent registry adapter', () => {
  it('maps a SearchUserRepository row: namespace/name split, public flag, pulls, favourite from the row or GetFavor', () => {
    const row = { reponame: 'tricloud/web/api', public: 1, tagCount: 3, pullCount: 42, isUserFavor: false, description: 'API', creationTime: '2026-01-01 10:00:00', updateTime: '2026-02-01 10:00:00' };
    const r = toTencentRepository(row, new Set(['tricloud/web/api']), 'tx', 'gz');
    expect(r).toMatchObject({ provider: 'tencent', accountId: 'tx', region: 'gz', id: 'tricloud/web/api', namespace: 'tricloud', name: 'web/api', visibility: 'public', tagCount: 3, pulls: 42, favourite: true, updatedAt: '2026-02-01 10:00:00' });
    expect(toTencentRepository({ ...row, public: 0, isUserFavor: true }, new Set(), 'tx', 'gz')).toMatchObject({ visibility: 'private', favourite: true });
    expect(toTencentRepository({ reponame: 'solo' }, new Set(), 'tx', '').favourite).toBe(false);
  });
  it('builds the pull command from the registry server the answer names', () => {
    const tag = toTencentTag({ tagName: 'v1', sizeByte: 10, pushTime: '2026-02-01 10:00:00' }, { accountId: 'tx', region: 'gz', id: 'ns/app' }, 'ccr.ccs.tencentyun.com');
    expect(tag).toMatchObject({ name: 'v1', size: 10, pullCommand: 'docker pull ccr.ccs.tencentyun.com/ns/app:v1' });
  });
  it('reads offset pages until the total or a short page', async () => {
    const data = Array.from({ length: 230 }, (_, i) => i);
    const asked: number[] = [];
    expect(await readPages(async (offset, limit) => (asked.push(offset), { rows: data.slice(offset, offset + limit), total: String(data.length) }))).toEqual(data);
    expect(asked).toEqual([0, 100, 200]);
  });
  it('lists a Tencent account once (its registry is not regional), in its first region', () => {
    const account = { id: 'tx', name: 'T', provider: 'tencent' as const, regions: ['gz', 'sh'] };
    const scopes: Scope[] = [{ account, region: 'sh' }, { account, region: 'gz' }, { account: { id: 'ne', name: 'N', provider: 'netease', regions: [] }, region: '' }];
    expect(registryScopes(scopes)).toEqual([{ account, region: 'gz' }]);
  });
  it('opens Tencent rows in the registry area and NetEase rows on their repository page', () => {
    expect(repositoryHref({ provider: 'tencent', accountId: 'tx', id: 'ns/app' })).toBe('/tencent/registry/repositories/tx/ns/app');
    expect(repositoryHref({ provider: 'netease', accountId: 'ne', id: '12' })).toBe('/netease/repositories/ne/12');
    expect(repositoryHref({ provider: 'alibaba', accountId: 'a', id: 'x' })).toBeUndefined();
  });
});
