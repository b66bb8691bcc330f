import { useQuery } from '@tanstack/react-query';
import { neteaseApi, type NeteaseApi } from '../../netease/shared/client';
import { lbKeys } from './keys';
import type { LoadBalancer, SpaceService } from './types';

/** 6.2 pages with offset/limit and no total: read until a page comes back short. */
export async function allLoadBalancers(api: NeteaseApi, pageSize = 199): Promise<LoadBalancer[]> {
  const all: LoadBalancer[] = [];
  for (;;) {
    const page = await api.call('listLoadBalancers', { offset: all.length, limit: pageSize });
    all.push(...page);
    if (page.length < pageSize) return all;
  }
}

/** 9.2: the spaces a load balancer can live in (its `namespace` is the space's system name). */
export const useSpaces = (accountId: string | undefined, region: string) =>
  useQuery({
    queryKey: lbKeys.namespaces(accountId ?? '', region),
    queryFn: async () => (await neteaseApi(accountId!).call('listNamespaces', {})).namespaces,
    enabled: !!accountId,
    staleTime: 60_000,
  });

/** 9.3: the services of one space, every page (rules forward to them; backends link to them). */
export const useSpaceServices = (accountId: string | undefined, region: string, spaceId: number | undefined) =>
  useQuery({
    queryKey: lbKeys.services(accountId ?? '', region, spaceId ?? -1),
    queryFn: async () => {
      const api = neteaseApi(accountId!);
      const all: SpaceService[] = [];
      for (;;) {
        const page = await api.call('listServices', { id: spaceId!, offset: all.length, limit: 100 });
        all.push(...page.microservice_infos);
        if (page.microservice_infos.length === 0 || all.length >= page.total) return all;
      }
    },
    enabled: !!accountId && spaceId !== undefined,
    staleTime: 30_000,
  });

/** 6.11, for the https rules' certificate picker. */
export const useCertificates = (accountId: string | undefined, region: string) =>
  useQuery({
    queryKey: lbKeys.certificates(accountId ?? '', region),
    queryFn: () => neteaseApi(accountId!).call('listCertificates', {}),
    enabled: !!accountId,
  });
