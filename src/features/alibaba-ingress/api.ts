import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAccounts } from '../../app/accounts/useAccounts';
import { alibabaClient, unwrapAlibaba, type AlibabaClient, type AlibabaParams } from '../../providers/alibaba/client';
import { accountClient } from '../../providers/core/client';
import { httpTransport } from '../../providers/core/transport';
import { domainContext } from '../shared/domainContext';
import { listAlibabaEnvironments } from '../ingresses/adapters';
import { ingressKeys } from '../ingresses/keys';

type Row = Record<string, unknown>;

/** The typed Alibaba client of one account, through the proxy (which signs, RPC signature v1). */
export const alibabaApi = (accountId: string): AlibabaClient => alibabaClient(accountClient(httpTransport, unwrapAlibaba, accountId));

/**
 * The region an account's calls go to: the detail URLs (links.alibabaSlbAp/alibabaService) carry
 * the account only, and 聚石塔 ids are account-wide, so the account's first region serves.
 */
export function useAccountRegion(accountId: string) {
  const accounts = useAccounts();
  const account = accounts.data?.find((a) => a.id === accountId);
  return { accounts, account, region: account?.regions[0] ?? '' };
}

/** Every app environment of the account in the region (ListApp, ListAppEnvironment). */
export function useEnvironments(accountId: string | undefined, region: string | undefined) {
  return useQuery({
    queryKey: ingressKeys.environments(accountId ?? '', region ?? ''),
    enabled: !!accountId,
    queryFn: () => listAlibabaEnvironments(domainContext('alibaba', accountId!, region ?? '')),
  });
}

/** SLBs the app's access points already use: suggestions for a new one (the document lists no SLBs). */
export function useKnownSlbs(accountId: string | undefined, region: string | undefined, appId: number | undefined) {
  return useQuery({
    queryKey: [...ingressKeys.all('alibaba', accountId ?? '', region ?? ''), 'known-slbs', appId],
    enabled: !!accountId && appId !== undefined,
    queryFn: async () => {
      const body = (await alibabaApi(accountId!).call('ListSlbAPs', { AppId: appId!, PageNumber: 1, PageSize: 100 }, region || undefined)) as Row;
      const seen = new Map<string, string>();
      for (const a of (Array.isArray(body?.Data) ? body.Data : []) as Row[]) seen.set(String(a.SlbId), `${String(a.SlbId)} · ${String(a.SlbIp ?? '')} · ${String(a.NetworkMode ?? '')}`);
      return [...seen].map(([value, label]) => ({ value, label }));
    },
  });
}

export function useSlbAp(accountId: string, region: string, id: string, enabled: boolean) {
  return useQuery({
    queryKey: ingressKeys.slbAp(accountId, region, id),
    enabled,
    queryFn: async () => ((await alibabaApi(accountId).call('DescribeSlbAPDetail', { SlbAPId: Number(id) }, region || undefined)) as Row).Result as Row,
  });
}

export function useK8sService(accountId: string, region: string, id: string, enabled: boolean) {
  return useQuery({
    queryKey: ingressKeys.service(accountId, region, id),
    enabled,
    queryFn: async () => ((await alibabaApi(accountId).call('DescribeServiceDetail', { ServiceId: Number(id) }, region || undefined)) as Row).Result as Row,
  });
}

/** Every change refreshes the account's ingress queries (the cross-cloud list and the details). */
export function useAlibabaIngressChanges(accountId: string | undefined, region: string | undefined) {
  const queryClient = useQueryClient();
  const settled = () => (accountId ? queryClient.invalidateQueries({ queryKey: ingressKeys.all('alibaba', accountId, region ?? '') }) : undefined);
  const api = () => {
    if (!accountId) throw new Error('no Alibaba account');
    return alibabaApi(accountId);
  };
  const r = region || undefined;
  return {
    createAp: useMutation({ mutationFn: (p: AlibabaParams<'CreateSlbAP'>) => api().call('CreateSlbAP', p, r), onSettled: settled }),
    modifyAp: useMutation({ mutationFn: (p: AlibabaParams<'ModifySlbAP'>) => api().call('ModifySlbAP', p, r), onSettled: settled }),
    deleteAp: useMutation({ mutationFn: (p: AlibabaParams<'DeleteSlbAP'>) => api().call('DeleteSlbAP', p, r), onSettled: settled }),
    createService: useMutation({ mutationFn: (p: AlibabaParams<'CreateService'>) => api().call('CreateService', p, r), onSettled: settled }),
    modifyService: useMutation({ mutationFn: (p: AlibabaParams<'ModifyService'>) => api().call('ModifyService', p, r), onSettled: settled }),
    deleteService: useMutation({ mutationFn: (p: AlibabaParams<'DeleteService'>) => api().call('DeleteService', p, r), onSettled: settled }),
  };
}
