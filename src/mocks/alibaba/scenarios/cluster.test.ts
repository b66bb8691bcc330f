import { describe, expect, it } from 'vitest';
import { createAlibabaEmulator } from '../index';
import { BATCH_MS } from '../store/deploy-engine';
import { CLUSTER_CREATE_MS } from '../handlers/cluster';
import { inProcessClient, T0 } from '../testing';

type Row = Record<string, unknown>;

function world() {
  let now = T0;
  const client = inProcessClient(createAlibabaEmulator({ now: () => now }), () => now);
  return { client, advance: (ms: number) => (now += ms) };
}

describe('clusters and nodes', () => {
  it('lists the seeded clusters with PageNum and filters by business and environment', async () => {
    const { client } = world();
    const all = await client.ListCluster({ PageNum: 1, PageSize: 2 });
    expect(all).toMatchObject({ TotalCount: 3, PageNumber: 1, PageSize: 2 });
    expect((all.Data as Row[]).length).toBe(2);
    expect(((all.Data as Row[])[0].InstanceId as string)).toMatch(/^c[0-9a-f]{32}$/);
    expect((await client.ListCluster({ EnvType: 'PRO' })).TotalCount).toBe(1);
    expect((await client.ListCluster({ BusinessCode: 'NEW_RETAIL' })).TotalCount).toBe(1);
  });

  it('creates a cluster that is creating, then running; adds and removes nodes; deletes it', async () => {
    const { client, advance } = world();
    const vpcId = 'vpc-8vbm6coyrh92bbjj1ej0n';
    const base = { BusinessCode: 'JST' as const, ClusterEnvType: 'TEST' as const, ClusterTitle: '新集群', ClusterType: 'Standard' as const, RegionId: 'cn-zhangjiakou', VpcId: vpcId, Vswitchids: ['vsw-8vbq2k29mzi65lo7c6lzs'], Password: 'Abssshh123!' };
    await expect(client.CreateCluster({ ...base })).rejects.toMatchObject({ code: '400' });
    await expect(client.CreateCluster({ ...base, PodCIDR: '192.168.0.0/20', ServiceCIDR: '172.25.0.0/20' })).rejects.toThrow('POD网段和VPC网段冲突');
    const created = await client.CreateCluster({ ...base, PodCIDR: '172.30.0.0/16', ServiceCIDR: '172.31.0.0/20' });
    const id = String(created.Result?.ClusterInstanceId);
    const status = async () => ((await client.ListCluster({ PageNum: 1, PageSize: 50 })).Data as Row[]).find((c) => c.InstanceId === id)?.Status;
    expect(await status()).toBe('creating');
    const free = (await client.ListAvailableClusterNode({ ClusterInstanceId: id })).Data as Row[];
    expect(free.length).toBe(4);
    await expect(client.AddClusterNode({ ClusterInstanceId: id, EcsInstanceIdList: [String(free[0].InstanceId)] })).rejects.toThrow('添加异常');
    advance(CLUSTER_CREATE_MS);
    expect(await status()).toBe('running');
    await client.AddClusterNode({ ClusterInstanceId: id, EcsInstanceIdList: free.slice(0, 2).map((n) => String(n.InstanceId)) });
    expect((await client.ListClusterNode({ ClusterInstanceId: id })).TotalCount).toBe(2);
    expect((await client.ListAvailableClusterNode({ ClusterInstanceId: id })).TotalCount).toBe(2);
    const detail = (await client.QueryClusterDetail({ ClusterInstanceId: id })).Result as Row;
    expect((detail.WorkLoad as Row).AllNodeCount).toBe(2);
    expect((detail.NetInfo as Row).ProdCIDR).toBe('172.30.0.0/16');
    await expect(client.RemoveClusterNode({ ClusterInstanceId: id, EcsInstanceIdList: ['i-notinthecluster00000'] })).rejects.toThrow('节点不在集群中');
    await client.RemoveClusterNode({ ClusterInstanceId: id, EcsInstanceIdList: [String(free[0].InstanceId)] });
    expect((await client.ListClusterNode({ ClusterInstanceId: id })).TotalCount).toBe(1);
    await client.DeleteCluster({ ClusterInstanceId: id });
    expect((await client.ListAvailableClusterNode({ ClusterInstanceId: String(((await client.ListCluster({})).Data as Row[])[0].InstanceId) })).TotalCount).toBe(4);
  });

  it('refuses to delete a cluster that environments are allocated to', async () => {
    const { client } = world();
    const prod = ((await client.ListCluster({ EnvType: 'PRO' })).Data as Row[])[0];
    await expect(client.DeleteCluster({ ClusterInstanceId: String(prod.InstanceId) })).rejects.toThrow('删除集群失败');
  });
});

describe('node labels, bindings and placement', () => {
  it('creates, binds (creating the label), unbinds and deletes labels with Force', async () => {
    const { client } = world();
    const cluster = String(((await client.ListCluster({ EnvType: 'PRO' })).Data as Row[])[0].InstanceId);
    await expect(client.CreateNodeLabel({ ClusterId: cluster, LabelKey: 'type', LabelValue: 'x' })).rejects.toMatchObject({ code: 'InvalidParameter' });
    await client.CreateNodeLabel({ ClusterId: cluster, LabelKey: 'label.jst.com/disk', LabelValue: 'ssd' });
    await expect(client.CreateNodeLabel({ ClusterId: cluster, LabelKey: 'label.jst.com/disk', LabelValue: 'ssd' })).rejects.toMatchObject({ code: '409' });
    const node = String(((await client.ListClusterNode({ ClusterInstanceId: cluster })).Data as Row[])[2].InstanceId);
    await client.BindNodeLabel({ ClusterId: cluster, InstanceId: node, LabelKey: 'label.jst.com/arch', LabelValue: 'arm' });
    expect((await client.ListNodeLabels({ ClusterId: cluster, PageNumber: 1, PageSize: 50, LabelKey: 'label.jst.com/arch' })).TotalCount).toBe(1);
    expect((await client.ListNodeLabelBindings({ InstanceId: node, PageNumber: 1, PageSize: 10 })).TotalCount).toBe(1);
    await expect(client.DeleteNodeLabel({ ClusterId: cluster, LabelKey: 'label.jst.com/arch', LabelValue: 'arm', Force: false })).rejects.toMatchObject({ code: '400' });
    await client.DeleteNodeLabel({ ClusterId: cluster, LabelKey: 'label.jst.com/arch', LabelValue: 'arm', Force: true });
    expect((await client.ListNodeLabelBindings({ InstanceId: node, PageNumber: 1, PageSize: 10 })).TotalCount).toBe(0);
  });

  it('places pods only on nodes carrying the nodeSelector labels; without any, the pods fail to schedule', async () => {
    const { client, advance } = world();
    const cluster = String(((await client.ListCluster({ EnvType: 'PRO' })).Data as Row[])[0].InstanceId);
    const web = (await client.ListNodeLabelBindings({ ClusterId: cluster, LabelKey: 'label.jst.com/type', LabelValue: 'web', PageNumber: 1, PageSize: 10 })).Data as Row[];
    for (const b of web) await client.UnbindNodeLabel({ ClusterId: cluster, InstanceId: String(b.InstanceId), LabelKey: 'label.jst.com/type', LabelValue: 'web' });
    const app = ((await client.ListApp({})).Data as Row[]).find((a) => a.Title === 'jst-blog')!;
    const env = ((await client.ListAppEnvironment({ AppId: Number(app.AppId), PageNumber: 1, PageSize: 10, EnvType: 2 })).Data as Row[])[0];
    const id = Number((await client.DeployApp({ EnvId: Number(env.EnvId), Name: 'nowhere', TotalPartitions: 1, DeployPacketId: 1 })).Result?.DeployOrderId);
    advance(BATCH_MS);
    expect((await client.DescribeDeployOrderDetail({ DeployOrderId: id })).Result).toMatchObject({ Status: 3, Result: 2, ResultName: '失败' });
    const pod = ((await client.ListPods({ DeployOrderId: id, PageNumber: 1, PageSize: 1 })).Data as Row[])[0];
    const events = (await client.DescribePodEvents({ DeployOrderId: id, AppInstId: String(pod.AppInstanceId) })).Result?.PodEvents as Row[];
    expect(events[0]).toMatchObject({ Type: 'Warning', Reason: 'FailedScheduling' });
    expect(String(events[0].Message)).toContain("didn't match node selector label.jst.com/type=web");
  });
});
