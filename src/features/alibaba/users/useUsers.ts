import { useQuery } from '@tanstack/react-query';
import type { Scope } from '../../../app/accounts/scope';
import { alibabaApi } from '../shared/client';
import { alibabaKeys } from '../shared/keys';
import { readAllPages } from '../shared/readAllPages';
import { regionOf } from '../shared/useAlibabaChange';
import { num } from '../shared/values';
import { rolesByUser, type AppDetail, type User } from './roles';

/** 2.1 ListUsers, every page (PageSize ≤ 100). */
export function useUsers(scope: Scope | undefined) {
  return useQuery({
    queryKey: alibabaKeys.users(scope?.account.id ?? '', scope?.region ?? ''),
    queryFn: () =>
      readAllPages<User>(async (PageNumber, PageSize) => {
        const r = await alibabaApi(scope!.account.id).call('ListUsers', { PageNumber, PageSize }, regionOf(scope!));
        return { total: r.TotalCount, items: r.Data ?? [] };
      }),
    enabled: !!scope,
    staleTime: 60_000,
  });
}

/** The roles apps give users: ListApp, then DescribeAppDetail's UserRoles per application. */
export function useUserRoles(scope: Scope | undefined) {
  return useQuery({
    queryKey: alibabaKeys.userRoles(scope?.account.id ?? '', scope?.region ?? ''),
    queryFn: async () => {
      const api = alibabaApi(scope!.account.id);
      const region = regionOf(scope!);
      const apps = await readAllPages(async (PageNumber, PageSize) => {
        const r = await api.call('ListApp', { PageNumber, PageSize }, region);
        return { total: r.TotalCount, items: r.Data ?? [] };
      });
      const details = await Promise.all(apps.map(async (app) => ((await api.call('DescribeAppDetail', { AppId: num(app.AppId)! }, region)).Result ?? {}) as AppDetail));
      return rolesByUser(details);
    },
    enabled: !!scope,
  });
}
