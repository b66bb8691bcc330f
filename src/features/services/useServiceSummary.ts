import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Service, ServiceSummary } from '../../domain/types';
import { domainContext, domainOf } from '../shared/domainContext';
import { resourceKeys } from '../shared/queryKeys';

/**
 * Images and ports of one service where the provider's list leaves them out. Asked only for rows
 * that stay on screen for a moment (the table virtualises; a fast scroll through 10,000 rows must
 * not fire a call per row it passes), cached a minute, and dropped with the scope on any change.
 */
const SETTLE_MS = 250;

export function useServiceSummary(service: Service): { summary: ServiceSummary; isLoading: boolean } {
  const domain = domainOf(service.provider);
  const needed = !!domain.describeService && service.images.length === 0;
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!needed) return;
    const timer = setTimeout(() => setSettled(true), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [needed]);
  const query = useQuery({
    queryKey: [...resourceKeys.scope(service.provider, service.accountId, service.region), 'service-summary', { id: service.id }],
    queryFn: () => domain.describeService!(domainContext(service.provider, service.accountId, service.region), service),
    enabled: needed && settled,
    staleTime: 60_000,
    retry: false,
  });
  if (!needed) return { summary: { images: service.images, ports: service.ports }, isLoading: false };
  return {
    summary: { images: query.data?.images ?? [], ports: query.data?.ports.length ? query.data.ports : service.ports },
    isLoading: !query.data && !query.isError,
  };
}
