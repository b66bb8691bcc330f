import { useQuery } from '@tanstack/react-query';
import type { Scope } from '../../../app/accounts/scope';
import { alibabaApi, type AlibabaApi } from '../shared/client';
import { alibabaKeys } from '../shared/keys';
import { readAllPages } from '../shared/readAllPages';
import { regionOf } from '../shared/useAlibabaChange';
import { num, text } from '../shared/values';
import type { AppEnvironment, Claim, Cluster, Volume } from './types';

/** 5.4 ListCluster pages with PageNum (not PageNumber, a quirk of the document). */
export const loadClusters = (api: AlibabaApi, region?: string): Promise<Cluster[]> =>
  readAllPages(async (PageNum, PageSize) => {
    const r = await api.call('ListCluster', { PageNum, PageSize }, region);
    return { total: r.TotalCount, items: r.Data ?? [] };
  });

/**
 * Every environment of every application (ListApp → ListAppEnvironment), with the cluster its
 * resource allocation puts it on (ListAppResourceAllocs): a claim binds volumes of that cluster.
 */
export async function loadEnvironments(api: AlibabaApi, region?: string): Promise<AppEnvironment[]> {
  const [apps, allocs] = await Promise.all([
    readAllPages(async (PageNumber, PageSize) => {
      const r = await api.call('ListApp', { PageNumber, PageSize }, region);
      return { total: r.TotalCount, items: r.Data ?? [] };
    }),
    readAllPages(async (PageNumber, PageSize) => {
      const r = await api.call('ListAppResourceAllocs', { PageNumber, PageSize }, region);
      return { total: r.TotalCount, items: r.Data ?? [] };
    }),
  ]);
  const perApp = await Promise.all(
    apps.map(async (app) => {
      const AppId = num(app.AppId)!;
      const envs = await readAllPages(async (PageNumber, PageSize) => {
        const r = await api.call('ListAppEnvironment', { AppId, PageNumber, PageSize }, region);
        return { total: r.TotalCount, items: r.Data ?? [] };
      });
      return envs.map((env) => ({
        AppId,
        EnvId: num(env.EnvId)!,
        AppTitle: text(app.Title) || String(AppId),
        EnvName: text(env.EnvName) || text(env.EnvId),
        EnvType: num(env.EnvType),
        ClusterId: text(allocs.find((a) => num(a.AppEnvId) === num(env.EnvId))?.ClusterId) || undefined,
      }));
    }),
  );
  return perApp.flat();
}

export function useClusters(scope: Scope | undefined) {
  return useQuery({
    queryKey: alibabaKeys.clusters(scope?.account.id ?? '', scope?.region ?? ''),
    queryFn: () => loadClusters(alibabaApi(scope!.account.id), regionOf(scope!)),
    enabled: !!scope,
  });
}

export function useEnvironments(scope: Scope | undefined) {
  return useQuery({
    queryKey: alibabaKeys.environments(scope?.account.id ?? '', scope?.region ?? ''),
    queryFn: () => loadEnvironments(alibabaApi(scope!.account.id), regionOf(scope!)),
    enabled: !!scope,
  });
}

export function useVolumes(scope: Scope | undefined, clusterId: string | undefined) {
  return useQuery({
    queryKey: alibabaKeys.volumes(scope?.account.id ?? '', scope?.region ?? '', clusterId ?? ''),
    queryFn: () =>
      readAllPages<Volume>(async (PageNumber, PageSize) => {
        const r = await alibabaApi(scope!.account.id).call('ListPersistentVolume', { ClusterInstanceId: clusterId!, PageNumber, PageSize }, regionOf(scope!));
        return { total: r.TotalCount, items: r.Data ?? [] };
      }),
    enabled: !!scope && !!clusterId,
  });
}

export function useClaims(scope: Scope | undefined, env: AppEnvironment | undefined) {
  return useQuery({
    queryKey: alibabaKeys.claims(scope?.account.id ?? '', scope?.region ?? '', env?.AppId ?? 0, env?.EnvId ?? 0),
    queryFn: () =>
      readAllPages<Claim>(async (PageNumber, PageSize) => {
        const r = await alibabaApi(scope!.account.id).call('ListPersistentVolumeClaim', { AppId: env!.AppId, EnvId: env!.EnvId, PageNumber, PageSize }, regionOf(scope!));
        return { total: r.TotalCount, items: r.Data ?? [] };
      }),
    enabled: !!scope && !!env,
  });
}
