import { ipIn, nextId, podSuffix } from './ids';
import { eligibleNodes } from './placement';
import { isoSeconds } from './time';
import type { DeployOrder, Environment, Pod, World } from './types';

/** How long one batch takes to roll out in the emulator. */
export const BATCH_MS = 20_000;

/**
 * A deploy order's state machine (document lines 2824-3461): status 1 deploying → 2 paused
 * between batches (PauseType first: after batch 1; each: after every batch) → 1 again on
 * ResumeDeploy → 3 finished with result 1 (all pods up) or 2 (a pod could not start);
 * CloseDeployOrder sets status 3 with result 4 (人为置为失败). Time drives the batches: each one
 * takes BATCH_MS from when it started, evaluated lazily on every read.
 */
export function createOrder(
  world: World,
  env: Environment,
  input: { category: 'deploy' | 'scale'; name: string; description: string; totalPartitions: number; pauseType: DeployOrder['PauseType']; targetReplicas: number; user: { id: string; nick: string } },
  now: number,
): DeployOrder {
  const id = nextId(world, 'DeployOrderId');
  const order: DeployOrder = {
    DeployOrderId: id,
    AppId: env.AppId,
    EnvId: env.EnvId,
    SchemaId: env.AppSchemaId,
    Name: input.name,
    Description: input.description,
    category: input.category,
    PauseType: input.pauseType,
    TotalPartitions: input.totalPartitions,
    DeployType: 'partition_parallel',
    PartitionType: 'group_even',
    UserId: input.user.id,
    UserNick: input.user.nick,
    Status: 1,
    Result: 0,
    CurrentPartitionNum: 1,
    startedAt: now,
    batchStartedAt: now,
    targetReplicas: input.targetReplicas,
    pods: [],
  };
  order.pods = planPods(world, env, order);
  startBatch(order, 1, now);
  world.orders.push(order);
  return order;
}

/** Pods the order touches, split evenly over its batches (group_even). */
function planPods(world: World, env: Environment, order: DeployOrder): Pod[] {
  const { nodes, reason } = eligibleNodes(world, env);
  const current = env.instances.length;
  const plan: Pod['stepCode'][] = [];
  if (order.category === 'deploy') for (let i = 0; i < order.targetReplicas; i++) plan.push('StartAppInstance');
  else if (order.targetReplicas >= current) for (let i = current; i < order.targetReplicas; i++) plan.push('StartAppInstance');
  else for (let i = order.targetReplicas; i < current; i++) plan.push('DeleteAppInstance');
  const partitions = Math.max(1, Math.min(order.TotalPartitions, plan.length || 1));
  order.TotalPartitions = partitions;
  return plan.map((stepCode, i) => {
    const node = nodes.length ? nodes[i % nodes.length] : undefined;
    const existing = stepCode === 'DeleteAppInstance' ? env.instances[current - 1 - i] : undefined;
    return {
      AppInstanceId: existing?.AppInstanceId ?? `${env.namespace}-${podSuffix(world.rand)}`,
      DeployOrderId: order.DeployOrderId,
      DeployPartitionNum: Math.floor((i * partitions) / plan.length) + 1,
      GroupName: `${env.namespace}-host`,
      HostIp: node?.EcsPrivateIp ?? existing?.HostIp ?? '',
      HostName: node?.InstanceName ?? '',
      PodIp: existing?.PodIp ?? (node ? ipIn(world.rand, '172.20.3') : ''),
      Region: env.Region,
      stepCode,
      failure: stepCode === 'StartAppInstance' && !node ? reason : undefined,
    };
  });
}

function startBatch(order: DeployOrder, batch: number, at: number) {
  order.CurrentPartitionNum = batch;
  order.batchStartedAt = at;
  for (const pod of order.pods) if (pod.DeployPartitionNum === batch) pod.startedAt = at;
}

/** Moves every unfinished order forward to `now`. */
export function advanceOrders(world: World, now: number): void {
  for (const order of world.orders) advance(world, order, now);
}

function advance(world: World, order: DeployOrder, now: number) {
  while (order.Status === 1 && now >= order.batchStartedAt + BATCH_MS) {
    const doneAt = order.batchStartedAt + BATCH_MS;
    const batchPods = order.pods.filter((p) => p.DeployPartitionNum === order.CurrentPartitionNum);
    for (const pod of batchPods) {
      pod.finishedAt = doneAt;
      pod.outcome = pod.failure ? 'fail' : 'success';
    }
    applyBatch(world, order, batchPods, doneAt);
    const batch = order.CurrentPartitionNum;
    if (batch >= order.TotalPartitions) {
      finish(order, order.pods.some((p) => p.outcome === 'fail') ? 2 : 1, doneAt);
    } else if (order.PauseType === 'each' || (order.PauseType === 'first' && batch === 1)) {
      order.Status = 2;
      order.batchStartedAt = doneAt;
    } else startBatch(order, batch + 1, doneAt);
  }
}

/** A finished batch changes the environment's instances: started pods join, deleted ones leave. */
function applyBatch(world: World, order: DeployOrder, pods: Pod[], at: number) {
  const env = world.envs.find((e) => e.EnvId === order.EnvId);
  if (!env) return;
  for (const pod of pods) {
    if (pod.stepCode === 'DeleteAppInstance') env.instances = env.instances.filter((i) => i.AppInstanceId !== pod.AppInstanceId);
    else if (pod.outcome === 'success') {
      // A deploy replaces the old instances one for one as its new pods come up.
      if (order.category === 'deploy') {
        const old = env.instances.find((i) => !order.pods.some((p) => p.AppInstanceId === i.AppInstanceId));
        if (old) env.instances = env.instances.filter((i) => i !== old);
      }
      env.instances.push({ AppInstanceId: pod.AppInstanceId, CreateTime: isoSeconds(at), Spec: '1vcpu 2GB', RestartCount: 0, HostIp: pod.HostIp, PodIp: pod.PodIp, Health: 'RUNNING' });
    }
  }
  if (order.category === 'deploy' && order.CurrentPartitionNum >= order.TotalPartitions) {
    // The last batch retires whatever old instances remain.
    env.instances = env.instances.filter((i) => order.pods.some((p) => p.AppInstanceId === i.AppInstanceId));
  }
}

function finish(order: DeployOrder, result: 1 | 2 | 4, at: number) {
  order.Status = 3;
  order.Result = result;
  order.endedAt = at;
}

export function resumeOrder(order: DeployOrder, now: number): void {
  startBatch(order, order.CurrentPartitionNum + 1, now);
  order.Status = 1;
}

export function closeOrder(order: DeployOrder, now: number): void {
  for (const pod of order.pods) {
    if (pod.startedAt !== undefined && pod.finishedAt === undefined) {
      pod.finishedAt = now;
      pod.outcome = 'closed';
    }
  }
  finish(order, 4, now);
}

/** The unfinished order of an environment, if any: while one exists, new ones are refused. */
export const openOrderOf = (world: World, envId: number) => world.orders.find((o) => o.EnvId === envId && o.Status !== 3);

/** Per-pod view: status and result in the order's codes, with its steps. */
export function podState(pod: Pod, now: number): { Status: 1 | 2 | 3; Result: 0 | 1 | 2 | 4; step?: 'PROCESSING' | 'SUCCESS' | 'FAIL' } {
  if (pod.outcome === 'success') return { Status: 3, Result: 1, step: 'SUCCESS' };
  if (pod.outcome === 'fail') return { Status: 3, Result: 2, step: 'FAIL' };
  if (pod.outcome === 'closed') return { Status: 3, Result: 4, step: 'FAIL' };
  if (pod.startedAt !== undefined && pod.startedAt <= now) return { Status: 1, Result: 0, step: 'PROCESSING' };
  return { Status: 1, Result: 0 };
}
