import { readAllPages } from '../../netease/shared/useAcrossAccounts';
import type { NeteaseApi } from '../../netease/shared/client';
import type { SpaceWithServices } from './types';

/** 9.6 states no page maximum; 30 keeps each answer small. */
const PAGE = 30;

/** 9.2's spaces, each with every page of its 9.6 services (their count says why a space cannot go). */
export async function loadSpaces(api: NeteaseApi): Promise<SpaceWithServices[]> {
  const { namespaces } = await api.call('listNamespaces', {});
  return Promise.all(
    namespaces.map(async (space) => ({
      space,
      services: await readAllPages(async (offset) => {
        const page = await api.call('listServices', { id: space.id, offset, limit: PAGE });
        return { total: page.total, items: page.microservice_infos };
      }),
    })),
  );
}
