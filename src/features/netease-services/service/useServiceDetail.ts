import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { NETEASE_REGION } from '../../../providers/netease/domain';
import { neteaseApi } from '../../netease/shared/client';
import { useNeteaseScopes } from '../../netease/shared/useNeteaseScopes';
import { recordStatus } from '../shared/activity';
import { svcKeys } from '../shared/keys';
import { isTransitional } from '../shared/rules';

/** How often 9.7 is asked again while an action runs (the rollout view). */
export const ROLLOUT_POLL_MS = 1000;

/** 9.7, polled while the service's status is an in-progress word; every status seen goes to the session history. */
export function useServiceDetail(accountId: string, serviceId: number) {
  const { scopes, accounts } = useNeteaseScopes();
  const scope = scopes.find((s) => s.account.id === accountId);
  const region = scope?.region ?? NETEASE_REGION;
  const query = useQuery({
    queryKey: svcKeys.service(accountId, region, serviceId),
    queryFn: () => neteaseApi(accountId).call('getService', { id: serviceId }),
    enabled: Number.isInteger(serviceId) && serviceId > 0,
    refetchInterval: (q) => (isTransitional(q.state.data?.service_info.status) ? ROLLOUT_POLL_MS : false),
  });
  const status = query.data?.service_info.status;
  useEffect(() => {
    if (status) recordStatus(accountId, `service:${serviceId}`, status);
  }, [accountId, serviceId, status, query.dataUpdatedAt]);
  return { query, scope, region, accounts };
}
