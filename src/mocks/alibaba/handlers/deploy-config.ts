import type { DeployConfig } from '../store/types';
import { check, fromBase64, must, page, type Handlers } from './context';
import { findApp } from './app';

const row = (c: DeployConfig) => ({
  Id: c.Id,
  Name: c.Name,
  AppId: c.AppId,
  EnvType: c.EnvType,
  ContainerCodePath: { CodePath: c.CodePath },
  ContainerYamlConf: { Deployment: c.Deployment, ConfigMap: c.ConfigMap, StatefulSet: c.StatefulSet, ConfigMapList: c.ConfigMapList },
});

/** Deployment only for stateless applications, StatefulSet only for stateful ones. */
function checkWorkload(state: 'stateless' | 'stateful', p: { Deployment?: string; StatefulSet?: string }) {
  check(!(p.Deployment && p.StatefulSet), 'Deployment和StatefulSet不能同时传入');
  if (p.Deployment) check(state === 'stateless', '有状态应用只能使用StatefulSet');
  if (p.StatefulSet) check(state === 'stateful', '无状态应用只能使用Deployment');
}

export const deployConfigHandlers: Handlers = {
  CreateDeployConfig(ctx, p) {
    const app = findApp(ctx.world, p.AppId);
    checkWorkload(app.AppStateType, p);
    const Id = ctx.world.seq.SchemaId++;
    ctx.world.configs.push({
      Id,
      AppId: app.AppId,
      Name: p.Name,
      EnvType: p.EnvType,
      CodePath: p.CodePath ?? '',
      Deployment: p.Deployment ? fromBase64(p.Deployment, 'Deployment') : '',
      StatefulSet: p.StatefulSet ? fromBase64(p.StatefulSet, 'StatefulSet') : '',
      ConfigMap: p.ConfigMap ? fromBase64(p.ConfigMap, 'ConfigMap') : '',
      ConfigMapList: (p.ConfigMapList ?? []).map((c, i) => fromBase64(c, `ConfigMapList.${i + 1}`)),
    });
    return { Result: { AppId: app.AppId, Name: p.Name, SchemaId: Id } };
  },
  ListDeployConfig(ctx, p) {
    findApp(ctx.world, p.AppId);
    const rows = ctx.world.configs.filter(
      (c) => c.AppId === p.AppId && (p.EnvType === undefined || c.EnvType === p.EnvType) && (p.Id === undefined || c.Id === p.Id) && (p.Name === undefined || c.Name.includes(p.Name)),
    );
    // No paging input, yet paged output (document quirk): one page holding everything.
    return { ...page(rows, 1, Math.max(rows.length, 1)), Data: rows.map(row) };
  },
  DeleteDeployConfig(ctx, p) {
    const config = must(ctx.world.configs.find((c) => c.Id === p.SchemaId), `部署配置(SchemaId=${p.SchemaId})`);
    const users = ctx.world.envs.filter((e) => e.AppSchemaId === config.Id);
    check(users.length === 0, `部署配置正被环境${users.map((e) => e.EnvId).join(',')}使用，不能删除`);
    ctx.world.configs = ctx.world.configs.filter((c) => c !== config);
    return { Result: { Success: true } };
  },
  UpdateDeployConfig(ctx, p) {
    const app = findApp(ctx.world, p.AppId);
    const config = must(ctx.world.configs.find((c) => c.Id === p.Id && c.AppId === app.AppId), `部署配置(Id=${p.Id})`);
    checkWorkload(app.AppStateType, p);
    // CodePath absent = not updated; empty = no code package needed (document line 1313).
    if (p.CodePath !== undefined) config.CodePath = p.CodePath;
    if (p.Deployment !== undefined) config.Deployment = fromBase64(p.Deployment, 'Deployment');
    if (p.StatefulSet !== undefined) config.StatefulSet = fromBase64(p.StatefulSet, 'StatefulSet');
    if (p.ConfigMap !== undefined) config.ConfigMap = fromBase64(p.ConfigMap, 'ConfigMap');
    // ConfigMapList replaces the stored list when given, keeps it when omitted (line 1318).
    if (p.ConfigMapList !== undefined) config.ConfigMapList = p.ConfigMapList.map((c, i) => fromBase64(c, `ConfigMapList.${i + 1}`));
    return { Result: { Success: true } };
  },
};
