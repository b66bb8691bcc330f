import { useQuery } from '@tanstack/react-query';
import type { Service, ServiceSummary } from '../../domain/types';
import { domainContext, domainOf } from '../shared/domainContext';
import { resourceKeys } from '../shared/queryKeys';
import { inTurn, useSettled } from '../shared/rowRequests';

/**
 * Images and ports of one service where the provider's list leaves them out: asked once the row
 * has settled on screen (rowRequests), cached a minute, and dropped with the scope on any change.
 */
export function useServiceSummary(service: Service): { summary: ServiceSummary; isLoading: boolean } {
  const domain = domainOf(service.provider);
  const needed = !!domain.describeService && service.images.length === 0;
  const settled = useSettled(needed);
  const query = useQuery({
    queryKey: [...resourceKeys.scope(service.provider, service.accountId, service.region), 'service-summary', { id: service.id }],
    queryFn: () => inTurn(() => domain.describeService!(domainContext(service.provider, service.accountId, service.region), service)),
    enabled: settled,
    staleTime: 60_000,
    retry: false,
  });
  if (!needed) return { summary: { images: service.images, ports: service.ports }, isLoading: false };
  return {
    summary: { images: query.data?.images ?? [], ports: query.data?.ports.length ? query.data.ports : service.ports },
    isLoading: !query.data && !query.isError,
  };
}
