import { useQuery } from '@tanstack/react-query';
import { neteaseApi } from '../../netease/shared/client';
import { readAllPages } from '../../netease/shared/useAcrossAccounts';
import { svcKeys } from '../shared/keys';

/** What a new service may use: spaces (9.2), SSH keys (4.2), free volumes (7.2), available nce IPs (8.2). */
export function useChoices(accountId: string | undefined, region: string) {
  const enabled = !!accountId;
  const api = () => neteaseApi(accountId!);
  const spaces = useQuery({ queryKey: [...svcKeys.spaces(accountId ?? '', region), 'names'], queryFn: () => api().call('listNamespaces', {}), enabled });
  const keys = useQuery({ queryKey: svcKeys.keyChoices(accountId ?? '', region), queryFn: () => api().call('listSecretKeys', {}), enabled });
  const volumes = useQuery({
    queryKey: svcKeys.volumeChoices(accountId ?? '', region),
    queryFn: () =>
      readAllPages(async (offset) => {
        const page = await api().call('listVolumes', { limit: 20, offset });
        return { total: page.total, items: page.volumes };
      }),
    enabled,
  });
  const ips = useQuery({
    queryKey: svcKeys.ipChoices(accountId ?? '', region),
    queryFn: () =>
      readAllPages(async (offset) => {
        const page = await api().call('listIps', { status: 'available', type: 'nce', offset, limit: 20 });
        return { total: page.total, items: page.ips };
      }),
    enabled,
  });
  return { spaces, keys, volumes, ips };
}
