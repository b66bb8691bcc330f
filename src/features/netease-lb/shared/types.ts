import type { ResultOf } from '../../../providers/core/types';
import type { NeteaseOps } from '../../../providers/netease/operations';

export type LoadBalancer = ResultOf<NeteaseOps['listLoadBalancers']>[number];
export type LoadBalancerDetail = ResultOf<NeteaseOps['getLoadBalancer']>;
export type Listener = ResultOf<NeteaseOps['listListeners']>[number];
export type Rule = Listener['clusters'][number];
export type Certificate = ResultOf<NeteaseOps['listCertificates']>[number];
export type Space = ResultOf<NeteaseOps['listNamespaces']>['namespaces'][number];
export type SpaceService = ResultOf<NeteaseOps['listServices']>['microservice_infos'][number];
