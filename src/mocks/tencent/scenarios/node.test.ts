import { describe, expect, it } from 'vitest';
import { DURATIONS } from '../store/clock';
import { harness } from '../testing';

const buy = (clusterId: string, goodsNum: number, over: Record<string, unknown> = {}) => ({
  clusterId,
  zoneId: 'ap-guangzhou-4',
  cpu: 2,
  mem: 4,
  bandwidthType: 'PayByTraffic',
  bandwidth: 1,
  subnetId: 'subnet-1',
  isVpcGateway: 0,
  storageSize: 0,
  rootSize: 50,
  goodsNum,
  osName: 'ubuntu16.04.1 LTSx86_64',
  ...over,
});

async function prod(h: ReturnType<typeof harness>) {
  return (await h.ok('DescribeCluster', { clusterName: 'prod-web' })).clusters[0].clusterId as string;
}

describe('nodes', () => {
  it('adding nodes scales the cluster: new nodes are abnormal until ready, the task then succeeds', async () => {
    const h = harness();
    const id = await prod(h);
    const { instanceIds, requestId } = await h.ok('AddClusterInstances', buy(id, 2));
    expect(instanceIds).toHaveLength(2);
    expect((await h.ok('DescribeCluster', { clusterIds: [id] })).clusters[0]).toMatchObject({ status: 'Scaling', nodeNum: 6, nodeStatus: 'PartialAbnormal' });
    const fresh = await h.ok('DescribeClusterInstances', { clusterId: id, instancesId: instanceIds });
    expect(fresh.nodes.map((n: { isNormal: number; zone: string }) => [n.isNormal, n.zone])).toEqual([
      [0, 'ap-guangzhou-4'],
      [0, 'ap-guangzhou-4'],
    ]);
    h.advance(DURATIONS.nodeAdd);
    expect((await h.ok('DescribeCluster', { clusterIds: [id] })).clusters[0]).toMatchObject({ status: 'Running', nodeStatus: 'AllNormal' });
    expect(await h.ok('DescribeClusterTaskResult', { requestId })).toEqual({ status: 'succ' });
  });

  it('keeps 20 nodes per cluster and 100 per call', async () => {
    const h = harness();
    const id = await prod(h);
    expect((await h.call('AddClusterInstances', buy(id, 17))).codeDesc).toBe('NodeQuotaExceeded');
    expect((await h.call('AddClusterInstances', buy(id, 16))).code).toBe(0);
    expect((await h.call('AddClusterInstances', buy(id, 101))).message).toContain('goodsNum');
  });

  it('needs a Running cluster and the cluster OS', async () => {
    const h = harness();
    const creating = (await h.ok('DescribeCluster', { status: 'Creating' }, 'sh')).clusters[0].clusterId;
    expect((await h.call('AddClusterInstances', buy(creating, 1, { zoneId: 'ap-shanghai-2', osName: 'centos7.2x86_64' }), 'sh')).codeDesc).toBe('ClusterStateError');
    expect((await h.call('AddClusterInstances', buy(await prod(h), 1, { osName: 'centos7.2x86_64' }))).message).toContain('osName');
  });

  it('adds existing CVMs: usable ones join, used ones fail with "already in Cluster"', async () => {
    const h = harness();
    const id = await prod(h);
    const all = (await h.ok('DescribeExistedCvmForAddClusterInstances', { clusterId: id })).deviceList;
    const devices = all.filter((d: { usable: boolean }) => d.usable);
    expect(devices).toHaveLength(3);
    // Cluster nodes are listed too, as unusable.
    expect(all.filter((d: { unusableReason: string }) => d.unusableReason === 'already in Cluster')).toHaveLength(6);
    const cvm = devices[0].instanceId;
    const first = await h.ok('AddClusterInstancesFromExistedCvm', { clusterId: id, instanceIds: [cvm] });
    expect(first).toMatchObject({ succInstanceIds: [cvm], failInstanceIds: null });
    const again = await h.ok('AddClusterInstancesFromExistedCvm', { clusterId: id, instanceIds: [cvm, 'ins-nothere'] });
    expect(again.failInstanceIds).toEqual([
      { instanceId: cvm, message: 'already in Cluster' },
      { instanceId: 'ins-nothere', message: '实例不存在' },
    ]);
    const after = (await h.ok('DescribeExistedCvmForAddClusterInstances', { clusterId: id, instanceIds: [cvm] })).deviceList[0];
    expect(after).toMatchObject({ usable: false, unusableReason: 'already in Cluster' });
  });

  it('labels, schedulability (InstanceIds.0 spelling too) and drain', async () => {
    const h = harness();
    const id = await prod(h);
    const [node] = (await h.ok('DescribeClusterInstances', { clusterId: id })).nodes;
    await h.ok('ModifyClusterNodeLabel', { clusterId: id, instanceId: node.instanceId, labels: [{ key: 'disk', value: 'ssd' }] });
    await h.ok('ModifyClusterNodeSchedulable', { clusterId: id, InstanceIds: [node.instanceId], unschedulable: 1 });
    let n = (await h.ok('DescribeClusterInstances', { clusterId: id, instancesId: [node.instanceId] })).nodes[0];
    expect(n.labels.disk).toBe('ssd');
    expect(n.unschedulable).toBe(true);
    const dry = await h.ok('DrainClusterNode', { ClusterId: id, InstanceId: node.instanceId });
    expect(Array.isArray(dry.Pods)).toBe(true);
    await h.ok('DrainClusterNode', { ClusterId: id, InstanceId: node.instanceId, DryRun: 0 });
    n = (await h.ok('DescribeClusterInstances', { clusterId: id, instancesId: [node.instanceId] })).nodes[0];
    expect(n.drainStatus).toBe('Drained');
    expect((await h.call('ModifyClusterNodeLabel', { clusterId: id, instanceId: 'ins-missing', labels: [{ key: 'a', value: 'b' }] })).codeDesc).toBe('InstanceNotFound');
  });

  it('deleted nodes leave after the task; RemoveOnly returns the CVM to the pool', async () => {
    const h = harness();
    const id = await prod(h);
    const nodes = (await h.ok('DescribeClusterInstances', { clusterId: id })).nodes;
    const { requestId } = await h.ok('DeleteClusterInstances', { clusterId: id, instanceIds: [nodes[0].instanceId], nodeDeleteMode: 'RemoveOnly' });
    expect((await h.ok('DescribeClusterInstances', { clusterId: id })).totalCount).toBe(3);
    expect(await h.ok('DescribeClusterTaskResult', { requestId })).toEqual({ status: 'running' });
    h.advance(DURATIONS.nodeRemove);
    expect(await h.ok('DescribeClusterTaskResult', { requestId })).toEqual({ status: 'succ' });
    const pool = (await h.ok('DescribeExistedCvmForAddClusterInstances', { clusterId: id, instanceIds: [nodes[0].instanceId] })).deviceList;
    expect(pool[0]).toMatchObject({ instanceId: nodes[0].instanceId, usable: true });
    expect((await h.call('DeleteClusterInstances', { clusterId: id, instanceIds: ['ins-gone'] })).codeDesc).toBe('InstanceNotFound');
    expect((await h.call('DeleteClusterInstances', { clusterId: id, instanceIds: [nodes[1].instanceId], nodeDeleteMode: 'Keep' })).codeDesc).toBe('InvalidParameter');
  });
});

describe('a failing purchase', () => {
  it('GPU types are sold out in the -3 zones: the task runs, then fails, and the nodes never join', async () => {
    const h = harness();
    const id = await prod(h);
    const { instanceIds, requestId } = await h.ok('AddClusterInstances', buy(id, 1, { zoneId: 'ap-guangzhou-3', instanceType: 'GN2.LARGE20' }));
    expect((await h.ok('DescribeClusterInstances', { clusterId: id, instancesId: instanceIds })).nodes[0].isNormal).toBe(0);
    expect(await h.ok('DescribeClusterTaskResult', { requestId })).toEqual({ status: 'running' });
    h.advance(DURATIONS.nodeAdd);
    expect(await h.ok('DescribeClusterTaskResult', { requestId })).toEqual({ status: 'fail' });
    expect((await h.ok('DescribeClusterInstances', { clusterId: id, instancesId: instanceIds })).totalCount).toBe(0);
  });

  it('a cluster created with a sold-out type ends Abnormal without nodes', async () => {
    const h = harness();
    const { clusterId, requestId } = await h.ok('CreateCluster', { clusterName: 'gpu', clusterCIDR: '10.70.0.0/16', zoneId: 'ap-guangzhou-3', goodsNum: 1, cpu: 4, mem: 8, instanceType: 'GN8.LARGE56', osName: 'ubuntu16.04.1 LTSx86_64', bandwidthType: 'PayByTraffic', bandwidth: 1, vpcId: 'vpc-g', subnetId: 's', isVpcGateway: 0, rootSize: 50, storageSize: 0 });
    h.advance(DURATIONS.clusterCreate);
    expect(await h.ok('DescribeClusterTaskResult', { requestId })).toEqual({ status: 'fail' });
    expect((await h.ok('DescribeCluster', { clusterIds: [clusterId] })).clusters[0]).toMatchObject({ status: 'Abnormal', nodeNum: 0 });
  });
});
