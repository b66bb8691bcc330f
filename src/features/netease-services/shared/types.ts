import type { ResultOf } from '../../../providers/core/types';
import type { NeteaseOps } from '../../../providers/netease/operations';

export type Space = ResultOf<NeteaseOps['listNamespaces']>['namespaces'][number];
export type ServiceSummary = ResultOf<NeteaseOps['listServices']>['microservice_infos'][number];
export type ServiceDetail = ResultOf<NeteaseOps['getService']>;
export type Container = ServiceDetail['service_container_infos'][number];
export type ServiceImages = ResultOf<NeteaseOps['listServiceImages']>;

/** A space with the services 9.6 lists in it (every page). */
export interface SpaceWithServices {
  space: Space;
  services: ServiceSummary[];
}
