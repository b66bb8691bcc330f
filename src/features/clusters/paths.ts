import type { Cluster } from '../../domain/types';
import { links } from '../shared/links';

/** Region-less accounts still need a path segment. */
const NO_REGION = '-';

export const nodesPath = (c: Pick<Cluster, 'provider' | 'accountId' | 'region' | 'id'>, search = '') =>
  `/clusters/${c.provider}/${encodeURIComponent(c.accountId)}/${encodeURIComponent(c.region || NO_REGION)}/${encodeURIComponent(c.id)}${search}`;

export const regionFromPath = (segment: string) => (segment === NO_REGION ? '' : segment);

/** Where a row of the Clusters table opens: the provider's own cluster page, or NetEase's spaces. */
export function clusterPath(c: Pick<Cluster, 'provider' | 'accountId' | 'region' | 'id' | 'kind'>): string {
  if (c.provider === 'tencent') return links.tencentCluster(c.accountId, c.region, c.id);
  if (c.provider === 'alibaba') return links.alibabaCluster(c.accountId, c.id);
  // The Spaces page keeps its expanded rows (`account/spaceId`) in `open`: the space opens unfolded.
  return `${links.neteaseSpaces()}?open=${encodeURIComponent(`${c.accountId}/${c.id}`)}`;
}
