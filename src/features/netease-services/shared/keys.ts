import { resourceKeys } from '../../shared/queryKeys';

/**
 * Query keys of the spaces and services pages, rooted at the shared (provider, account, region)
 * scope. A service change refreshes the whole account scope (`svcKeys.account`): creating or
 * deleting a service also moves IPs, volumes and the spaces' deletability.
 */
export const svcKeys = {
  account: (accountId: string, region: string) => resourceKeys.scope('netease', accountId, region),
  spaces: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'spaces'] as const,
  services: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'services'] as const,
  serviceList: (accountId: string, region: string, spaceId: number) => [...svcKeys.services(accountId, region), 'list', spaceId] as const,
  service: (accountId: string, region: string, serviceId: number) => [...svcKeys.services(accountId, region), 'detail', serviceId] as const,
  serviceImages: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'service-images'] as const,
  repositories: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'service-repositories'] as const,
  repository: (accountId: string, region: string, repoId: number) => [...svcKeys.repositories(accountId, region), repoId] as const,
  /** The create form's choices (own keys: the volume, IP and key pages cache other shapes). */
  volumeChoices: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'service-volume-choices'] as const,
  ipChoices: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'service-ip-choices'] as const,
  keyChoices: (accountId: string, region: string) => [...resourceKeys.scope('netease', accountId, region), 'service-key-choices'] as const,
};
