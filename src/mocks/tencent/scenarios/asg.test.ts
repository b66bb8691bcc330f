import { describe, expect, it } from 'vitest';
import { DURATIONS } from '../store/clock';
import { harness } from '../testing';

async function setup() {
  const h = harness();
  const id = (await h.ok('DescribeCluster', { clusterName: 'prod-web' })).clusters[0].clusterId as string;
  const node = (await h.ok('DescribeClusterInstances', { clusterId: id })).nodes[0].instanceId as string;
  return { h, id, node };
}

describe('scaling groups', () => {
  it('a new group is enabling, then enabled, and holds minSize nodes', async () => {
    const { h, id, node } = await setup();
    await h.ok('CreateClusterAsg', { clusterId: id, instanceId: node, minSize: 2, maxSize: 4, label: { pool: 'batch' } });
    let groups = (await h.ok('DescribeClusterAsg', { clusterId: id, status: 'enabling' })).asgInfo;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ minSize: 2, maxSize: 4, instanceNum: 2, desiredCapacity: 2, label: [{ key: 'pool', value: 'batch' }] });
    h.advance(DURATIONS.asgSettle);
    groups = (await h.ok('DescribeClusterAsg', { clusterId: id, autoScalingGroupId: groups[0].autoScalingGroupId })).asgInfo;
    expect(groups[0].status).toBe('enabled');
    const nodes = (await h.ok('DescribeClusterInstances', { clusterId: id })).nodes.filter((n: { autoScalingGroupId: string }) => n.autoScalingGroupId === groups[0].autoScalingGroupId);
    expect(nodes).toHaveLength(2);
    expect(nodes[0].labels.pool).toBe('batch');
  });

  it('range changes scale nodes in and out', async () => {
    const { h, id } = await setup();
    const asg = (await h.ok('DescribeClusterAsg', { clusterId: id })).asgInfo[0].autoScalingGroupId;
    await h.ok('ModifyClusterAsgRange', { clusterId: id, autoScalingGroupId: asg, minSize: 3, maxSize: 5 });
    let g = (await h.ok('DescribeClusterAsg', { clusterId: id })).asgInfo[0];
    expect(g).toMatchObject({ status: 'updating', instanceNum: 3, minSize: 3 });
    h.advance(DURATIONS.nodeAdd);
    await h.ok('ModifyClusterAsgRange', { clusterId: id, autoScalingGroupId: asg, minSize: 0, maxSize: 1 });
    h.advance(DURATIONS.nodeRemove);
    g = (await h.ok('DescribeClusterAsg', { clusterId: id })).asgInfo[0];
    expect(g).toMatchObject({ status: 'enabled', instanceNum: 1, maxSize: 1 });
    expect((await h.call('ModifyClusterAsgRange', { clusterId: id, autoScalingGroupId: asg, minSize: 3, maxSize: 2 })).message).toContain('maxSize');
  });

  it('labels: modify merges, reset replaces, delete removes', async () => {
    const { h, id } = await setup();
    const asg = (await h.ok('DescribeClusterAsg', { clusterId: id })).asgInfo[0].autoScalingGroupId;
    const labels = async () => Object.fromEntries((await h.ok('DescribeClusterAsg', { clusterId: id })).asgInfo[0].label.map((l: { key: string; value: string }) => [l.key, l.value]));
    await h.ok('ModifyClusterAsgLabel', { clusterId: id, autoScalingGroupId: asg, label: { zone: 'a' } });
    expect(await labels()).toEqual({ role: 'web', zone: 'a' });
    await h.ok('ResetClusterAsgLabel', { clusterId: id, autoScalingGroupId: asg, label: { only: 'this' } });
    expect(await labels()).toEqual({ only: 'this' });
    await h.ok('DeleteClusterAsgLabel', { clusterId: id, autoScalingGroupId: asg, labelKeys: ['only'] });
    expect(await labels()).toEqual({});
    expect((await h.call('DeleteClusterAsgLabel', { clusterId: id, autoScalingGroupId: asg, labelKeys: ['only'] })).codeDesc).toBe('LabelNotFound');
  });

  it('disable and enable (also spelled EnableClusterAsg), scale-down settings, delete with its nodes', async () => {
    const { h, id, node } = await setup();
    const asg = (await h.ok('DescribeClusterAsg', { clusterId: id })).asgInfo[0].autoScalingGroupId;
    await h.ok('DisableClusterAsg', { clusterId: id, autoScalingGroupIds: [asg] });
    expect((await h.ok('DescribeClusterAsg', { clusterId: id })).asgInfo[0].status).toBe('disabling');
    h.advance(DURATIONS.asgSettle);
    expect((await h.ok('DescribeClusterAsg', { clusterId: id })).asgInfo[0].status).toBe('disabled');
    expect((await h.callAction('EnableClusterAsg', 'enableClusterAsg', { clusterId: id, autoScalingGroupIds: [asg] })).code).toBe(0);
    h.advance(DURATIONS.asgSettle);
    expect((await h.ok('DescribeClusterAsg', { clusterId: id })).asgInfo[0].status).toBe('enabled');
    await h.ok('ModifyClusterAsgScaleDown', { clusterId: id, scaleDownEnabled: 1, expander: 'least-waste' });
    expect((await h.ok('DescribeClusterAsg', {})).asgInfo[0].scaleDownEnabled).toBe(true);
    expect((await h.call('ModifyClusterAsgScaleDown', { clusterId: id, scaleDownEnabled: 1, expander: 'biggest' })).codeDesc).toBe('InvalidParameter');
    const { requestId } = await h.ok('CreateClusterAsg', { clusterId: id, instanceId: node, minSize: 1, maxSize: 2 });
    expect(requestId).toEqual(expect.any(Number));
    const made = (await h.ok('DescribeClusterAsg', { clusterId: id })).asgInfo.find((g: { autoScalingGroupId: string }) => g.autoScalingGroupId !== asg).autoScalingGroupId;
    await h.ok('DeleteClusterAsg', { clusterId: id, autoScalingGroupIds: [made] });
    h.advance(DURATIONS.nodeRemove);
    const left = (await h.ok('DescribeClusterInstances', { clusterId: id })).nodes.filter((n: { autoScalingGroupId: string }) => n.autoScalingGroupId === made);
    expect(left).toHaveLength(0);
    expect((await h.call('DeleteClusterAsg', { clusterId: id, autoScalingGroupIds: [made] })).codeDesc).toBe('AutoScalingGroupNotFound');
  });

  it('names are unique and the template node must belong to the cluster', async () => {
    const { h, id, node } = await setup();
    const name = (await h.ok('DescribeClusterAsg', { clusterId: id })).asgInfo[0].autoScalingGroupName;
    expect((await h.call('CreateClusterAsg', { clusterId: id, instanceId: node, minSize: 0, maxSize: 1, autoScalingGroupName: name })).codeDesc).toBe('AutoScalingGroupNameExists');
    expect((await h.call('CreateClusterAsg', { clusterId: id, instanceId: 'ins-other', minSize: 0, maxSize: 1 })).codeDesc).toBe('InstanceNotFound');
  });
});
