import type { Cluster } from '../../domain/types';

/** Region-less accounts still need a path segment. */
const NO_REGION = '-';

export const nodesPath = (c: Pick<Cluster, 'provider' | 'accountId' | 'region' | 'id'>, search = '') =>
  `/clusters/${c.provider}/${encodeURIComponent(c.accountId)}/${encodeURIComponent(c.region || NO_REGION)}/${encodeURIComponent(c.id)}${search}`;

export const regionFromPath = (segment: string) => (segment === NO_REGION ? '' : segment);
