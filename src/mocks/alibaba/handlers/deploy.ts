import { badRequest, conflict } from '../protocol/errors';
import { closeOrder, createOrder, openOrderOf, podState, resumeOrder } from '../store/deploy-engine';
import { isoMinute, isoSeconds, parseSpaced } from '../store/time';
import type { DeployOrder, Pod, World } from '../store/types';
import { check, must, page, type Handlers, type HandlerContext } from './context';
import { findEnv } from './environment';

const STATUS_NAME = { 1: '部署中', 2: '暂停', 3: '已完成' } as const;
const RESULT_NAME = { 0: '', 1: '成功', 2: '失败', 4: '人为置为失败' } as const;
const PAUSE_NAME = { first: '第一批暂停', each: '每批暂停', none: '不暂停' } as const;
/** The tables say 分批发布, the examples 分批发布-批内并行: the emulator follows the examples. */
const DEPLOY_TYPE_NAME = { partition_parallel: '分批发布-批内并行' } as const;
const STEP_NAME = { StartAppInstance: '启动应用', StopAppInstance: '停止应用', DeleteAppInstance: '删除应用' } as const;
/** k8s keeps events for an hour; older ones are gone from DescribePodEvents. */
const EVENT_TTL_MS = 3_600_000;
/** A pod's step log gains a line every LOG_LINE_MS while it runs. */
const LOG_LINE_MS = 2_000;
const LOG_MAX_LINES = 500;

/** The caller as the order records it: the first Owner of the application. */
function operator(world: World, appId: number) {
  const owner = world.apps.find((a) => a.AppId === appId)?.UserRoles.find((r) => r.RoleName === 'Owner');
  const user = world.users.find((u) => u.UserId === owner?.UserId) ?? world.users[0];
  return { id: user.UserId, nick: user.RealName };
}

export function orderRow(world: World, o: DeployOrder, now: number) {
  const env = world.envs.find((e) => e.EnvId === o.EnvId);
  const finished = o.pods.filter((p) => p.outcome !== undefined);
  const failed = o.pods.filter((p) => p.outcome === 'fail').length;
  return {
    AppInstanceType: 'k8s_pod',
    CurrentPartitionNum: o.CurrentPartitionNum,
    DeployOrderId: o.DeployOrderId,
    DeployPauseType: o.PauseType,
    DeployPauseTypeName: PAUSE_NAME[o.PauseType],
    DeployType: o.DeployType,
    DeployTypeName: DEPLOY_TYPE_NAME[o.DeployType],
    Description: o.Description,
    ElapsedTime: Math.round(((o.endedAt ?? now) - o.startedAt) / 1000),
    EndTime: o.endedAt === undefined ? '' : isoMinute(o.endedAt),
    EnvId: o.EnvId,
    EnvType: env?.kind ?? '',
    FailureRate: o.pods.length ? (failed / o.pods.length).toFixed(2) : '0.00',
    FinishAppInstanceCt: finished.length,
    Name: o.Name,
    PartitionType: o.PartitionType,
    PartitionTypeName: '分组均分',
    Result: o.Result,
    ResultName: RESULT_NAME[o.Result],
    SchemaId: o.SchemaId,
    StartTime: isoMinute(o.startedAt),
    Status: o.Status,
    StatusName: STATUS_NAME[o.Status],
    TotalAppInstanceCt: o.pods.length,
    TotalPartitions: o.TotalPartitions,
    UserId: o.UserId,
    UserNick: o.UserNick,
  };
}

function podRow(pod: Pod, now: number) {
  const s = podState(pod, now);
  return {
    AppInstanceId: pod.AppInstanceId,
    DeployOrderId: pod.DeployOrderId,
    DeployPartitionNum: pod.DeployPartitionNum,
    GroupName: pod.GroupName,
    HostIp: pod.HostIp,
    HostName: pod.HostName,
    PodIp: pod.PodIp,
    Region: pod.Region,
    Result: s.Result,
    ResultName: RESULT_NAME[s.Result],
    StartTime: pod.startedAt === undefined ? '' : isoSeconds(pod.startedAt),
    Status: s.Status,
    StatusName: STATUS_NAME[s.Status],
    UpdateTime: isoSeconds(pod.finishedAt ?? pod.startedAt ?? now),
    DeploySteps: s.step ? [{ Status: s.step, StepCode: pod.stepCode, StepName: STEP_NAME[pod.stepCode] }] : [],
  };
}

const findOrder = (world: World, id: number) => must(world.orders.find((o) => o.DeployOrderId === id), `发布单(DeployOrderId=${id})`);
function findPod(world: World, orderId: number, podId: string) {
  const order = findOrder(world, orderId);
  return { order, pod: must(order.pods.find((p) => p.AppInstanceId === podId), `应用实例(${podId})`) };
}

/** The step log so far: it grows while the pod's batch runs and stops when it ends. */
function stepLog(pod: Pod, now: number): string {
  if (pod.startedAt === undefined || pod.startedAt > now) return '';
  const end = Math.min(now, pod.finishedAt ?? now);
  const count = Math.min(LOG_MAX_LINES, Math.floor((end - pod.startedAt) / LOG_LINE_MS) + 1);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = isoSeconds(pod.startedAt + i * LOG_LINE_MS);
    if (i === 0) lines.push(`[${at}] ${STEP_NAME[pod.stepCode]} ${pod.AppInstanceId} on ${pod.HostName || 'unscheduled'}`);
    else if (pod.failure) lines.push(`[${at}] waiting for scheduling: ${pod.failure}`);
    else lines.push(`[${at}] health check ${i}: ${pod.stepCode === 'DeleteAppInstance' ? 'terminating' : 'readiness probe pending'}`);
  }
  if (pod.finishedAt !== undefined && pod.finishedAt <= now) {
    const at = isoSeconds(pod.finishedAt);
    lines.push(pod.outcome === 'success' ? `[${at}] ${STEP_NAME[pod.stepCode]}成功` : pod.outcome === 'closed' ? `[${at}] 发布单已关闭，步骤终止` : `[${at}] ${STEP_NAME[pod.stepCode]}失败: ${pod.failure ?? ''}`);
  }
  return lines.join('\n');
}

interface PodEvent {
  Type: 'Normal' | 'Warning';
  Reason: string;
  Message: string;
  first: number;
  last: number;
  Count: number;
}

/** The k8s events of a pod so far (Scheduled, Pulling, Pulled, Created, Started, or FailedScheduling). */
function podEvents(pod: Pod, now: number): PodEvent[] {
  const t = pod.startedAt;
  if (t === undefined || t > now) return [];
  const events: PodEvent[] = [];
  const at = (offset: number, e: Omit<PodEvent, 'first' | 'last' | 'Count'>) => {
    if (t + offset <= now) events.push({ ...e, first: t + offset, last: t + offset, Count: 1 });
  };
  if (pod.failure) {
    const last = Math.min(now, pod.finishedAt ?? now);
    events.push({ Type: 'Warning', Reason: 'FailedScheduling', Message: pod.failure, first: t, last, Count: Math.floor((last - t) / 5000) + 1 });
  } else if (pod.stepCode === 'DeleteAppInstance') {
    at(0, { Type: 'Normal', Reason: 'Killing', Message: 'Stopping container main' });
  } else {
    at(0, { Type: 'Normal', Reason: 'Scheduled', Message: `Successfully assigned ${pod.AppInstanceId} to ${pod.HostName}` });
    at(2000, { Type: 'Normal', Reason: 'Pulling', Message: 'Pulling image' });
    at(6000, { Type: 'Normal', Reason: 'Pulled', Message: 'Successfully pulled image' });
    at(7000, { Type: 'Normal', Reason: 'Created', Message: 'Created container main' });
    at(8000, { Type: 'Normal', Reason: 'Started', Message: 'Started container main' });
  }
  return events.filter((e) => now - e.last <= EVENT_TTL_MS);
}

function checkTimes(p: Record<string, unknown>): [string, number][] {
  const names = ['EndTimeLessThan', 'EndTimeLessThanOrEqualTo', 'EndTimeGreaterThanOrEqualTo', 'EndTimeGreaterThanOrEqualToOrEqualTo', 'StartTimeGreaterThanOrEqualTo', 'StartTimeGreaterThanOrEqualToOrEqualTo', 'StartTimeLessThan', 'StartTimeLessThanOrEqualTo'];
  const out: [string, number][] = [];
  for (const name of names) {
    const v = p[name];
    if (v === undefined || v === '') continue;
    const ms = parseSpaced(String(v));
    if (Number.isNaN(ms)) throw badRequest(`${name}的格式必须是yyyy-MM-dd HH:mm:ss`);
    out.push([name, ms]);
  }
  return out;
}

/** The time filters as the document describes them: "GreaterThanOrEqualTo" is strictly later (晚于), "…OrEqualToOrEqualTo" later or equal. */
function timeMatches(o: DeployOrder, filters: [string, number][]) {
  return filters.every(([name, ms]) => {
    const value = name.startsWith('End') ? (o.endedAt ?? Number.NaN) : o.startedAt;
    if (name.endsWith('LessThan')) return value < ms;
    if (name.endsWith('LessThanOrEqualTo')) return value <= ms;
    if (name.endsWith('GreaterThanOrEqualToOrEqualTo')) return value >= ms;
    return value > ms;
  });
}

function admit(ctx: HandlerContext, envId: number) {
  const open = openOrderOf(ctx.world, envId);
  // While an unfinished order exists, new deployments are refused (document line 3403).
  if (open) throw conflict(`环境中存在未完成的发布单${open.DeployOrderId}，请先完成或关闭`);
}

export const deployHandlers: Handlers = {
  DeployApp(ctx, p) {
    const env = findEnv(ctx.world, p.EnvId);
    admit(ctx, env.EnvId);
    const config = ctx.world.configs.find((c) => c.Id === env.AppSchemaId);
    // A configuration with a code path needs a package (an empty CodePath needs none).
    if (config?.CodePath) check(p.DeployPacketUrl || p.DeployPacketId !== undefined, 'DeployPacketUrl和DeployPacketId不能同时为空');
    const order = createOrder(ctx.world, env, { category: 'deploy', name: p.Name, description: p.Description ?? '', totalPartitions: p.TotalPartitions, pauseType: p.PauseType, targetReplicas: env.Replicas, user: operator(ctx.world, env.AppId) }, ctx.now);
    return { Result: { Admitted: true, BusinessCode: '', DeployOrderId: order.DeployOrderId } };
  },
  ScaleApp(ctx, p) {
    const env = findEnv(ctx.world, p.EnvId);
    admit(ctx, env.EnvId);
    check(p.Replicas !== env.instances.length, `应用实例数已是${p.Replicas}个`);
    env.Replicas = p.Replicas;
    // The document gives no batch count for scaling: one batch, named as its example names it.
    const order = createOrder(ctx.world, env, { category: 'scale', name: `应用实例数扩缩容至${p.Replicas}个`, description: '', totalPartitions: 1, pauseType: 'none', targetReplicas: p.Replicas, user: operator(ctx.world, env.AppId) }, ctx.now);
    return { Result: { Admitted: true, BusinessCode: '', DeployOrderId: order.DeployOrderId } };
  },
  ListDeployOrders(ctx, p) {
    const times = checkTimes(p);
    const rows = ctx.world.orders
      .filter((o) => o.AppId === p.AppId)
      .filter((o) => p.EnvId === undefined || o.EnvId === p.EnvId)
      .filter((o) => p.EnvType === undefined || ctx.world.envs.find((e) => e.EnvId === o.EnvId)?.kind === p.EnvType)
      .filter((o) => p.DeployType === undefined || o.DeployType === p.DeployType)
      .filter((o) => p.PauseType === undefined || o.PauseType === p.PauseType)
      .filter((o) => p.DeployCategory === undefined || o.category === p.DeployCategory)
      .filter((o) => p.PartitionType === undefined || o.PartitionType === p.PartitionType)
      .filter((o) => p.Status === undefined || o.Status === p.Status)
      .filter((o) => !p.StatusList?.length || p.StatusList.includes(o.Status))
      .filter((o) => !p.ResultList?.length || p.ResultList.includes(o.Result))
      .filter((o) => timeMatches(o, times))
      .sort((a, b) => b.DeployOrderId - a.DeployOrderId);
    const paged = page(rows, p.PageNumber, p.PageSize);
    return { ...paged, Data: paged.Data.map((o) => orderRow(ctx.world, o, ctx.now)) };
  },
  DescribeDeployOrderDetail(ctx, p) {
    const order = findOrder(ctx.world, p.DeployOrderId);
    // Beyond the document's table: each batch and its pods, which the issue asks the detail to show.
    const DeployPartitionList = Array.from({ length: order.TotalPartitions }, (_, i) => {
      const pods = order.pods.filter((pod) => pod.DeployPartitionNum === i + 1);
      const states = pods.map((pod) => podState(pod, ctx.now));
      const status = states.length && states.every((s) => s.Status === 3) ? 3 : order.Status === 2 && i + 1 > order.CurrentPartitionNum ? 2 : 1;
      return { PartitionNum: i + 1, Status: status, StatusName: STATUS_NAME[status], AppInstanceIdList: pods.map((pod) => pod.AppInstanceId) };
    });
    return { Result: { ...orderRow(ctx.world, order, ctx.now), DeployPartitionList } };
  },
  ResumeDeploy(ctx, p) {
    const order = findOrder(ctx.world, p.DeployOrderId);
    check(order.Status === 2, `发布单${order.DeployOrderId}不是暂停状态，不能继续`);
    resumeOrder(order, ctx.now);
    return {};
  },
  CloseDeployOrder(ctx, p) {
    const order = findOrder(ctx.world, p.DeployOrderId);
    check(order.Status !== 3, `发布单${order.DeployOrderId}已结束`);
    closeOrder(order, ctx.now);
    return {};
  },
  ListPods(ctx, p) {
    const order = findOrder(ctx.world, p.DeployOrderId);
    const rows = order.pods
      .map((pod) => podRow(pod, ctx.now))
      .filter((row) => (!p.StatusList?.length || p.StatusList.includes(row.Status)) && (!p.ResultList?.length || p.ResultList.includes(row.Result)));
    return page(rows, p.PageNumber, p.PageSize);
  },
  DescribePodLog(ctx, p) {
    const { order, pod } = findPod(ctx.world, p.DeployOrderId, p.AppInstId);
    const env = ctx.world.envs.find((e) => e.EnvId === order.EnvId);
    const s = podState(pod, ctx.now);
    const DeployStepList = s.step ? [{ StepName: STEP_NAME[pod.stepCode], StepCode: pod.stepCode, StepLog: stepLog(pod, ctx.now), Status: s.step }] : [];
    // The table says "online 或 test", the example prints 正式: the emulator follows the example.
    return { Result: { DeployOrderName: order.Name, EnvTypeName: env?.kind === 'online' ? '正式' : '测试', DeployStepList } };
  },
  DescribePodEvents(ctx, p) {
    const { order, pod } = findPod(ctx.world, p.DeployOrderId, p.AppInstId);
    const PodEvents = podEvents(pod, ctx.now).map((e) => ({
      Action: '',
      Count: e.Count,
      EventTime: isoMinute(e.last),
      FirstTimestamp: isoMinute(e.first),
      LastTimestamp: isoMinute(e.last),
      Message: e.Message,
      Reason: e.Reason,
      Type: e.Type,
    }));
    return { Result: { DeployOrderName: order.Name, PodEvents } };
  },
};
