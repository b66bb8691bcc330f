import { useQuery } from '@tanstack/react-query';
import { neteaseApi } from '../../netease/shared/client';
import { svcKeys } from './keys';

/** 9.4: the images a service may use, the account's own (and favourites) and the public ones. */
export function useServiceImages(accountId: string | undefined, region: string) {
  return useQuery({
    queryKey: svcKeys.serviceImages(accountId ?? '', region),
    queryFn: () => neteaseApi(accountId!).call('listServiceImages', {}),
    enabled: !!accountId,
    staleTime: 30_000,
  });
}
