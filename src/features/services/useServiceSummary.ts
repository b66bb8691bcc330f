import { useQuery } from '@tanstack/react-query';
import type { Service, ServiceSummary } from '../../domain/types';
import { domainContext, domainOf } from '../shared/domainContext';
import { resourceKeys } from '../shared/queryKeys';

/**
 * Images and ports of one service where the provider's list leaves them out. Asked only for rows
 * on screen (the table virtualises), cached a minute, and dropped with the scope on any change.
 */
export function useServiceSummary(service: Service): { summary: ServiceSummary; isLoading: boolean } {
  const domain = domainOf(service.provider);
  const needed = !!domain.describeService && service.images.length === 0;
  const query = useQuery({
    queryKey: [...resourceKeys.scope(service.provider, service.accountId, service.region), 'service-summary', { id: service.id }],
    queryFn: () => domain.describeService!(domainContext(service.provider, service.accountId, service.region), service),
    enabled: needed,
    staleTime: 60_000,
    retry: false,
  });
  if (!needed) return { summary: { images: service.images, ports: service.ports }, isLoading: false };
  return {
    summary: { images: query.data?.images ?? [], ports: query.data?.ports.length ? query.data.ports : service.ports },
    isLoading: query.isLoading,
  };
}
