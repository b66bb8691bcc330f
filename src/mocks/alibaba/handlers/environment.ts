import { conflict } from '../protocol/errors';
import { openOrderOf } from '../store/deploy-engine';
import type { Environment, World } from '../store/types';
import { check, must, page, type Handlers } from './context';
import { findApp } from './app';
import { releaseClaim } from './storage';

/**
 * The document codes environment types three ways: CreateEnvironment 0 test / 1 production,
 * ListAppEnvironment and DescribeAppEnvironmentDetail 1 test / 2 production, deploy configs and
 * orders test / online. The emulator stores the meaning and answers in each table's coding.
 */
export const envTypeOfList = (e: Environment) => (e.kind === 'online' ? 2 : 1);
export const envTypeName = (e: Environment) => (e.kind === 'online' ? '正式环境' : '测试环境');

export function findEnv(world: World, envId: number, appId?: number): Environment {
  const env = must(world.envs.find((e) => e.EnvId === envId), `环境(EnvId=${envId})`);
  check(appId === undefined || env.AppId === appId, `环境${envId}不属于应用${appId}`);
  return env;
}

const envRow = (e: Environment) => ({
  AppId: e.AppId,
  EnvId: e.EnvId,
  EnvName: e.EnvName,
  EnvType: envTypeOfList(e),
  EnvTypeName: envTypeName(e),
  AppSchemaId: e.AppSchemaId,
  Region: e.Region,
});

/** Deletes an environment and everything in it (instances, access points, services, claims, orders, allocation). */
export function removeEnvironment(world: World, env: Environment): void {
  for (const claim of world.pvcs.filter((c) => c.EnvId === env.EnvId)) releaseClaim(world, claim);
  world.slbAPs = world.slbAPs.filter((s) => s.EnvId !== env.EnvId);
  world.services = world.services.filter((s) => s.EnvId !== env.EnvId);
  world.orders = world.orders.filter((o) => o.EnvId !== env.EnvId);
  world.allocs = world.allocs.filter((a) => a.AppEnvId !== env.EnvId);
  world.envs = world.envs.filter((e) => e !== env);
}

export const environmentHandlers: Handlers = {
  CreateEnvironment(ctx, p) {
    const { world } = ctx;
    const app = findApp(world, p.AppId);
    const config = must(world.configs.find((c) => c.Id === p.AppSchemaId && c.AppId === app.AppId), `部署配置(AppSchemaId=${p.AppSchemaId})`);
    if (world.envs.some((e) => e.AppId === app.AppId && e.EnvName === p.EnvName)) throw conflict(`环境名称${p.EnvName}已存在`);
    const EnvId = world.seq.EnvId++;
    world.envs.push({ EnvId, AppId: app.AppId, EnvName: p.EnvName, kind: p.EnvType === 1 ? 'online' : 'test', AppSchemaId: config.Id, Region: p.Region, Replicas: p.Replicas, namespace: app.Namespace, instances: [] });
    return { Result: { AppEnvId: EnvId } };
  },
  UpdateEnvironment(ctx, p) {
    const env = findEnv(ctx.world, p.AppEnvId, p.AppId);
    if (p.AppSchemaId !== undefined) {
      must(ctx.world.configs.find((c) => c.Id === p.AppSchemaId && c.AppId === env.AppId), `部署配置(AppSchemaId=${p.AppSchemaId})`);
      env.AppSchemaId = p.AppSchemaId;
    }
    if (p.Replicas !== undefined) env.Replicas = p.Replicas;
    if (p.EnvName !== undefined) env.EnvName = p.EnvName;
    return { Result: { Success: true } };
  },
  ListAppEnvironment(ctx, p) {
    findApp(ctx.world, p.AppId);
    const rows = ctx.world.envs
      .filter((e) => e.AppId === p.AppId)
      .filter((e) => p.EnvType === undefined || envTypeOfList(e) === p.EnvType)
      .filter((e) => p.EnvName === undefined || e.EnvName.includes(p.EnvName));
    const paged = page(rows, p.PageNumber, p.PageSize);
    return { ...paged, Data: paged.Data.map(envRow) };
  },
  DeleteAppEnvironment(ctx, p) {
    const env = findEnv(ctx.world, p.EnvId, p.AppId);
    const busy = [
      env.instances.length && `${env.instances.length}个应用实例`,
      ctx.world.slbAPs.some((s) => s.EnvId === env.EnvId) && 'SLB接入',
      ctx.world.services.some((s) => s.EnvId === env.EnvId) && '服务',
      ctx.world.pvcs.some((c) => c.EnvId === env.EnvId) && '存储声明',
      openOrderOf(ctx.world, env.EnvId) && '未完成的发布单',
    ].filter(Boolean);
    // Force=false only checks whether the environment can go (document line 868).
    check(p.Force || busy.length === 0, `环境下还有资源(${busy.join('、')})，不能删除；使用Force=true将一并删除`);
    removeEnvironment(ctx.world, env);
    return { Result: { Success: true } };
  },
  DescribeAppEnvironmentDetail(ctx, p) {
    const env = findEnv(ctx.world, p.EnvId, p.AppId);
    return { Result: { ...envRow(env), Replicas: env.Replicas } };
  },
  ListAppInstance(ctx, p) {
    const env = findEnv(ctx.world, p.EnvId, p.AppId);
    return page(env.instances, p.PageNumber, p.PageSize);
  },
};
