import { conflict, notFound } from '../protocol/errors';
import type { App, World } from '../store/types';
import { check, must, page, type Handlers } from './context';
import { removeEnvironment } from './environment';

/** k8s namespaces are DNS-1123 labels. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const namespaceFrom = (title: string, appId: number) => {
  const cleaned = title.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50);
  return cleaned && DNS_LABEL.test(cleaned) ? cleaned : `jst-app-${appId}`;
};

export const findApp = (world: World, appId: number) => must(world.apps.find((a) => a.AppId === appId), `应用(AppId=${appId})`);

/** Role holders must be users of the account, with the type they are registered with. */
function checkRoles(world: World, roles: App['UserRoles']) {
  for (const role of roles) {
    const user = world.users.find((u) => u.UserId === role.UserId);
    if (!user) throw notFound(`用户(UserId=${role.UserId})`);
    check(user.UserType === role.UserType, `用户${role.UserId}的类型是${user.UserType}，不是${role.UserType}`);
  }
}

const appRow = (a: App) => ({
  AppId: a.AppId,
  Title: a.Title,
  Description: a.Description,
  Language: a.Language,
  OperatingSystem: a.OperatingSystem,
  BizName: a.BizName,
  ServiceType: a.ServiceType,
  DeployType: a.DeployType,
  BizTitle: a.BizTitle,
  AppStateType: a.AppStateType,
});

export const appHandlers: Handlers = {
  CreateApp(ctx, p) {
    const { world } = ctx;
    if (world.apps.some((a) => a.Title === p.Title)) throw conflict(`应用标题${p.Title}已存在`);
    checkRoles(world, p.UserRoles);
    if (p.Namespace !== undefined) check(DNS_LABEL.test(p.Namespace) && p.Namespace.length <= 63, 'Namespace必须符合k8s命名规范(小写字母、数字和-)');
    const AppId = world.seq.AppId++;
    world.apps.push({
      AppId,
      Title: p.Title,
      Description: p.Description ?? '',
      Language: p.Language,
      OperatingSystem: p.OperatingSystem,
      BizName: p.BizCode,
      ServiceType: p.ServiceType,
      DeployType: 'ContainerDeployment',
      BizTitle: p.BizTitle ?? '',
      AppStateType: p.StateType === 2 ? 'stateful' : 'stateless',
      Namespace: p.Namespace ?? namespaceFrom(p.Title, AppId),
      UserRoles: p.UserRoles,
    });
    return { Result: { AppId } };
  },
  UpdateApp(ctx, p) {
    const app = findApp(ctx.world, p.AppId);
    checkRoles(ctx.world, p.UserRoles);
    app.UserRoles = p.UserRoles;
    if (p.BizTitle !== undefined) app.BizTitle = p.BizTitle;
    if (p.Description !== undefined) app.Description = p.Description;
    if (p.Language !== undefined) app.Language = p.Language;
    if (p.OperatingSystem !== undefined) app.OperatingSystem = p.OperatingSystem;
    if (p.ServiceType !== undefined) app.ServiceType = p.ServiceType;
    return { Result: { Success: true } };
  },
  ListApp(ctx, p) {
    const { TotalCount, Data } = page(ctx.world.apps, p.PageNumber, p.PageSize);
    // ListApp returns only TotalCount beside Data (document line 317).
    return { TotalCount, Data: Data.map(appRow) };
  },
  DescribeAppDetail(ctx, p) {
    const app = findApp(ctx.world, p.AppId);
    const UserRoles = app.UserRoles.map((r) => ({ ...r, RealName: ctx.world.users.find((u) => u.UserId === r.UserId)?.RealName ?? '' }));
    return { Result: { ...appRow(app), UserRoles } };
  },
  DeleteAppDetail(ctx, p) {
    const { world } = ctx;
    const app = findApp(world, p.AppId);
    const envs = world.envs.filter((e) => e.AppId === app.AppId);
    const configs = world.configs.filter((c) => c.AppId === app.AppId);
    check(p.Force || (envs.length === 0 && configs.length === 0), `应用下还有${envs.length}个环境和${configs.length}个部署配置，请先删除或使用Force=true`);
    // Force: every resource under the application goes (document line 541).
    for (const env of envs) removeEnvironment(world, env);
    world.configs = world.configs.filter((c) => c.AppId !== app.AppId);
    world.apps = world.apps.filter((a) => a !== app);
    return { Result: { Success: true } };
  },
  ListUsers(ctx, p) {
    return page(ctx.world.users, p.PageNumber, p.PageSize);
  },
};
