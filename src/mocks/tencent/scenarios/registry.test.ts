import { describe, expect, it } from 'vitest';
import { REGISTRY_LIMITS } from '../handlers/registry-common';
import { DURATIONS } from '../store/clock';
import { harness } from '../testing';

describe('registry namespaces and account', () => {
  it('create, check, list with repo counts, delete only when empty; quota of namespaces', async () => {
    const h = harness();
    await h.ok('CreateCCRNamespace', { namespace: 'team-x' });
    expect(await h.ok('NamespacelsExists', { namespace: 'team-x' })).toEqual({ isExist: true, isPreserved: false });
    expect(await h.ok('NamespacelsExists', { namespace: 'library' })).toEqual({ isExist: false, isPreserved: true });
    expect((await h.call('CreateCCRNamespace', { namespace: 'team-x' })).codeDesc).toBe('NamespaceAlreadyExists');
    await h.ok('CreateRepository', { reponame: 'team-x/app', public: 0 });
    const info = await h.ok('GetNamespaceInfo', { namespace: 'team' });
    expect(info.namespaceInfo).toEqual([expect.objectContaining({ namespace: 'team-x', repoCount: 1 })]);
    expect((await h.call('DeleteUserNamespace', { namespace: 'team-x' })).codeDesc).toBe('NamespaceNotEmpty');
    await h.ok('BatchDeleteRepository', { reponames: ['team-x/app'] });
    await h.ok('DeleteUserNamespace', { namespace: 'team-x' });
    expect((await h.ok('NamespacelsExists', { namespace: 'team-x' })).isExist).toBe(false);
    for (let i = 0; i < REGISTRY_LIMITS.namespace - 2; i++) await h.ok('CreateCCRNamespace', { namespace: `ns-${i}` });
    expect((await h.call('CreateCCRNamespace', { namespace: 'one-too-many' })).codeDesc).toBe('NamespaceQuotaExceeded');
  });

  it('a new account registers before it can create; quotas and password', async () => {
    const h = harness();
    expect((await h.call('CreateCCRNamespace', { namespace: 'fresh-ns' }, 'gz', 'fresh')).codeDesc).toBe('RegistryAccountNotFound');
    expect((await h.call('RegisterRepositoryAccountNew', { password: 'short' }, 'gz', 'fresh')).message).toContain('password');
    expect((await h.call('RegisterRepositoryAccountNew', { password: '"Passw0rd1"' }, 'gz', 'fresh')).code).toBe(0);
    expect((await h.call('CreateCCRNamespace', { namespace: 'fresh-ns' }, 'gz', 'fresh')).code).toBe(0);
    expect((await h.call('RegisterRepositoryAccountNew', { password: 'Passw0rd1' }, 'gz', 'fresh')).codeDesc).toBe('AccountAlreadyExists');
    expect((await h.ok('GetLimit')).limitInfo.map((l: { type: string; value: number }) => [l.type, l.value])).toEqual([
      ['namespace', 10],
      ['repo', 100],
      ['tag', 100],
      ['triggers', 10],
    ]);
    expect((await h.call('ChangePassword', { password: 'toolongpassword123' })).message).toContain('password');
    expect((await h.call('ChangePassword', { password: 'GoodPass1' })).code).toBe(0);
  });
});

describe('repositories and tags', () => {
  it('create, exists, info, describe, visibility, search and the public hub list', async () => {
    const h = harness();
    expect((await h.call('CreateRepository', { reponame: 'nowhere/app', public: 0 })).codeDesc).toBe('NamespaceNotFound');
    expect((await h.call('CreateRepository', { reponame: 'NoSlash', public: 0 })).message).toContain('reponame');
    await h.ok('CreateRepository', { reponame: 'tricloud/worker', public: 0, description: 'jobs' });
    expect((await h.call('CreateRepository', { reponame: 'tricloud/worker', public: 0 })).codeDesc).toBe('RepositoryAlreadyExists');
    expect(await h.ok('RepositoryisExists', { reponame: 'tricloud/worker' })).toEqual({ isExist: true });
    expect(await h.ok('GetRepositoryInfo', { reponame: 'tricloud/worker' })).toMatchObject({ reponame: 'tricloud/worker', public: 0, description: 'jobs', reptype: 'QCLOUD HUB' });
    await h.ok('UpdateRepositoryDesc', { reponame: 'tricloud/worker', description: 'batch jobs' });
    const hub = async () => (await h.ok('GetRepositoryList', { limit: 100 })).repoInfo.map((r: { reponame: string }) => r.reponame);
    expect(await hub()).not.toContain('tricloud/worker');
    await h.ok('UpdateRepositoryPublic', { reponame: 'tricloud/worker', public: 1 });
    expect(await hub()).toContain('tricloud/worker');
    expect(await hub()).toContain('library/nginx');
    const mine = await h.ok('SearchUserRepository', { namespace: 'tricloud', public: '1' });
    expect(mine.repoInfo).toEqual([expect.objectContaining({ reponame: 'tricloud/worker', description: 'batch jobs', public: 1, tagCount: 0 })]);
    expect((await h.call('GetRepositoryList', { limit: 101 })).message).toContain('limit');
    const byPulls = (await h.ok('GetRepositoryList', { orderby: 'pullCount', order: 'desc' })).repoInfo.map((r: { pullCount: number }) => r.pullCount);
    expect(byPulls).toEqual([...byPulls].sort((a, b) => b - a));
    await h.ok('BatchDeleteRepository', { reponames: ['tricloud/worker'] });
    expect(await h.ok('RepositoryisExists', { reponame: 'tricloud/worker' })).toEqual({ isExist: false });
    expect((await h.call('BatchDeleteRepository', { reponames: ['tricloud/worker'] })).codeDesc).toBe('RepositoryNotFound');
  });

  it('tags: newest push first, copy, delete (quoted values too), Region required', async () => {
    const h = harness();
    await h.ok('DuplicateImage', { src_image: 'tricloud/web:v1.0.0', dest_image: 'tricloud/web:hotfix' });
    const tags = await h.ok('GetTagList', { reponame: 'tricloud/web' });
    expect(tags.tagInfo.map((t: { tagName: string }) => t.tagName)).toEqual(['hotfix', 'latest', 'v1.3.0', 'v1.2.0', 'v1.1.0', 'v1.0.0']);
    expect(tags).toMatchObject({ server: 'ccr.ccs.tencentyun.com', tagCount: 6 });
    expect(tags.tagInfo[0]).toMatchObject({ repo_name: 'web', imageId: tags.tagInfo[5].imageId });
    expect(tags.tagInfo[0].pushTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0800 CST$/);
    expect((await h.ok('GetTagList', { reponame: 'tricloud/web', tag: 'v1.' })).tagCount).toBe(4);
    await h.ok('BatchDeleteTag', { reponame: 'tricloud/web', tags: ['"hotfix"', 'v1.0.0'] });
    expect((await h.ok('GetTagList', { reponame: 'tricloud/web' })).tagCount).toBe(4);
    expect((await h.call('BatchDeleteTag', { reponame: 'tricloud/web', tags: ['nope'] })).codeDesc).toBe('TagNotFound');
    expect((await h.call('DuplicateImage', { src_image: 'tricloud/web', dest_image: 'tricloud/web:x' })).message).toContain('src_image');
    expect((await h.call('DuplicateImage', { src_image: 'tricloud/web:ghost', dest_image: 'tricloud/web:x' })).codeDesc).toBe('TagNotFound');
    // GetTagList is the registry call for which the document makes Region required.
    expect(await h.call('GetTagList', { reponame: 'tricloud/web' }, '')).toMatchObject({ code: 4000, codeDesc: 'MissingParameter', message: '(-10001)缺少参数错误：Region' });
    expect((await h.call('GetLimit', {}, '')).code).toBe(0);
  });

  it('retention runs when the tag quota is reached; without a strategy the push is refused', async () => {
    const h = harness();
    await h.ok('CreateRepository', { reponame: 'demo-apps/many', public: 0 });
    for (let i = 0; i < REGISTRY_LIMITS.tag; i++) await h.ok('DuplicateImage', { src_image: 'demo-apps/nginx:stable', dest_image: `demo-apps/many:b${i}` });
    expect((await h.call('DuplicateImage', { src_image: 'demo-apps/nginx:stable', dest_image: 'demo-apps/many:over' })).codeDesc).toBe('TagQuotaExceeded');
    await h.ok('SetAutoDelStrategy', { reponame: 'demo-apps/many', type: 'keep_last_nums', val: 10 });
    expect((await h.ok('GetAutoDelStrategy', { reponame: 'demo-apps/many' })).strategyInfo[0]).toMatchObject({ repo_name: 'demo-apps/many', type: 'keep_last_nums', value: 10, valid: 1 });
    await h.ok('DuplicateImage', { src_image: 'demo-apps/nginx:stable', dest_image: 'demo-apps/many:over' });
    const tags = (await h.ok('GetTagList', { reponame: 'demo-apps/many', limit: 100 })).tagInfo.map((t: { tagName: string }) => t.tagName);
    expect(tags).toHaveLength(10);
    expect(tags[0]).toBe('over');
    await h.ok('CloseAutoDelStrategy', { reponame: 'demo-apps/many' });
    expect((await h.ok('GetAutoDelStrategy', { reponame: 'demo-apps/many' })).strategyInfo[0].valid).toBe(0);
    expect((await h.call('SetAutoDelStrategy', { reponame: 'demo-apps/many', type: 'keep_forever', val: 1 })).codeDesc).toBe('InvalidParameter');
  });
});

describe('triggers', () => {
  it('a push matching a trigger updates the service image and is logged; others are not', async () => {
    const h = harness();
    const id = (await h.ok('DescribeCluster', { clusterName: 'prod-web' })).clusters[0].clusterId;
    // Seeded trigger: tricloud/web, regex ^v.*, → nginx-web/web.
    await h.ok('DuplicateImage', { src_image: 'tricloud/web:latest', dest_image: 'tricloud/web:nightly' });
    expect((await h.ok('ListTriggerLog', { reponame: 'tricloud/web' })).totalCount).toBe(0);
    await h.ok('DuplicateImage', { src_image: 'tricloud/web:latest', dest_image: 'tricloud/web:v2.0.0' });
    const log = await h.ok('ListTriggerLog', { reponame: 'tricloud/web' });
    expect(log.logInfo[0]).toMatchObject({ tagName: 'v2.0.0', triggerName: 'web-auto-update', invokeSource: 'IMAGE_PUSH', invokeAction: 'SERVICE_UPDATE', invokeResult: { returnCode: 0, returnMsg: 'ok' } });
    const s = (await h.ok('DescribeClusterServiceInfo', { clusterId: id, serviceName: 'nginx-web' })).service;
    expect(s.status).toBe('Updating');
    expect(s.containers[0].image).toBe('ccr.ccs.tencentyun.com/tricloud/web:v2.0.0');
    h.advance(DURATIONS.serviceUpdate);
    expect((await h.ok('DescribeClusterServiceInfo', { clusterId: id, serviceName: 'nginx-web' })).service.status).toBe('Normal');
  });

  it('add, list, modify (rename, taglist), delete; a trigger to a missing service logs a failure', async () => {
    const h = harness();
    const id = (await h.ok('DescribeCluster', { clusterName: 'prod-web' })).clusters[0].clusterId;
    const base = { triggerName: 'api-t', reponame: 'tricloud/api', invokeMethod: 'taglist', invokeExpr: 'v3;v4', serviceName: 'gone', clusterId: id, namespace: 'default', containerName: 'api', clusterRegion: 1 };
    expect((await h.call('AddUpdateServiceTrigger', { ...base, invokeExpr: '' })).message).toContain('invokeExpr');
    expect((await h.call('AddUpdateServiceTrigger', { ...base, clusterRegion: 3 })).codeDesc).toBe('InvalidParameter');
    await h.ok('AddUpdateServiceTrigger', base);
    expect((await h.call('AddUpdateServiceTrigger', base)).codeDesc).toBe('TriggerAlreadyExists');
    await h.ok('DuplicateImage', { src_image: 'tricloud/api:v2.1.0', dest_image: 'tricloud/api:v4' });
    expect((await h.ok('ListTriggerLog', { reponame: 'tricloud/api' })).logInfo[0].invokeResult.returnCode).toBe(-1);
    await h.ok('ModifyUpdateServiceTrigger', { triggerName: 'api-t', newTriggerName: 'api-trigger', serviceName: 'api-server', containerName: 'api' });
    const listed = (await h.ok('ListTrigger', { triggerName: 'api-trigger' })).triggerInfo[0];
    expect(listed).toMatchObject({ repoName: 'tricloud/api', invokeCondition: { invokeMethod: 'taglist', invokeExpr: 'v3;v4' }, invokePara: { serviceName: 'api-server', clusterRegion: 1 } });
    await h.ok('DuplicateImage', { src_image: 'tricloud/api:v2.1.0', dest_image: 'tricloud/api:v3' });
    expect((await h.ok('ListTriggerLog', { reponame: 'tricloud/api', orderby: 'invoke_time', order: 'desc' })).logInfo[0].invokeResult.returnCode).toBe(0);
    await h.ok('DeleteUpdateServiceTrigger', { triggerName: 'api-trigger' });
    expect((await h.call('DeleteUpdateServiceTrigger', { triggerName: 'api-trigger' })).codeDesc).toBe('TriggerNotFound');
  });
});

describe('favourites', () => {
  it('add (repotype spelling too), list under both keys, remove one and in batch (favours spelling)', async () => {
    const h = harness();
    await h.ok('AddFavor', { reponame: 'tricloud/web', repotype: 'QCLOUD HUB' });
    expect((await h.call('AddFavor', { reponame: 'tricloud/web', reptype: 'QCLOUD HUB' })).codeDesc).toBe('FavorAlreadyExists');
    expect((await h.call('AddFavor', { reponame: 'tricloud/web', reptype: 'GITHUB' })).codeDesc).toBe('InvalidParameter');
    await h.ok('AddFavor', { reponame: 'library/ubuntu', reptype: 'DOCKER HUB' });
    const fav = await h.ok('GetFavor');
    expect(fav.totalCount).toBe(3);
    expect(fav.repolInfo).toEqual(fav.repoInfo);
    expect((await h.ok('GetRepositoryInfo', { reponame: 'tricloud/web' })).isUserFavor).toBe(true);
    await h.ok('DeleteFavor', { reponame: 'tricloud/web', reptype: 'QCLOUD HUB' });
    await h.ok('BatchDeleteFavor', { favors: [{ reponame: 'library/nginx', repotype: 'QCLOUD HUB', regionId: 1 }], favours: [null, { reponame: 'library/ubuntu', repotype: 'DOCKER HUB', regionId: 1 }] });
    expect((await h.ok('GetFavor')).totalCount).toBe(0);
    expect((await h.call('DeleteFavor', { reponame: 'tricloud/web', reptype: 'QCLOUD HUB' })).codeDesc).toBe('FavorNotFound');
  });
});
