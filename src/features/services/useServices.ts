import { useScopes } from '../../app/accounts/useAccounts';
import { providersOffering } from '../../domain/capabilities';
import type { Service } from '../../domain/types';
import type { ProviderId } from '../../providers/core/types';
import { resourceKeys } from '../shared/queryKeys';
import { useAcrossScopes } from '../shared/useAcrossScopes';
import { inMotion } from '../shared/inMotion';

/** The providers whose services this page lists, from the capability table. */
export const SERVICE_PROVIDERS: readonly ProviderId[] = providersOffering('services');

export const serviceKeys = (provider: ProviderId, accountId: string, region: string) => [...resourceKeys.scope(provider, accountId, region), 'services', {}] as const;

/** Services of every configured account and region the switcher selects: one query per scope. */
export function useServices() {
  const { accounts, scopes } = useScopes(SERVICE_PROVIDERS);
  const services = useAcrossScopes<Service>(scopes, serviceKeys, (domain, ctx) => domain.listServices?.(ctx), { pollWhile: inMotion });
  return { accounts, scopes, ...services };
}
