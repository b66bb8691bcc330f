import { conflict } from '../protocol/errors';
import type { NodeLabel } from '../store/types';
import { check, must, page, type Handlers } from './context';
import { findCluster } from './cluster';
import { findApp } from './app';
import { findEnv } from './environment';
import { openOrderOf } from '../store/deploy-engine';

const labelRow = (l: NodeLabel) => ({ ClusterId: l.ClusterId, Id: l.Id, LabelKey: l.LabelKey, LabelValue: l.LabelValue });

export const nodeLabelHandlers: Handlers = {
  CreateNodeLabel(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterId);
    if (ctx.world.labels.some((l) => l.ClusterId === cluster.InstanceId && l.LabelKey === p.LabelKey && l.LabelValue === p.LabelValue)) throw conflict(`标签${p.LabelKey}=${p.LabelValue}已存在`);
    const label: NodeLabel = { Id: ctx.world.seq.LabelId++, ClusterId: cluster.InstanceId, LabelKey: p.LabelKey, LabelValue: p.LabelValue };
    ctx.world.labels.push(label);
    return { Result: labelRow(label) };
  },
  ListNodeLabels(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterId);
    const rows = ctx.world.labels.filter((l) => l.ClusterId === cluster.InstanceId && (p.LabelKey === undefined || l.LabelKey === p.LabelKey));
    const paged = page(rows, p.PageNumber, p.PageSize);
    return { ...paged, Data: paged.Data.map(labelRow) };
  },
  DeleteNodeLabel(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterId);
    const label = must(ctx.world.labels.find((l) => l.ClusterId === cluster.InstanceId && l.LabelKey === p.LabelKey && l.LabelValue === p.LabelValue), `标签(${p.LabelKey}=${p.LabelValue})`);
    const bound = ctx.world.bindings.filter((b) => b.ClusterId === cluster.InstanceId && b.LabelKey === label.LabelKey && b.LabelValue === label.LabelValue);
    // Force also deletes every binding of the label (document line 4283).
    check(p.Force || bound.length === 0, `标签已绑定${bound.length}个节点，不能删除；使用Force=true将一并解绑`);
    ctx.world.bindings = ctx.world.bindings.filter((b) => !bound.includes(b));
    ctx.world.labels = ctx.world.labels.filter((l) => l !== label);
    return {};
  },
  BindNodeLabel(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterId);
    const node = ctx.world.ecs.find((e) => e.InstanceId === p.InstanceId && e.clusterId === cluster.InstanceId);
    check(node, `节点不在集群中: ${p.InstanceId}`);
    check(/^label\.jst\.com\/.+/.test(p.LabelKey), 'LabelKey必须以label.jst.com/开头');
    // A node carries one value per key, as in k8s.
    const same = ctx.world.bindings.find((b) => b.ClusterId === cluster.InstanceId && b.InstanceId === node.InstanceId && b.LabelKey === p.LabelKey);
    if (same) throw conflict(`节点${node.InstanceId}已绑定标签${same.LabelKey}=${same.LabelValue}`);
    // Binding creates the label when it does not exist (document line 4361).
    if (!ctx.world.labels.some((l) => l.ClusterId === cluster.InstanceId && l.LabelKey === p.LabelKey && l.LabelValue === p.LabelValue)) {
      ctx.world.labels.push({ Id: ctx.world.seq.LabelId++, ClusterId: cluster.InstanceId, LabelKey: p.LabelKey, LabelValue: p.LabelValue });
    }
    ctx.world.bindings.push({ Id: ctx.world.seq.BindingId++, ClusterId: cluster.InstanceId, InstanceId: node.InstanceId, InstanceType: 'ECS', LabelKey: p.LabelKey, LabelValue: p.LabelValue });
    return {};
  },
  UnbindNodeLabel(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterId);
    const binding = must(
      ctx.world.bindings.find((b) => b.ClusterId === cluster.InstanceId && b.InstanceId === p.InstanceId && b.LabelKey === p.LabelKey && b.LabelValue === p.LabelValue),
      `标签绑定(${p.InstanceId} ${p.LabelKey}=${p.LabelValue})`,
    );
    ctx.world.bindings = ctx.world.bindings.filter((b) => b !== binding);
    return {};
  },
  ListNodeLabelBindings(ctx, p) {
    const rows = ctx.world.bindings.filter(
      (b) =>
        (p.ClusterId === undefined || b.ClusterId === p.ClusterId) &&
        (p.InstanceId === undefined || b.InstanceId === p.InstanceId) &&
        (p.LabelKey === undefined || b.LabelKey === p.LabelKey) &&
        (p.LabelValue === undefined || b.LabelValue === p.LabelValue),
    );
    const paged = page(rows, p.PageNumber, p.PageSize);
    return { ...paged, Data: paged.Data.map((b) => ({ Id: b.Id, InstanceId: b.InstanceId, InstanceType: b.InstanceType, LabelKey: b.LabelKey, LabelValue: b.LabelValue })) };
  },
  CreateAppResourceAlloc(ctx, p) {
    const app = findApp(ctx.world, p.AppId);
    const env = findEnv(ctx.world, p.AppEnvId, app.AppId);
    const cluster = findCluster(ctx.world, p.ClusterId);
    const existing = ctx.world.allocs.find((a) => a.AppEnvId === env.EnvId);
    if (existing) throw conflict(`环境${env.EnvId}已分配集群${existing.ClusterId}`);
    const alloc = { Id: ctx.world.seq.AllocId++, AppId: app.AppId, AppEnvId: env.EnvId, ClusterId: cluster.InstanceId, ResourceDef: '' };
    ctx.world.allocs.push(alloc);
    return { Result: alloc };
  },
  ListAppResourceAllocs(ctx, p) {
    const rows = ctx.world.allocs.filter((a) => (p.AppEnvId === undefined || a.AppEnvId === p.AppEnvId) && (p.AppId === undefined || a.AppId === p.AppId) && (p.ClusterId === undefined || a.ClusterId === p.ClusterId));
    const paged = page(rows, p.PageNumber, p.PageSize);
    return { ...paged, Data: paged.Data.map((a) => ({ ...a })) };
  },
  DeleteAppResourceAlloc(ctx, p) {
    const alloc = must(ctx.world.allocs.find((a) => a.AppEnvId === p.AppEnvId), `资源分配(AppEnvId=${p.AppEnvId})`);
    const open = openOrderOf(ctx.world, p.AppEnvId);
    check(!open, `环境存在未完成的发布单${open?.DeployOrderId}，不能释放资源`);
    ctx.world.allocs = ctx.world.allocs.filter((a) => a !== alloc);
    return {};
  },
  DescribeAppResourceAlloc(ctx, p) {
    const alloc = must(ctx.world.allocs.find((a) => a.AppEnvId === p.AppEnvId), `资源分配(AppEnvId=${p.AppEnvId})`);
    return { Result: { ...alloc } };
  },
};
