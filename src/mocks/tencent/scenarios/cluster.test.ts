import { describe, expect, it } from 'vitest';
import { CLUSTERS_PER_ACCOUNT } from '../handlers/cluster';
import { DURATIONS } from '../store/clock';
import { harness } from '../testing';

const newCluster = (over: Record<string, unknown> = {}) => ({
  clusterName: 'made',
  clusterCIDR: '10.40.0.0/16',
  zoneId: 'ap-guangzhou-3',
  goodsNum: 2,
  cpu: 2,
  mem: 4,
  osName: 'ubuntu16.04.1 LTSx86_64',
  bandwidthType: 'PayByTraffic',
  bandwidth: 1,
  vpcId: 'vpc-prod0gz1',
  subnetId: 'subnet-1',
  isVpcGateway: 0,
  rootSize: 50,
  storageSize: 0,
  ...over,
});

describe('clusters', () => {
  it('a created cluster is Creating, its task running, then Running and succ', async () => {
    const h = harness();
    const { clusterId, requestId } = await h.ok('CreateCluster', newCluster());
    expect(clusterId).toMatch(/^cls-[a-z0-9]{8}$/);
    const describe1 = await h.ok('DescribeCluster', { clusterIds: [clusterId] });
    expect(describe1.clusters[0]).toMatchObject({ clusterName: 'made', status: 'Creating', nodeNum: 2, region: 'ap-guangzhou', regionId: 1 });
    expect(await h.ok('DescribeClusterTaskResult', { requestId })).toEqual({ status: 'running' });
    h.advance(DURATIONS.clusterCreate);
    expect((await h.ok('DescribeCluster', { clusterIds: [clusterId] })).clusters[0]).toMatchObject({ status: 'Running', nodeStatus: 'AllNormal' });
    expect(await h.ok('DescribeClusterTaskResult', { requestId })).toEqual({ status: 'succ' });
  });

  it('a CIDR overlapping another cluster of the VPC is refused with -10013, unless ignoreClusterCIDRConflict=1', async () => {
    const h = harness();
    const clash = await h.call('CreateCluster', newCluster({ clusterCIDR: '172.16.128.0/17' }));
    expect(clash).toMatchObject({ code: 4000, codeDesc: 'ConflictWithOtherClusterCIDR', message: '(-10013)与同VPC其它集群CIDR冲突' });
    expect(await h.call('CheckClusterCIDR', { vpcId: 'vpc-prod0gz1', clusterCIDR: '172.16.0.0/20' })).toMatchObject({ code: 4000, codeDesc: 'ConflictWithOtherClusterCIDR' });
    expect((await h.call('CheckClusterCIDR', { vpcId: 'vpc-other', clusterCIDR: '172.16.0.0/20' })).code).toBe(0);
    expect((await h.call('CreateCluster', newCluster({ clusterCIDR: '172.16.128.0/17', ignoreClusterCIDRConflict: 1 }))).code).toBe(0);
  });

  it(`allows ${CLUSTERS_PER_ACCOUNT} clusters per account`, async () => {
    const h = harness();
    expect((await h.call('CreateEmptyCluster', { clusterName: 'fifth', clusterCIDR: '10.50.0.0/16' }, 'bj')).code).toBe(0);
    expect(await h.call('CreateEmptyCluster', { clusterName: 'sixth', clusterCIDR: '10.60.0.0/16' }, 'bj')).toMatchObject({ code: 4000, codeDesc: 'ClusterQuotaExceeded' });
  });

  it('validates in Tencent words: missing parameter, bad enum, out of range, wrong zone, node limits', async () => {
    const h = harness();
    const { clusterName: _n, ...noName } = newCluster();
    expect(await h.call('CreateCluster', noName)).toMatchObject({ code: 4000, codeDesc: 'MissingParameter', message: '(-10001)缺少参数错误：clusterName' });
    expect(await h.call('CreateCluster', newCluster({ osName: 'windows' }))).toMatchObject({ code: 4000, codeDesc: 'InvalidParameter' });
    expect((await h.call('CreateCluster', newCluster({ rootSize: 60 }))).message).toContain('rootSize');
    expect((await h.call('CreateCluster', newCluster({ goodsNum: 101 }))).message).toContain('goodsNum');
    expect((await h.call('CreateCluster', newCluster({ goodsNum: 21 }))).codeDesc).toBe('NodeQuotaExceeded');
    expect((await h.call('CreateCluster', newCluster({ zoneId: 'ap-shanghai-2' }))).message).toContain('zoneId');
    expect((await h.call('CreateCluster', newCluster({ cvmType: 'PayByMonth' }))).message).toContain('period');
    expect((await h.call('CreateCluster', newCluster({ password: 'abc', keyId: 'skey-1' }))).message).toContain('password');
    expect((await h.call('CreateCluster', newCluster({ clusterCIDR: '10.0.0.0/33' }))).message).toContain('clusterCIDR');
  });

  it('accepts the printed parameter spelling vpclid', async () => {
    const h = harness();
    const { vpcId: _v, ...rest } = newCluster();
    expect((await h.call('CreateCluster', { ...rest, vpclid: 'vpc-new' })).code).toBe(0);
  });

  it('is regional: a cluster of sh is unknown in gz, and Region must be a known one', async () => {
    const h = harness();
    const sh = (await h.ok('DescribeCluster', {}, 'sh')).clusters[0].clusterId;
    expect(await h.call('DescribeClusterSecurityInfo', { clusterId: sh }, 'gz')).toMatchObject({ code: 5000, codeDesc: 'ClusterNotFound' });
    expect((await h.call('DescribeClusterSecurityInfo', { clusterId: sh }, 'ap-shanghai')).code).toBe(0);
    expect(await h.call('DescribeCluster', {}, 'mars')).toMatchObject({ code: 4000, codeDesc: 'InvalidParameter' });
  });

  it('filters, sorts and pages', async () => {
    const h = harness();
    const all = await h.ok('DescribeCluster', { orderField: 'clusterName', orderType: 'asc' });
    expect(all.clusters.map((c: { clusterName: string }) => c.clusterName)).toEqual(['prod-web', 'staging']);
    expect((await h.ok('DescribeCluster', { status: 'Abnormal' })).clusters.map((c: { clusterName: string }) => c.clusterName)).toEqual(['staging']);
    const paged = await h.ok('DescribeCluster', { limit: 1, offset: 1, orderField: 'clusterName', orderType: 'asc' });
    expect(paged).toMatchObject({ totalCount: 2, clusters: [{ clusterName: 'staging' }] });
  });

  it('updates attributes, project and the external endpoint', async () => {
    const h = harness();
    const id = (await h.ok('DescribeCluster', { clusterName: 'prod' })).clusters[0].clusterId;
    await h.ok('ModifyClusterAttributes', { clusterId: id, cluserName: 'prod-main', clusterDesc: 'main' });
    await h.ok('ModifyProjectId', { clusterId: id, projectId: 7 });
    expect((await h.ok('DescribeCluster', { clusterIds: [id] })).clusters[0]).toMatchObject({ clusterName: 'prod-main', description: 'main', projectId: 7, clusterExternalEndpoint: null });
    await h.ok('OperateClusterVip', { clusterId: id, operation: 'Create' });
    expect((await h.ok('DescribeClusterSecurityInfo', { clusterId: id })).clusterExternalEndpoint).toContain(id);
    expect((await h.call('OperateClusterVip', { clusterId: id, operation: 'Create' })).codeDesc).toBe('VipAlreadyExists');
    expect((await h.call('OperateClusterVip', { clusterId: id, operation: 'Open' })).codeDesc).toBe('InvalidParameter');
  });

  it('deletes: Deleting, then gone; a Creating cluster cannot be deleted', async () => {
    const h = harness();
    const staging = (await h.ok('DescribeCluster', { clusterName: 'staging' })).clusters[0].clusterId;
    const { requestId } = await h.ok('DeleteCluster', { clusterId: staging });
    expect((await h.ok('DescribeCluster', { clusterIds: [staging] })).clusters[0].status).toBe('Deleting');
    h.advance(DURATIONS.clusterDelete);
    expect((await h.ok('DescribeCluster', { clusterIds: [staging] })).totalCount).toBe(0);
    expect(await h.ok('DescribeClusterTaskResult', { requestId })).toEqual({ status: 'succ' });
    expect((await h.call('DescribeClusterInstances', { clusterId: staging })).codeDesc).toBe('ClusterNotFound');
    const creating = (await h.ok('DescribeCluster', { status: 'Creating' }, 'sh')).clusters[0].clusterId;
    expect((await h.call('DeleteCluster', { clusterId: creating }, 'sh')).codeDesc).toBe('ClusterStateError');
  });

  it('registry hubs of a cluster', async () => {
    const h = harness();
    const id = (await h.ok('DescribeCluster', { clusterName: 'prod' })).clusters[0].clusterId;
    await h.ok('AddHubInfo', { clusterId: id, domain: 'hub.example.com', username: 'u', password: 'p', namespace: 'default' });
    expect((await h.ok('DescribeHubInfo', { clusterId: id, domain: 'hub.example.com' })).hubs[0]).toMatchObject({ domain: 'hub.example.com', namespaces: ['default'] });
    expect((await h.call('AddHubInfo', { clusterId: id, domain: 'd', username: 'u', password: 'p', namespaces: ['nope'] })).message).toContain('nope');
  });

  it('unknown task ids are refused', async () => {
    const h = harness();
    expect((await h.call('DescribeClusterTaskResult', { requestId: 99999 })).codeDesc).toBe('TaskNotFound');
  });
});
