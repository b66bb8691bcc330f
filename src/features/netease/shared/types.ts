import type { ResultOf } from '../../../providers/core/types';
import type { NeteaseOps } from '../../../providers/netease/operations';

/** The service's own shapes, as the response schemas type them. */
export type SecretKey = ResultOf<NeteaseOps['listSecretKeys']>[number];
export type Volume = ResultOf<NeteaseOps['listVolumes']>['volumes'][number];
export type Ip = ResultOf<NeteaseOps['listIps']>['ips'][number];
export type IpQuota = ResultOf<NeteaseOps['getIpQuota']>;
