import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../providers/core/errors';
import { createAlibabaEmulator } from '../index';
import { BATCH_MS } from '../store/deploy-engine';
import { inProcessClient, T0 } from '../testing';

type Row = Record<string, unknown>;

function world() {
  let now = T0;
  const emulator = createAlibabaEmulator({ now: () => now });
  const client = inProcessClient(emulator, () => now);
  return { client, advance: (ms: number) => (now += ms), now: () => now };
}

async function blogOnline(client: ReturnType<typeof world>['client']) {
  const apps = await client.ListApp({});
  const app = (apps.Data as Row[]).find((a) => a.Title === 'jst-blog')!;
  const envs = await client.ListAppEnvironment({ AppId: Number(app.AppId), PageNumber: 1, PageSize: 10, EnvType: 2 });
  const env = (envs.Data as Row[])[0];
  return { appId: Number(app.AppId), envId: Number(env.EnvId) };
}

describe('a deploy order, batch by batch', () => {
  it('pauses after the first batch, resumes, finishes and leaves its pods as the instances', async () => {
    const { client, advance } = world();
    const { appId, envId } = await blogOnline(client);
    const before = await client.ListAppInstance({ AppId: appId, EnvId: envId, PageNumber: 1, PageSize: 50 });
    expect(before.TotalCount).toBe(4);

    const deployed = await client.DeployApp({ EnvId: envId, Name: 'v2.0', TotalPartitions: 2, PauseType: 'first', DeployPacketUrl: 'https://oss.example/blog-2.0.tgz' });
    const id = Number(deployed.Result?.DeployOrderId);
    expect(deployed.Result?.Admitted).toBe(true);

    const detail = async () => (await client.DescribeDeployOrderDetail({ DeployOrderId: id })).Result as Row;
    expect(await detail()).toMatchObject({ Status: 1, StatusName: '部署中', Result: 0, CurrentPartitionNum: 1, TotalPartitions: 2, TotalAppInstanceCt: 4, FinishAppInstanceCt: 0, DeployPauseType: 'first', DeployPauseTypeName: '第一批暂停' });

    // Another deploy while this one is open is refused.
    await expect(client.ScaleApp({ EnvId: envId, Replicas: 5 })).rejects.toMatchObject({ code: '409' });

    // Batch 1 done → paused.
    advance(BATCH_MS);
    expect(await detail()).toMatchObject({ Status: 2, StatusName: '暂停', CurrentPartitionNum: 1, FinishAppInstanceCt: 2 });
    const paused = (await detail()).DeployPartitionList as Row[];
    expect(paused.map((b) => b.Status)).toEqual([3, 2]);
    // Nothing moves while paused.
    advance(10 * BATCH_MS);
    expect(await detail()).toMatchObject({ Status: 2, FinishAppInstanceCt: 2 });

    const pods = await client.ListPods({ DeployOrderId: id, PageNumber: 1, PageSize: 10 });
    const rows = pods.Data as Row[];
    expect(rows.map((p) => [p.DeployPartitionNum, p.Status, p.Result])).toEqual([
      [1, 3, 1],
      [1, 3, 1],
      [2, 1, 0],
      [2, 1, 0],
    ]);
    const done = await client.ListPods({ DeployOrderId: id, PageNumber: 1, PageSize: 10, StatusList: [3] });
    expect(done.TotalCount).toBe(2);

    // Resume: batch 2 runs and the order finishes successfully.
    await client.ResumeDeploy({ DeployOrderId: id });
    expect(await detail()).toMatchObject({ Status: 1, CurrentPartitionNum: 2 });
    await expect(client.ResumeDeploy({ DeployOrderId: id })).rejects.toBeInstanceOf(ProviderError);
    advance(BATCH_MS);
    expect(await detail()).toMatchObject({ Status: 3, StatusName: '已完成', Result: 1, ResultName: '成功', FinishAppInstanceCt: 4 });

    // The pods it leaves behind are now the environment's instances, on web-labelled nodes only.
    const after = await client.ListAppInstance({ AppId: appId, EnvId: envId, PageNumber: 1, PageSize: 50 });
    const ids = (after.Data as Row[]).map((i) => i.AppInstanceId).sort();
    expect(ids).toEqual(rows.map((p) => p.AppInstanceId).sort());
    const hosts = new Set((after.Data as Row[]).map((i) => i.HostIp));
    expect(hosts.size).toBeLessThanOrEqual(2);

    await expect(client.CloseDeployOrder({ DeployOrderId: id })).rejects.toMatchObject({ code: '400' });
    const listed = await client.ListDeployOrders({ AppId: appId, EnvId: envId, PageNumber: 1, PageSize: 1 });
    expect((listed.Data as Row[])[0].DeployOrderId).toBe(id);
  });

  it('pauses after every batch with PauseType each', async () => {
    const { client, advance } = world();
    const { envId } = await blogOnline(client);
    const id = Number((await client.DeployApp({ EnvId: envId, Name: 'each', TotalPartitions: 4, PauseType: 'each', DeployPacketId: 7 })).Result?.DeployOrderId);
    for (let batch = 1; batch < 4; batch++) {
      advance(BATCH_MS);
      expect((await client.DescribeDeployOrderDetail({ DeployOrderId: id })).Result).toMatchObject({ Status: 2, CurrentPartitionNum: batch });
      await client.ResumeDeploy({ DeployOrderId: id });
    }
    advance(BATCH_MS);
    expect((await client.DescribeDeployOrderDetail({ DeployOrderId: id })).Result).toMatchObject({ Status: 3, Result: 1 });
  });

  it('is closed by hand: status 3, result 4, the running pods fail and the rest never start', async () => {
    const { client, advance } = world();
    const { envId } = await blogOnline(client);
    const id = Number((await client.DeployApp({ EnvId: envId, Name: 'closing', TotalPartitions: 2, DeployPacketId: 1 })).Result?.DeployOrderId);
    advance(BATCH_MS / 2);
    await client.CloseDeployOrder({ DeployOrderId: id });
    const detail = (await client.DescribeDeployOrderDetail({ DeployOrderId: id })).Result;
    expect(detail).toMatchObject({ Status: 3, Result: 4, ResultName: '人为置为失败' });
    const pods = (await client.ListPods({ DeployOrderId: id, PageNumber: 1, PageSize: 10 })).Data as Row[];
    expect(pods.map((p) => p.Result)).toEqual([4, 4, 0, 0]);
    // Once closed, the environment takes new orders again.
    const scaled = await client.ScaleApp({ EnvId: envId, Replicas: 5 });
    expect(scaled.Result?.Admitted).toBe(true);
  });

  it('scales in one batch named as the document names it, adding or removing instances', async () => {
    const { client, advance } = world();
    const { appId, envId } = await blogOnline(client);
    const up = Number((await client.ScaleApp({ EnvId: envId, Replicas: 6 })).Result?.DeployOrderId);
    advance(BATCH_MS);
    expect((await client.DescribeDeployOrderDetail({ DeployOrderId: up })).Result).toMatchObject({ Name: '应用实例数扩缩容至6个', TotalPartitions: 1, Status: 3, Result: 1, TotalAppInstanceCt: 2 });
    expect((await client.ListAppInstance({ AppId: appId, EnvId: envId, PageNumber: 1, PageSize: 50 })).TotalCount).toBe(6);
    const down = Number((await client.ScaleApp({ EnvId: envId, Replicas: 1 })).Result?.DeployOrderId);
    advance(BATCH_MS);
    const pods = (await client.ListPods({ DeployOrderId: down, PageNumber: 1, PageSize: 10 })).Data as Row[];
    expect(pods.every((p) => (p.DeploySteps as Row[])[0].StepCode === 'DeleteAppInstance')).toBe(true);
    expect((await client.ListAppInstance({ AppId: appId, EnvId: envId, PageNumber: 1, PageSize: 50 })).TotalCount).toBe(1);
    const scaleOrders = await client.ListDeployOrders({ AppId: appId, PageNumber: 1, PageSize: 20, DeployCategory: 'scale' });
    expect(scaleOrders.TotalCount).toBe(2);
  });

  it('needs a package when the configuration has a code path', async () => {
    const { client } = world();
    const { envId } = await blogOnline(client);
    await expect(client.DeployApp({ EnvId: envId, Name: 'no package', TotalPartitions: 2 })).rejects.toMatchObject({ code: '400' });
  });

  it('grows the pod log while the batch runs, and keeps events', async () => {
    const { client, advance } = world();
    const { envId } = await blogOnline(client);
    const id = Number((await client.DeployApp({ EnvId: envId, Name: 'logs', TotalPartitions: 2, DeployPacketId: 1 })).Result?.DeployOrderId);
    const pod = String(((await client.ListPods({ DeployOrderId: id, PageNumber: 1, PageSize: 1 })).Data as Row[])[0].AppInstanceId);
    const log = async () => String(((await client.DescribePodLog({ DeployOrderId: id, AppInstId: pod })).Result?.DeployStepList as Row[])[0].StepLog);
    advance(2_000);
    const early = await log();
    advance(8_000);
    const later = await log();
    expect(later.startsWith(early)).toBe(true);
    expect(later.split('\n').length).toBeGreaterThan(early.split('\n').length);
    const events = (await client.DescribePodEvents({ DeployOrderId: id, AppInstId: pod })).Result?.PodEvents as Row[];
    expect(events.map((e) => e.Reason)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    advance(BATCH_MS);
    const final = await log();
    expect(final).toContain('启动应用成功');
    advance(60_000);
    expect(await log()).toBe(final);
    // k8s events expire after an hour.
    advance(2 * 3_600_000);
    expect((await client.DescribePodEvents({ DeployOrderId: id, AppInstId: pod })).Result?.PodEvents).toEqual([]);
  });

  it('filters orders by time the way the document describes the mangled names', async () => {
    const { client } = world();
    const { appId } = await blogOnline(client);
    const all = await client.ListDeployOrders({ AppId: appId, PageNumber: 1, PageSize: 20 });
    expect(all.TotalCount).toBe(2);
    const future = await client.ListDeployOrders({ AppId: appId, PageNumber: 1, PageSize: 20, StartTimeGreaterThanOrEqualTo: '2030-01-01 00:00:00' });
    expect(future.TotalCount).toBe(0);
    await expect(client.ListDeployOrders({ AppId: appId, PageNumber: 1, PageSize: 20, StartTimeGreaterThanOrEqualToOrEqualTo: 'c' })).rejects.toMatchObject({ code: 'InvalidParameter' });
  });
});
