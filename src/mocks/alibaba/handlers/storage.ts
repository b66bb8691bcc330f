import { conflict } from '../protocol/errors';
import { clusterOfEnv } from '../store/placement';
import { spaced } from '../store/time';
import type { PersistentVolume, Pvc, World } from '../store/types';
import { check, must, page, type Handlers } from './context';
import { findEnv } from './environment';
import { findCluster } from './cluster';

const UNITS: Record<string, number> = { '': 1, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
/** A k8s quantity ("500Gi") in bytes. */
export function quantityBytes(q: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMGTPE]i?)?$/.exec(q);
  return m ? Number(m[1]) * (UNITS[m[2] ?? ''] ?? 1) : Number.NaN;
}

/**
 * k8s binding: a claim binds an Available volume of the environment's cluster with the same
 * StorageClass and access mode and at least the requested capacity (the smallest such one).
 */
function bindClaim(world: World, claim: Pvc): void {
  const env = world.envs.find((e) => e.EnvId === claim.EnvId);
  const clusterId = env && clusterOfEnv(world, env);
  const candidates = world.pvs
    .filter((v) => v.ClusterInstanceId === clusterId && v.Status === 'Available' && v.StorageClass === claim.StorageClass && v.AccessModes === claim.AccessModes)
    .filter((v) => quantityBytes(v.Capacity) >= quantityBytes(claim.Capacity))
    .sort((a, b) => quantityBytes(a.Capacity) - quantityBytes(b.Capacity));
  const volume = candidates[0];
  if (!volume) return;
  volume.Status = 'Bound';
  volume.PvcName = claim.Name;
  claim.Status = 'Bound';
  claim.VolumeName = volume.Name;
}

/** A deleted claim releases its volume: Retain keeps it Released, Delete removes it. */
export function releaseClaim(world: World, claim: Pvc): void {
  const volume = world.pvs.find((v) => v.Name === claim.VolumeName && v.Status === 'Bound' && v.PvcName === claim.Name);
  if (volume) {
    if (volume.ReclaimPolicy === 'Delete') world.pvs = world.pvs.filter((v) => v !== volume);
    else volume.Status = 'Released';
  }
  world.pvcs = world.pvcs.filter((c) => c !== claim);
}

const pvRow = (v: PersistentVolume) => ({
  Name: v.Name,
  Capacity: v.Capacity,
  AccessModes: v.AccessModes,
  ReclaimPolicy: v.ReclaimPolicy,
  Status: v.Status,
  PvcName: v.PvcName,
  MountDir: v.MountDir,
  StorageClass: v.StorageClass,
  Reason: v.Reason,
  CreateTime: v.CreateTime,
});
const pvcRow = (c: Pvc) => ({ Name: c.Name, Capacity: c.Capacity, AccessModes: c.AccessModes, Status: c.Status, StorageClass: c.StorageClass, VolumeName: c.VolumeName, CreateTime: c.CreateTime });

export const storageHandlers: Handlers = {
  CreatePersistentVolumeClaim(ctx, p) {
    const env = findEnv(ctx.world, p.EnvId, p.AppId);
    if (ctx.world.pvcs.some((c) => c.EnvId === env.EnvId && c.Name === p.Name)) throw conflict(`存储声明${p.Name}已存在`);
    const claim: Pvc = { Id: ctx.world.seq.PvcId++, AppId: env.AppId, EnvId: env.EnvId, Name: p.Name, Capacity: p.Capacity, AccessModes: p.AccessModes, StorageClass: p.StorageClass, Status: 'Pending', VolumeName: '', CreateTime: spaced(ctx.now) };
    ctx.world.pvcs.push(claim);
    bindClaim(ctx.world, claim);
    return { Result: { PersistentVolumeClaimId: claim.Id } };
  },
  DeletePersistentVolumeClaim(ctx, p) {
    const env = findEnv(ctx.world, p.EnvId, p.AppId);
    const claim = must(ctx.world.pvcs.find((c) => c.EnvId === env.EnvId && c.Name === p.PersistentVolumeClaimName), `存储声明(${p.PersistentVolumeClaimName})`);
    releaseClaim(ctx.world, claim);
    return { Result: { Success: true } };
  },
  ListPersistentVolumeClaim(ctx, p) {
    const env = findEnv(ctx.world, p.EnvId, p.AppId);
    const paged = page(ctx.world.pvcs.filter((c) => c.EnvId === env.EnvId), p.PageNumber, p.PageSize);
    return { ...paged, Data: paged.Data.map(pvcRow) };
  },
  CreatePersistentVolume(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterInstanceId);
    const inCluster = ctx.world.pvs.filter((v) => v.ClusterInstanceId === cluster.InstanceId);
    if (inCluster.some((v) => v.Name === p.Name)) throw conflict(`存储卷${p.Name}已存在`);
    // The document asks for a unique StorageClass too (line 3825).
    if (inCluster.some((v) => v.StorageClass === p.StorageClass)) throw conflict(`StorageClass ${p.StorageClass}已存在`);
    check(p.MountDir.startsWith('/'), 'MountDir必须是以/开头的NAS目录');
    const volume: PersistentVolume = {
      Id: ctx.world.seq.PvId++,
      ClusterInstanceId: cluster.InstanceId,
      Name: p.Name,
      Capacity: p.Capacity,
      AccessModes: p.AccessModes,
      ReclaimPolicy: p.ReclaimPolicy,
      Status: 'Available',
      PvcName: '',
      MountDir: p.MountDir,
      MountTargetDomain: p.MountTargetDomain,
      NFSVersion: p.NFSVersion,
      StorageClass: p.StorageClass,
      Reason: '',
      CreateTime: spaced(ctx.now),
    };
    ctx.world.pvs.push(volume);
    // Claims waiting for such a volume bind now.
    for (const claim of ctx.world.pvcs.filter((c) => c.Status === 'Pending')) bindClaim(ctx.world, claim);
    return { Result: { PersistentVolumeId: volume.Id } };
  },
  ListPersistentVolume(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterInstanceId);
    const paged = page(ctx.world.pvs.filter((v) => v.ClusterInstanceId === cluster.InstanceId), p.PageNumber, p.PageSize);
    return { ...paged, Data: paged.Data.map(pvRow) };
  },
  DeletePersistentVolume(ctx, p) {
    const cluster = findCluster(ctx.world, p.ClusterInstanceId);
    const volume = must(ctx.world.pvs.find((v) => v.ClusterInstanceId === cluster.InstanceId && v.Name === p.PersistentVolumeName), `存储卷(${p.PersistentVolumeName})`);
    check(volume.Status !== 'Bound', `存储卷${volume.Name}已被${volume.PvcName}绑定，不能删除`);
    ctx.world.pvs = ctx.world.pvs.filter((v) => v !== volume);
    return { Result: { Success: true } };
  },
};
