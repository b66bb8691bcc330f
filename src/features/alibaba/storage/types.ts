import type { AlibabaResult } from '../../../providers/alibaba/client';

/** The document's shapes, as the response schemas type them. */
export type Volume = NonNullable<AlibabaResult<'ListPersistentVolume'>['Data']>[number];
export type Claim = NonNullable<AlibabaResult<'ListPersistentVolumeClaim'>['Data']>[number];
export type Cluster = NonNullable<AlibabaResult<'ListCluster'>['Data']>[number];

/** An application environment: where claims live (AppId + EnvId). */
export interface AppEnvironment {
  AppId: number;
  EnvId: number;
  AppTitle: string;
  EnvName: string;
  /** ListAppEnvironment's own coding: 1 test, 2 production. */
  EnvType?: number;
  /** The cluster its resource allocation (ListAppResourceAllocs) puts it on. */
  ClusterId?: string;
}
