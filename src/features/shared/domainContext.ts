import { providerPacks } from '../../domain/registry';
import type { DomainContext, ProviderDomain } from '../../domain/types';
import { accountClient } from '../../providers/core/client';
import { httpTransport } from '../../providers/core/transport';
import type { ProviderId } from '../../providers/core/types';

/** A DomainContext that calls through the proxy with this account, in this region. */
export function domainContext(provider: ProviderId, accountId: string, region: string): DomainContext {
  const client = accountClient(httpTransport, providerPacks[provider].unwrap, accountId);
  return { accountId, region, call: (operation, params) => client.call(operation, params, region || undefined) };
}

export const domainOf = (provider: ProviderId): ProviderDomain => providerPacks[provider].domain;
